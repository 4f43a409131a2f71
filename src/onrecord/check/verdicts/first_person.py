"""The first person of mail as its writer: "I will cover whatever anyone else does not
provide." by Vale reads "Vale will cover whatever anyone else does not provide."; Dutch "Ik
vind dat" -> "Vale vindt dat", "mijn" -> "Vales". "We" stays. The judge reads a claim in the
third person against the statement, so the statement is put in the third person too
(:func:`align_first_person`)."""

from __future__ import annotations

import re

from onrecord.check.language.verb_agreement import en_third
from onrecord.check.verdicts.frames import NL_NOT_A_VERB

__all__ = ["align_first_person"]

_NL_IRREGULAR = {
    "ben": "is",
    "heb": "heeft",
    "kan": "kan",
    "wil": "wil",
    "zal": "zal",
    "mag": "mag",
    "moet": "moet",
    "kom": "komt",
    "ga": "gaat",
    "sta": "staat",
    "doe": "doet",
    "zie": "ziet",
    "zou": "zou",
    "kon": "kon",
    "wilde": "wilde",
    "moest": "moest",
    "mocht": "mocht",
    "was": "was",
    "had": "had",
    "weet": "weet",
    "hoef": "hoeft",
    "sla": "slaat",
}
_NL_STEMS = set(
    """vind denk hoop weet steun betaal dek wil kan zal mag moet stel beloof verwacht vrees
    geloof eis wens vraag sta zeg schrijf beweer neem geef houd hou blijf werk spreek begrijp
    twijfel verzet weiger accepteer plan bedoel meen voel ken zorg garandeer investeer financier
    deel publiceer houd""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[\w'’]+|[^\w\s]+|\s+")


#: Common strong past tenses, the same for "ik" and "hij".
_NL_PAST = frozenset(
    [
        "ging",
        "kwam",
        "zag",
        "liep",
        "dacht",
        "bracht",
        "zocht",
        "kocht",
        "vond",
        "bleef",
        "schreef",
        "sprak",
        "nam",
        "gaf",
        "hield",
        "stond",
        "lag",
        "zat",
        "kreeg",
        "wist",
        "werd",
        "begon",
        "koos",
        "las",
        "zei",
        "deed",
        "at",
        "hing",
        "riep",
        "trok",
        "schoof",
        "bood",
        "wees",
        "sloot",
        "verloor",
        "vergat",
        "vroeg",
        "droeg",
        "sliep",
        "viel",
        "hielp",
        "stierf",
        "won",
        "zong",
        "dronk",
    ]
)
#: Words that join main clauses ("en ik vind …").
_NL_JOIN = frozenset({"en", "maar", "want", "dus", "of"})
#: Words that follow "ik" without being its verb ("ik ook", "ik niet").
_NL_NOT_VERB = frozenset(
    [
        "ook",
        "niet",
        "nog",
        "wel",
        "zelf",
        "persoonlijk",
        "zeker",
        "al",
        "dus",
        "toch",
        "graag",
        "echt",
        "gewoon",
        "hier",
        "daar",
        "nu",
        "dan",
        "eerst",
        "alleen",
        "juist",
        "vooral",
        "eigenlijk",
        "helaas",
        "inderdaad",
        "natuurlijk",
        "liever",
        "zo",
        "en",
        "of",
        "maar",
        "want",
        "omdat",
        "zodat",
        "als",
        "toen",
        "wat",
        "waar",
        "hoe",
        "voordat",
        "nadat",
        "terwijl",
        "zolang",
        "tenzij",
        "hoewel",
        "zoals",
        "wanneer",
        "waarom",
        "die",
        "wie",
        "welke",
        "mits",
        "sinds",
        "totdat",
        "zoveel",
        "hoeveel",
    ]
)


def _nl_third(verb: str, any_stem: bool = False) -> str:
    """The third person of a Dutch first person verb ("vind" -> "vindt"). ``any_stem``: the
    word stands where the verb goes (right after or before "ik"), so any stem gets its -t."""
    low = verb.lower()
    if low in _NL_IRREGULAR:
        return _NL_IRREGULAR[low]
    if low.endswith("t") or not (low in _NL_STEMS or any_stem):
        return verb
    if not low.isalpha() or low in _NL_NOT_VERB | NL_NOT_A_VERB or len(low) < 3:
        return verb
    past = low.endswith(("te", "de", "en"))  # "werkte", or a plural: "de raad en ik hadden"
    if low in _NL_PAST or ((not any_stem or past) and low not in _NL_STEMS):
        return verb  # a past tense ("werkte", "ging") is the same for every person
    return verb + "t"


#: Words between "I" and its verb ("I also propose", "I never said").
_EN_ADVERBS = frozenset(
    [
        "also",
        "still",
        "never",
        "always",
        "just",
        "really",
        "only",
        "even",
        "already",
        "personally",
        "fully",
        "strongly",
        "certainly",
        "definitely",
        "totally",
        "completely",
        "actually",
        "simply",
        "hereby",
        "again",
        "often",
        "sometimes",
        "usually",
        "now",
        "then",
        "therefore",
        "truly",
        "firmly",
    ]
)
#: First person forms that end a Dutch subordinate clause ("zolang ik voorzitter ben").
_NL_CLAUSE_END = frozenset({"ben", "heb"})


def _past_adverbs(toks: list[str], words: list[int], n: int, adverbs: frozenset[str]) -> int | None:
    """The index of the first word at or after ``words[n]`` that is not one of ``adverbs``."""
    while n < len(words) and toks[words[n]].lower() in adverbs:
        n += 1
    return words[n] if n < len(words) and toks[words[n]][:1].isalpha() else None


def _nl_clause_verb(toks: list[str], words: list[int], n: int) -> int | None:
    """The index of "ben"/"heb" closing the clause that "ik" opened (before punctuation, at
    most six words on), or None."""
    for m in range(n, min(n + 6, len(words))):
        t = toks[words[m]]
        if not t[:1].isalnum():
            return None
        if t.lower() in _NL_CLAUSE_END:
            return words[m]
    return None


def _nl_genitive(name: str) -> str:
    """The Dutch possessive of a name: "Jansens", "Hoekstra's", "Kees'"."""
    if name.endswith(("s", "x", "z")):
        return name + "'"
    if name.endswith(("a", "i", "o", "u", "y")):
        return name + "'s"
    return name + "s"


def align_first_person(text: str, name: str, lang: str | None = None) -> str:
    """``text`` with the first person singular replaced by ``name`` (the writer), verbs made
    to agree where the form is known; anything else is left as written."""
    if not name:
        return text
    toks = _WORD.findall(text)
    words = [i for i, t in enumerate(toks) if not t.isspace()]
    out = list(toks)
    dutch = (lang or "").startswith("nl")
    for n, i in enumerate(words):
        t = toks[i]
        low = t.lower()
        nxt = words[n + 1] if n + 1 < len(words) else None
        prev = words[n - 1] if n else None
        if not dutch and low in ("i", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "i'd", "i’d"):
            tail = {"i'm": " is", "i’m": " is", "i've": " has", "i’ve": " has", "i'll": " will"}
            tail |= {"i’ll": " will", "i'd": " would", "i’d": " would"}
            if low in tail:
                out[i] = name + tail[low]
            else:
                out[i] = name
                verb = _past_adverbs(toks, words, n + 1, _EN_ADVERBS)
                if verb is not None:  # "I also propose" -> "Vale also proposes"
                    out[verb] = en_third(toks[verb])
        elif not dutch and low in ("me", "myself"):
            if not (low == "me" and prev is not None and toks[prev].lower() == "let"):
                out[i] = name  # "Let me be clear" stays as written
        elif not dutch and low in ("my", "mine"):
            out[i] = name + "'s"
        elif dutch and low == "ik":
            out[i] = name
            # "ik" opens a main clause: the next word is its verb, whatever the verb
            opens = prev is None or not toks[prev][:1].isalnum() or toks[prev].lower() in _NL_JOIN
            if nxt is not None:  # "ik vind" -> "Vale vindt"
                out[nxt] = _nl_third(toks[nxt], any_stem=opens and toks[nxt].islower())
            if prev is not None and n >= 2:  # inversion: "Dat vind ik" -> "Dat vindt Vale"
                out[prev] = _nl_third(toks[prev], any_stem=toks[prev].islower())
            end = _nl_clause_verb(toks, words, n + 2)
            if end is not None:  # "zolang ik directeur ben" -> "zolang Vale directeur is"
                out[end] = _NL_IRREGULAR[toks[end].lower()]
        elif dutch and low in ("mij", "me", "mezelf", "mijzelf"):
            near = [toks[j].lower() for j in words[max(0, n - 3) : n]]
            out[i] = "zich" if "ik" in near else name  # "ik sluit me aan" -> "… sluit zich aan"
        elif dutch and low == "mijn":
            out[i] = _nl_genitive(name)
        if out[i] != t and t[:1].isupper() and out[i][:1].islower():
            out[i] = out[i][:1].upper() + out[i][1:]
    return "".join(out)

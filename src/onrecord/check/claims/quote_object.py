"""An object pronoun in a speaker's words gets the thing it stands for.

In a quote or an interview answer the speaker leans on what was just named: "Elliot wanted to
raise £20 million from Crestline Capital to build a second plant, and I voted against it",
"[why is X closing six of its twelve beds?] Because we cannot staff them.", "The contract with
Moorside Planning ... went through a tender. I left the room when the board voted on it." Judged
alone, "voted against it" or "cannot staff them" cannot be checked: the claim needs the thing.
The writers of h11, h12 and h13 spell it out in their gold ("voted against raising £20 million",
"voted on the contract with Moorside Planning").

The rule: a clause-final object "it"/"them" (English) or a pronominal adverb "ertegen"/"ervoor"/
"erover"/... (Dutch) becomes the first noun phrase of matching number that opens with a
determiner, a possessive or an amount, in the same sentence before the clause; only when the
clause opens the sentence, in the sentence before (the question, or the answer's sentence
before). A sentence whose earlier part names no such phrase ("Where customers fell short, we
refunded them") keeps its pronoun: that part is what the pronoun points to. The claim's span
stays on its own sentence; only its text changes.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import PREPOSITIONS, is_verb
from onrecord.text.wordsets import wordset as _w

__all__ = ["with_object_referent"]


#: "voted against it", "cannot staff them": the pronoun ends the clause
_EN_END = re.compile(r"(?i)(?<=\s)(?P<pron>it|them)(?P<end>\s*[.!]?\s*)$")
#: "Ik heb ertegen gestemd": "er" + a preposition before the clause's last verb
_NL_ADV = re.compile(
    r"(?i)\ber(?P<prep>tegen|voor|over|aan|op|mee|naar|bij|uit)\s+(?P<tail>[a-zà-ÿ]+\s*[.!]?\s*)$"
)
_NL_PREP = {"mee": "met"}
#: words before the pronoun that make "it" no object of a verb or preposition
_NOT_OBJECT = _w("that because if when and but so as whether why how what where which who than or")
#: "make it", "mean it": idioms, no thing named
_IDIOM = _w("make made makes mean meant got get take took")
_DETS = _w(
    "the a an its their our his her this these those my your "
    "de het een zijn haar hun onze ons mijn deze die dit"
)
_NUMBERS = _w(
    "two three four five six seven eight nine ten eleven twelve "
    "twee drie vier vijf zes zeven acht negen tien elf twaalf"
)
#: words that go on a noun phrase: "of its twelve beds", "with Moorside Planning"
_LINKS = _w("of with from for van met voor")
_STOPS = _w(
    "to and or but which who that whom where when while because if as than is was are were "
    "has have had en maar die dat waar wie als is was zijn waren heeft hebben had om te"
)
#: "this week", "vorig jaar": a time, never the thing
_TIMES = _w(
    "week weeks year years month months day days night morning evening time "
    "jaar jaren maand maanden dag dagen nacht ochtend avond keer"
)
#: adverbs of frequency after a noun phrase: "raised the insurance twice"
_ENDS_PHRASE = _w("twice once again still also already ever never ook nog al weer")
_TOKEN = re.compile(r"[£€$]?[\w'’-]+(?:[.,]\d+)*|[^\w\s]")


def _phrases(text: str) -> list[tuple[str, bool]]:
    """The noun phrases of ``text`` that open with a determiner, a possessive or an amount,
    each with whether its head is plural."""
    toks = _TOKEN.findall(text)
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(toks):
        t, low = toks[i], toks[i].lower()
        amount = t[:1] in "£€$" or t[:1].isdigit()
        counted = low in _NUMBERS and i + 1 < len(toks) and toks[i + 1].lower() == "of"
        if not (low in _DETS or amount or counted):
            i += 1
            continue
        j, head = i + 1, (t if amount else "")
        if counted:
            j += 1  # "six of its twelve beds"
        linked = False
        while j < len(toks) and j - i < 9:
            w, lw = toks[j], toks[j].lower()
            if not re.match(r"[\w£€$]", w) or lw in _STOPS or (w[:1].islower() and is_verb(w)):
                break
            if lw in _ENDS_PHRASE or (lw in PREPOSITIONS and lw not in _LINKS):
                break  # "the insurance twice in writing": the phrase ends before the adjunct
            if lw in _LINKS:
                if j + 1 >= len(toks) or not re.match(r"[\w£€$]", toks[j + 1]):
                    break
                linked = True
            elif not linked:
                head = w
            j += 1
        words = toks[i:j]
        if len(words) >= 2 and head and head.lower() not in _DETS | _TIMES:
            plural = head.lower().endswith(("s", "en")) and not head.lower().endswith("ss")
            out.append((" ".join(words), plural or counted))
        i = j if j > i else i + 1
    return out


def _search_text(clause: str, sentence: str, before: str | None) -> str | None:
    """Where the pronoun's thing is named: the sentence before the clause, or the sentence
    before when the clause opens the sentence."""
    tail = " ".join(clause.split()[-3:-1]).rstrip(".!")
    flat = " ".join(sentence.split())
    at = flat.rfind(tail) if tail else -1
    if at < 0:
        return None
    head = flat[:at]
    head = head[head.rfind(". ") + 1 :]  # this sentence's own words only
    cut = max(head.rfind(", "), head.rfind("; "))  # not ": ", a transcript's label
    prefix = head[:cut] if cut >= 0 else ""
    if len(re.findall(r"\w+", prefix)) >= 2:
        return prefix
    # "I raised the insurance twice and both times I was told to drop it": a clause that joins
    # two parts names the thing in its first part before the sentence before does
    joined = re.split(r"\s(?:and|but|en|maar)\s", clause)
    if len(joined) > 1 and len(re.findall(r"\w+", joined[0])) >= 3 and _pick(joined[0], False):
        return joined[0]
    return before


def _pick(text: str, plural: bool) -> str | None:
    for phrase, many in _phrases(text):
        if many == plural:
            first = phrase.split()[0]
            if first.lower() in _DETS:  # "The contract with ..." inside a clause
                return first.lower() + phrase[len(first) :]
            return phrase
    return None


def with_object_referent(clause: str, sentence: str, before: str | None) -> str:
    """``clause`` (a claim from ``sentence``, a quote or an answer) with its clause-final object
    pronoun replaced by the thing named before it; unchanged when nothing fits."""
    m = _EN_END.search(clause)
    if m:
        prev = clause[: m.start()].split()
        if not prev or prev[-1].lower() in _NOT_OBJECT | _IDIOM:
            return clause
        where = _search_text(clause, sentence, before)
        np = _pick(where, m["pron"].lower() == "them") if where else None
        return clause[: m.start()] + np + m["end"] if np else clause
    m = _NL_ADV.search(clause)
    if m:
        where = _search_text(clause, sentence, before)
        np = _pick(where, False) if where else None
        if np:
            prep = _NL_PREP.get(m["prep"].lower(), m["prep"].lower())
            return clause[: m.start()] + f"{prep} {np} " + m["tail"]
    return clause

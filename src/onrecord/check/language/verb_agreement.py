"""Verbs made to agree with a name put in for a pronoun: the writer for "I" ("I propose" ->
"Vale proposes", used by ``frames.align_first_person``; "Ik heb" -> "Smit heeft"), the
writer's organisation for "we" ("we propose" -> "Lijnmaat proposes", "we denken" ->
"Noorderbank denkt", "Daarmee besparen we" -> "Daarmee bespaart Drechtmond"). A claim names
whom it is about (``claims.name_swap``), and a checked claim should read as a sentence."""

from __future__ import annotations

import re

#: English first person forms and their third person ("I am" -> "Vale is").
EN_IRREGULAR = {
    "am": "is",
    "'m": "is",
    "’m": "is",
    "have": "has",
    "'ve": "has",
    "’ve": "has",
    "do": "does",
    "don't": "doesn't",
    "don’t": "doesn’t",
    "was": "was",
    "go": "goes",
}
EN_KEEP = set(
    """will would can could should might must may shall shan't won't wouldn't can't couldn't
    shouldn't mustn't 'll 'd ’ll ’d was were had did didn't wasn't also just really never always
    still only totally fully certainly strongly personally already even too""".split()  # noqa: SIM905
)
EN_VERB_BASES = set(
    """want think believe agree need hope know like feel support propose suggest expect prefer
    insist promise guarantee doubt understand see mean say wish plan intend accept reject oppose
    disagree refuse commit pledge vow argue worry fear love hate recommend suspect assume
    consider remember recall find get take make give pay cover fund back endorse favour favor
    object urge ask demand""".split()  # noqa: SIM905
)


def _third_form(word: str) -> str:
    """ "propose" -> "proposes", "go" -> "goes", "try" -> "tries" (case kept)."""
    low = word.lower()
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return word + "es"
    if re.search(r"[^aeiou]y$", low):
        return word[:-1] + "ies"
    return word + "s"


def en_third(verb: str) -> str:
    """The third person of an English first person verb that is known as one ("propose" ->
    "proposes", "am" -> "is"); any other word as written."""
    low = verb.lower()
    if low in EN_IRREGULAR:
        return EN_IRREGULAR[low]
    if low in EN_KEEP or low.endswith("ed") or low not in EN_VERB_BASES:
        return verb
    return _third_form(verb)


#: Dutch plural (and "we"-form) verbs and their singular, for "we" as an organisation.
_NL_SINGULAR = {
    "zijn": "is", "hebben": "heeft", "kunnen": "kan", "willen": "wil", "zullen": "zal",
    "mogen": "mag", "moeten": "moet", "gaan": "gaat", "doen": "doet", "staan": "staat",
    "zien": "ziet", "komen": "komt", "worden": "wordt", "houden": "houdt", "blijven": "blijft",
    "geven": "geeft", "nemen": "neemt", "maken": "maakt", "denken": "denkt", "vinden": "vindt",
    "verwachten": "verwacht", "stellen": "stelt", "stoppen": "stopt", "sluiten": "sluit",
    "kiezen": "kiest", "zoeken": "zoekt", "werken": "werkt", "betalen": "betaalt",
    "bieden": "biedt", "beginnen": "begint", "hopen": "hoopt", "weten": "weet",
    "krijgen": "krijgt", "leggen": "legt", "zetten": "zet", "brengen": "brengt",
    "laten": "laat", "verkopen": "verkoopt", "kopen": "koopt", "schrappen": "schrapt",
    "beloven": "belooft", "starten": "start", "verlagen": "verlaagt", "verhogen": "verhoogt",
    "besparen": "bespaart", "bouwen": "bouwt", "openen": "opent", "delen": "deelt",
    "hadden": "had", "waren": "was", "konden": "kon", "wilden": "wilde", "zouden": "zou",
    "moesten": "moest", "gingen": "ging", "kwamen": "kwam", "werden": "werd",
    "bleven": "bleef", "mochten": "mocht", "deden": "deed", "namen": "nam", "gaven": "gaf",
    "verliezen": "verliest", "winnen": "wint", "zeggen": "zegt", "vragen": "vraagt",
    "schrijven": "schrijft", "helpen": "helpt", "wachten": "wacht", "groeien": "groeit",
    "leveren": "levert", "veranderen": "verandert", "verbeteren": "verbetert",
    "steunen": "steunt", "stemmen": "stemt", "besluiten": "besluit", "trekken": "trekt",
}  # fmt: skip
#: Loan verbs in -eren stressed on it: "investeren" -> "investeert" (but "leveren" -> "levert").
_NL_EREN = frozenset(
    """investeren garanderen accepteren financieren reorganiseren realiseren reserveren
    organiseren informeren adviseren presenteren publiceren halveren annuleren reduceren
    continueren respecteren analyseren evalueren communiceren concentreren digitaliseren
    moderniseren automatiseren subsidiëren compenseren""".split()  # noqa: SIM905
)
#: Words right after "we" that are no present-tense verb to make singular (or a past spelt
#: like it: "we let them down").
_EN_WE_NOT_VERB = frozenset(
    """all both each too also here there not now then together alone ourselves as at in on
    made took went said got sent told thought felt left lost paid sold bought kept built knew
    saw came gave found ran began spent won met heard held brought became
    let put set cut hit hurt cost shut quit spread read bet cast split
    wrote chose spoke broke drove rode rose fell forgot forgave froze grew threw flew drew wore
    tore swore shook woke stole taught caught fought sought meant lent dealt slept swept laid
    led fed fled stood understood sat hung struck stuck dug spun swung drank rang sang sank
    swam overcame ate did had were was hid bit lit shot slid withdrew undertook mistook
    overtook bound wound ground forbade""".split()  # noqa: SIM905
)


#: Dutch first person singular forms whose third person is not the stem + "t" of a verb in
#: ``_NL_SINGULAR`` ("ik ben" -> "is", "ik heb" -> "heeft"), and modal verbs that keep it.
_NL_IK = {
    "ben": "is", "heb": "heeft", "kan": "kan", "wil": "wil", "zal": "zal", "mag": "mag",
    "ga": "gaat", "sta": "staat", "doe": "doet", "zie": "ziet", "vind": "vindt",
    "houd": "houdt", "word": "wordt", "hou": "houdt",
}  # fmt: skip
#: the rest: stem + "t" ("denk" -> "denkt"); not a stem of two letters ("ze", of "zet")
_NL_IK_T = {v[:-1]: v for v in _NL_SINGULAR.values() if v.endswith("t") and len(v) > 3}
#: English adverbs between a subject and its verb ("I still have", "we also propose").
_EN_ADVERBS = frozenset(
    """also still never always just really only now even already personally""".split()  # noqa: SIM905
)
_NEXT_WORD = re.compile(r"(\s+)([\w'’]+)")
_LAST_WORD = re.compile(r"([\w'’]+)(\s+)$")
_EN_WE = {"are": "is", "were": "was", "have": "has", "'re": "'s", "'ve": "'s"}


def _nl_ik(word: str) -> str | None:
    """The third person of a Dutch first person singular ("heb" -> "heeft", "denk" -> "denkt",
    "betaal" -> "betaalt"), for the verbs of ``_NL_SINGULAR`` and ``_NL_IK``; else None."""
    low = word.lower()
    return _NL_IK.get(low) or _NL_IK_T.get(low)


def third_person(verb: str, pronoun: str, lang: str | None) -> str | None:
    """``verb`` made to agree with a singular name put in for ``pronoun`` (I, we, ik, wij, we);
    None when the form is not known as a verb's or needs no change."""
    low, pro = verb.lower(), pronoun.lower()
    if (lang or "").startswith("nl"):
        out = _nl_ik(verb) if pro == "ik" else singular_verb(verb, "nl")
    elif pro == "i":
        out = en_third(verb) if low in EN_IRREGULAR or low in EN_VERB_BASES else None
    else:
        out = _EN_WE.get(low) or singular_verb(verb, "en")
    if not out or out.lower() == low:
        return None
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out


def agree_with_name(text: str, start: int, end: int, pronoun: str, lang: str | None) -> str:
    """``text``, in which ``text[start:end]`` is a singular name put in for the subject
    ``pronoun``, with the finite verb made third person singular where its form is known:
    the verb after the name (English adverbs skipped: "I still have" -> "... still has"), or in
    Dutch inversion the verb right before it ("Dat heb ik geweigerd" -> "Dat heeft ...")."""
    dutch = (lang or "").startswith("nl")
    at = end
    while (m := _NEXT_WORD.match(text, at)) and not dutch and m.group(2).lower() in _EN_ADVERBS:
        at = m.end()
    m = _NEXT_WORD.match(text, at)
    if m and (one := third_person(m.group(2), pronoun, lang)):
        return text[: m.start(2)] + one + text[m.end(2) :]
    before = _LAST_WORD.search(text[:start])
    if dutch and before and (one := third_person(before.group(1), pronoun, lang)):
        return text[: before.start(1)] + one + text[before.end(1) :]
    return text


def singular_verb(verb: str, lang: str | None) -> str | None:
    """The third person singular of a verb that followed "we" ("propose" -> "proposes",
    "denken" -> "denkt", "investeren" -> "investeert"), or None when the word is not one
    known as a verb."""
    low = verb.lower()
    if (lang or "").startswith("nl"):
        if low in _NL_SINGULAR:
            out = _NL_SINGULAR[low]
        elif low in _NL_EREN:
            out = low[:-4] + "eert"  # investeren, garanderen, reorganiseren
        else:
            return None
    else:
        if low in EN_IRREGULAR:
            out = EN_IRREGULAR[low]
        elif low in EN_KEEP | _EN_WE_NOT_VERB:
            return None
        elif low in EN_VERB_BASES or (
            verb.isalpha() and verb.islower() and len(low) > 2 and not low.endswith(("ed", "ing"))
        ):  # right after "we" a word is its verb: "we run" -> "runs"
            out = _third_form(low)
        else:
            return None
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out

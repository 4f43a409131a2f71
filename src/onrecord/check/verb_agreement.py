"""Verbs made to agree when "we" becomes the writer's organisation ("we propose" ->
"Lijnmaat proposes", "we denken" -> "Noorderbank denkt")."""

from __future__ import annotations

import re

from onrecord.check.frames import _EN_IRREGULAR, _EN_KEEP, _EN_VERB_BASES, _en_third

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
#: Words right after "we" that are no present-tense verb to make singular.
_EN_WE_NOT_VERB = frozenset(
    """all both each too also here there not now then together alone ourselves as at in on
    made took went said got sent told thought felt left lost paid sold bought kept built knew
    saw came gave found ran began spent won met heard held brought became""".split()  # noqa: SIM905
)


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
        if low in _EN_IRREGULAR:
            out = _EN_IRREGULAR[low]
        elif low in _EN_VERB_BASES and low not in _EN_KEEP:
            out = _en_third(low)
        elif (
            verb.isalpha()
            and verb.islower()
            and len(low) > 2
            and not low.endswith(("ed", "ing"))
            and low not in _EN_KEEP | _EN_WE_NOT_VERB
        ):  # right after "we" a word is its verb: "we run" -> "runs"
            out = (
                low + "es"
                if re.search(r"(?:s|sh|ch|x|z|o)$", low)
                else (low[:-1] + "ies" if re.search(r"[^aeiou]y$", low) else low + "s")
            )
        else:
            return None
    return out[:1].upper() + out[1:] if verb[:1].isupper() else out

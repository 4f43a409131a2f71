"""Who speaks in an article: the referent of a pronoun source ("she says", "volgens hem",
"they said"), a group of speakers, the organisation a person speaks for, "he"/"she" that is
the speaker in reported speech, and an organisation author known by its "About" section."""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import (
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    FIRST_PLURAL,
    MALE_PRONOUNS,
    QUANTIFIERS,
    is_title,
)
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import QUOTES, words
from onrecord.check.language.org_kinds import public_body
from onrecord.check.language.org_names import is_newsroom
from onrecord.check.subjects.affiliation import affiliation_of, stated_affiliations
from onrecord.check.subjects.coref import Discourse, is_description, subject_phrase
from onrecord.check.subjects.unnamed_speaker import continues_unnamed, introduced_unnamed

__all__ = [
    "FRONT_PRONOUN_SOURCE",
    "about_section",
    "framer_referent",
    "own_pronoun",
    "plural_party",
    "speaker_org",
    "speaks_as_it",
    "speaks_for",
]


_ABOUT_RE = re.compile(r"(?im)^[#*_\s]*(?:about|over)\s+(.{2,60}?)[*_:\s]*$")


def about_section(body: str, author: str) -> bool:
    """The document has an "About <author>" section: a press release, its author an
    organisation ("About Marlow Freight", "Over Noordwarmte")."""
    key = " ".join(author.lower().split())
    return any(" ".join(m.group(1).lower().split()) == key for m in _ABOUT_RE.finditer(body))


#: a person's own writing as the source: "his own email", "haar eigen brief"
_WRITING = (
    r"(?:own\s+|eigen\s+)?(?:e-?mails?|mails?|letters?|brieven|brief|memos?|messages?|"
    r"berichten|bericht|notes?|notities?|statements?|verklaring|tweets?)"
)
_OWN_WRITING = re.compile(rf"^(his|her|zijn|haar)\s+{_WRITING}$")

_SUBJECT_FORM = {"his": "he", "her": "she", "zijn": "hij", "haar": "zij"}


def framer_referent(disc: Discourse, framer: str, rest: str, lang: str | None) -> str | None:
    """Who a framer that is not a name stands for. A pronoun in a parenthetical ("Adeyemi was
    moved, she says, ...", "Bosman heeft, zo schrijft zij, ...") is most often the subject of the
    claim itself, so that subject comes first when its gender fits; the persons of the sentence
    are not excluded as they are for a subject pronoun."""
    low = framer.lower()
    cleaned, index = disc.around
    before = " ".join(cleaned[:index])
    if introduced_unnamed(framer, before):
        return framer  # "Volgens de klokkenluider" after "via een klokkenluider": a new source
    if continues_unnamed(framer, disc.prev_speaker, before):
        return disc.prev_speaker  # "volgens hem" right after that source
    if low in ("they", "hen") and disc.plural_speaker:
        return disc.plural_speaker  # "The study, they said, had been reported ..."
    own = _OWN_WRITING.match(low)
    if own:  # "according to his own email": the one who wrote it
        return disc.resolve(_SUBJECT_FORM[own.group(1)], rest)
    if low in FEMALE_PRONOUNS | MALE_PRONOUNS:
        gender = "f" if low in FEMALE_PRONOUNS and low != "zijn" else "m"
        phrase = subject_phrase(rest, disc.ctx, lang)
        if phrase and phrase.lower() in FIRST_PERSON | FIRST_PLURAL:
            # "'We followed every recommendation,' she said": "we" is the speaker's own word,
            # so "she" is the person before, never the author that "we" would resolve to
            return disc.resolve(framer, "")
        subject = disc.resolve(phrase, rest) if phrase else None
        # a person's name, not a description the name rules misread ("De notitie van de
        # toezichthouder" for "Hij zegt dat zijn ambtenaren ...")
        person = subject and disc.ctx.classify(subject) == "person" and not is_description(subject)
        if person and disc.gender(subject or "") in (None, gender):
            return subject
    return disc.resolve(framer, rest)


_THIRD_PERSON = frozenset({"he", "she", "hij", "zij", "ze"})


def own_pronoun(disc: Discourse, clean: str, speaker: str, low: str) -> bool:
    """In reported speech outside quotation marks, "he"/"she" after the speaker named in the
    sentence is the speaker ("X, a director, admitted ... that she had shown buyers ...")."""
    if low not in _THIRD_PERSON or not speaker[:1].isupper():
        return False
    if disc.ctx.classify(speaker) != "person":
        return False
    gender = "f" if low in FEMALE_PRONOUNS or low in ("zij", "ze") else "m"
    if disc.gender(speaker) not in (None, gender):
        return False
    last = speaker.split()[-1]
    at = clean.find(last)
    opener = re.match(r"(?i)^(?:de|het|the)\s+([\w-]+)\b", clean)
    if at < 0 and opener and is_title(opener.group(1)):
        at = opener.start(1)  # "De wethouder erkent dat zij Dirksen kent": the speaker
    pron = re.search(rf"(?i)\b{low}\b", clean)
    return at >= 0 and pron is not None and at < pron.start() and clean[:1] not in QUOTES


FRONT_PRONOUN_SOURCE = re.compile(  # not "according to her own email": framer_referent
    rf"(?i)^(?:volgens|according\s+to)\s+(?:hem|haar|him|her)\b(?!\s+{_WRITING}\b)"
)


def plural_party(name: str, ctx: NameContext) -> bool:
    """``name`` is a group of speakers, not a person or an organisation: "Lawyers for the
    institute", "two people familiar with the matter", "twee oud-chauffeurs"."""
    toks = [w for w in words(name) if w.lower() not in ("the", "de", "het")]
    if not toks or any(m.kind == "person" for m in ctx.mentions(name)):
        return False
    head = toks[0].lower()
    if head in QUANTIFIERS or head.isdigit():
        return True
    return len(toks) <= 6 and head.endswith(("s", "en")) and head not in ("its", "zijn", "hen")


_SPEAKS_FOR = re.compile(
    r"(?i)^(?:(?:a|an|the|de|het|een)\s+)?(?:lawyers?|counsel|advocaten?|advocaat|spokes\w*|"
    r"woordvoerders?|woordvoerster)\s+(?:for|of|van)\s+(.+)$"
)


def speaks_as_it(
    disc: Discourse, speaker: str, sentence: str = "", resolved: str | None = None
) -> bool:
    """ "It" in ``speaker``'s report is the speaker: an organisation, or a name that is no
    person's ("Pellham's said it first learned of the tests ...": the supermarket). A sentence
    that opens with "zij"/"ze" and names its source only after it ("Zij wordt lid van de raad
    van bestuur, aldus het concern") speaks of the person the pronoun points back to
    (``resolved``), not of the organisation."""
    opens = (sentence.split()[:1] or [""])[0].lower()
    if opens in ("zij", "ze") and resolved and disc.ctx.classify(resolved) == "person":
        return False
    if disc.is_org(speaker):
        return True
    if not speaker[:1].isupper() or disc.ctx.classify(speaker) == "person":
        return False
    return not any(disc.ctx.same_person(p, speaker) for p in disc.persons)


def speaks_for(framer: str) -> bool:
    """``framer`` is a party's mouthpiece, a description that stays the claimant as written:
    "Lawyers for the institute", "De advocaat van de club" (not the party itself)."""
    return _SPEAKS_FOR.match(framer) is not None


def own_org(disc: Discourse) -> str | None:
    """The organisation whose own document this is: the author, when an organisation and not a
    newsroom ("The bakery made a loss" in an article of "Crumb & Crust Weekly" is the
    bakery's affair, not the paper's)."""
    a = disc.author
    return a if a and disc.is_org(a) and not is_newsroom(a) else None


def speaker_org(disc: Discourse, speaker: str) -> str | None:
    """The organisation ``speaker`` speaks for: itself, the author of a press release, else
    the last organisation (not a public body) that was the subject of a sentence; for
    "Lawyers for the institute", "De advocaat van de club": the party they speak for."""
    m = _SPEAKS_FOR.match(speaker)
    if m:
        party = disc.resolve(m.group(1))
        if party and disc.is_org(party):
            return party
    if disc.is_org(speaker):
        # "Pellworth" after "Pellworth Mining": the name in full
        short = speaker.lower() + " "
        full = [o for o in disc.orgs if o.lower().startswith(short)]
        return full[-1] if full else speaker
    if own_org(disc):
        return own_org(disc)
    org = affiliation_of(disc.affil, speaker, disc.ctx.same_person)
    if org:  # "Its chair, Jory Nance,": the co-operative
        return org
    # "'Wij betaalden ...,' zegt woordvoerder Hans Pelgrim van Zorgkring Noord": the sentence
    # that quotes the speaker says whose they are
    here = stated_affiliations(disc.sentence, disc._org_of, lambda _: None)
    org = next((o for n, o in here if n in speaker or disc.ctx.same_person(n, speaker)), None)
    if org:
        return org
    for org in reversed(disc.org_subjects):
        if not is_description(org) and not public_body(org):
            return org
    return None

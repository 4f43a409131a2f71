"""Endorsements in their own words (issue 10): intensifiers inside the phrase, an agreement with a
clause after it, a verdict on the proposal answered, an admission, and a note handing on the text
below before the comment. Sentences from the development and training archives."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from onrecord.check.claims.extract import Claim
from onrecord.check.verdicts.evidence import OWN, combine, readings
from onrecord.check.verdicts.frames import strip_frame
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.mail.analyze import statements_of
from onrecord.mail.assent import find_assents
from onrecord.mail.segment import segment_body
from onrecord.mail.stance import AGREE, DISAGREE, sentence_stance
from onrecord.models.base import Judgment
from onrecord.record.model import Address


@pytest.mark.parametrize(
    "text",
    [
        # intensifiers inside the phrase
        "Ik sluit me hier volledig bij aan.",
        "Ik heb het gelezen en ik sta er volledig achter.",
        "Ik ben het volledig met hem eens.",
        # an agreement, then a clause of the writer's own
        "Dat klopt, en het spijt me.",
        "Je hebt gelijk: we hadden de OR eerder moeten betrekken, en dat spijt me.",
        "Ik denk dat Tom gelijk heeft, want de kadeconstructie is echt slechter dan we dachten.",
        "I agree with him: this cannot wait until the new lab system is live.",
        "Ik sta achter dit voorstel: met zes dagen papier zijn we over twee jaar failliet.",
        "Yup, keep it internal.",
        # a verdict on the proposal answered or forwarded
        "This is a fair offer and I think we should take it.",
        "Ik vind het een goed plan, Marijke.",
        "Ik vind dit een goed voorstel: met 4 miljoen per jaar komen we de crisis door.",
        "Ik vind het advies van de DSMB verstandig en ik ga het volgen.",
        "Goed aanbod van Marlowe, ik wil dit tekenen.",
        "Ik vind dit een uitstekende kans voor Melkvaart en wil de gesprekken graag voortzetten.",
        "Dit is precies wat we nodig hebben.",
        "I think we should take this: it solves the 46 million problem in one go.",
        "Mijn advies is om het aan te nemen.",
        "Ik steun dit plan.",
        "Dit is onze redding.",
        "Eindelijk iemand die het zegt zoals het is.",
    ],
)
def test_agreement_in_own_words(text: str) -> None:
    assert sentence_stance(text) == AGREE


@pytest.mark.parametrize(
    "text",
    [
        "Hier ben ik het absoluut niet mee eens.",
        "I don't agree with her reading of the report.",
        "Dit gaat niet gebeuren: de naam van het stadion valt onder het gouden aandeel van de leden.",
        "Not interested.",
        "I'm against this.",
        "Ik kan niet instemmen met het voorstel om het Winterlandschap te houden.",
    ],
)
def test_rejection_in_own_words(text: str) -> None:
    assert sentence_stance(text) == DISAGREE


@pytest.mark.parametrize(
    "text",
    [
        "The timing is right.",
        "I think the timing is right for a good plan of action on the budget.",
        "Good plan for the weekend would be to visit the site.",
        # the writer's own decision defended, not the text answered
        "Het besluit is genomen en ik sta erachter.",
        # "precies wat" with its own content
        "Dit is precies wat we in 2017 hebben beloofd nooit te doen.",
        # one point conceded, not the whole message
        "Je hebt gelijk dat de ledenraad vooraf niet is geraadpleegd.",
        # a condition or a reservation
        "Ik vind het een goed plan, als de bank meedoet.",
        "Dat is een goed plan, maar te duur.",
        "Akkoord, maar haal het bedrag van de huur eruit.",
        "Fine with me so long as it doesn't interfere with the pot roast day at Treebeards.",
        # content of its own
        "Yes, I knew, and I told Simon in February that I supported it.",
        "Tell her the truth: it was our decision, and a hard one.",
        "Sure, I will send them tomorrow.",
        "Dat is de redding van het project niet.",
    ],
)
def test_no_side_taken(text: str) -> None:
    assert sentence_stance(text) is None


def _assents(body: str) -> list[tuple[str, str, list[str]]]:
    sender = Address("Jan de Vries", "jan@example.nl")
    segments = segment_body(body, sender, datetime(2021, 3, 1, 9, 0, tzinfo=UTC))
    statements, _ = statements_of(body, segments)
    return [
        (statements[a.statement].text, a.stance, [statements[t].text for t in a.targets])
        for a in find_assents(segments, statements, body, sender.name)
    ]


QUOTE = (
    "\n\nOn Mon, 1 Mar 2021 at 08:00, Pieter Bos <pieter@example.nl> wrote:\n"
    "> We should raise our offer rather than go before the commission.\n"
    "> The chance that we keep the painting is small.\n"
)


def test_a_note_handing_on_the_quote_is_read_past() -> None:
    found = _assents("See Pieter's advice below.\nI agree with him.\n\nJan" + QUOTE)
    assert [(s, st) for s, st, _ in found] == [("I agree with him.", AGREE)]
    assert "We should raise our offer rather than go before the commission." in found[0][2]
    found = _assents("Zie hieronder.\nHier ben ik het absoluut niet mee eens.\n\nJan" + QUOTE)
    assert [(s, st) for s, st, _ in found] == [
        ("Hier ben ik het absoluut niet mee eens.", DISAGREE)
    ]


def test_a_note_alone_takes_no_side() -> None:
    assert _assents("See below.\nCan we talk on Monday?\n\nJan" + QUOTE) == []


def _judgment(label: str, p: float) -> Judgment:
    rest = (1 - p) / 2
    probs = {k: (p if k == label else rest) for k in ("entailment", "neutral", "contradiction")}
    return Judgment(label, probs, "test")


def test_an_endorsement_with_words_of_its_own_is_read_twice() -> None:
    target = Endorsed(
        statement_id=9,
        stance="agree",
        text="Wij willen uiterlijk 15 maart een gesprek.",
        author_name="Els Bosman",
        author_email="els@or.example",
        date="2021-03-01T08:00:00+00:00",
        message=2,
        message_id=None,
        matched=True,
    )
    text = "Je hebt gelijk: we hadden de OR eerder moeten betrekken, en dat spijt me."
    hit = Hit(
        statement_id=7,
        message=3,
        message_id=None,
        subject="",
        text=text,
        author_name="Marieke Dijkstra",
        author_email="m@havenstad.example",
        date="2021-03-02T10:00:00+00:00",
        date_offset=60,
        kind="authored",
        lang="nl",
        span=(0, len(text)),
        score=1.0,
        via_endorsement=target,
    )
    said = "Dijkstra gaf toe dat de OR eerder betrokken had moeten worden."
    claim = Claim(said, said, "nl", "Dijkstra", None, "argument", None, "fact")
    pairs, alternatives = readings(hit, OWN, claim, strip_frame(claim.text))
    assert alternatives == 1 and "agreed with" in pairs[0][0]
    assert "eerder moeten betrekken" in pairs[1][0] and "agreed with" not in pairs[1][0]
    # what it agrees with decides; its own words only where that is neutral
    agree, own = _judgment("entailment", 0.6), _judgment("contradiction", 0.8)
    assert combine([agree, own], [False, False], 1, fallback=True).label == "entailment"
    neutral = _judgment("neutral", 0.7)
    assert combine([neutral, own], [False, False], 1, fallback=True).label == "contradiction"
    # a bare "Akkoord." says nothing of its own
    bare = dataclasses.replace(hit, text="Akkoord.", span=(0, 8))
    assert readings(bare, OWN, claim, strip_frame(claim.text))[1] == 0

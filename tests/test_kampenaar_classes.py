"""Classes of failure read on heldout9 (Kampenaar, a shipyard), on its real sentences.

False pairs in its top 10: an HTML page's headline as a statement, an assent to a proposal taken
for the reasons around it, "alone"/"samen" next to an amount read as opposite words, ", against
four in 2020" read as a negation, "Ik vertel het de nachtploeg …" (a pronoun for the matter), an
appeal to a committee held against a view. Missed: "lost-time accident" read as a verb of losing,
"a dead end" against "the only realistic way".
"""

from pathlib import Path
from types import SimpleNamespace

from onrecord.check.contradictions.appeals import APPEAL, appeal
from onrecord.check.contradictions.doc_title import is_title
from onrecord.check.contradictions.opposition import (
    POLARITY,
    antonyms,
    negated,
    opposition,
    stance_factor,
)
from onrecord.check.contradictions.pair_rules import anaphoric, pair_factor
from onrecord.check.contradictions.stance_pairs import stance_clash, stance_of
from onrecord.check.figures.focus_words import without_focus
from onrecord.text.proposals import approves, is_proposal, proposal_targets

NONE_SINCE = "We have not had a single lost-time accident at the yard since 2015."
LAST_ONE = (
    "Ons laatste ongeval met verzuim was in 2017, toen Henk van de steiger viel; hij stond na "
    "drie maanden weer op de helling en heeft daarna onze hele veiligheidscursus opgezet."
)
DEAD_END = "Hydrogen is a dead end for inland shipping."
ONLY_WAY = "Hydrogen is the only realistic way to make long-distance inland shipping emission-free."
BACKGROUND = (
    "The neighbours on the Zwartewaterdijk have complained three times since October about "
    "grinding at night, and the last complaint went to the alderman."
)
PROPOSAL = "I propose that we scrap the night shift on the slipway from 1 March."


def test_a_hyphenated_compound_is_no_verb_of_losing() -> None:
    # "lost-time" made the denial "positive" (a denied loss keeps something): no opposition
    assert opposition(NONE_SINCE, LAST_ONE, "en", "nl", ordered=True) == POLARITY
    assert stance_factor(NONE_SINCE, LAST_ONE, "en", "nl") == 1.0
    # a denied loss still keeps: "nobody will lose their job" opposes no keeping
    assert (
        opposition(
            "Nobody at the yard will lose their job.",
            "Everybody at the yard keeps their job.",
            "en",
            "en",
        )
        != POLARITY
    )


def test_a_dead_end_against_the_only_realistic_way() -> None:
    assert stance_of(DEAD_END) == "against"
    assert stance_of(ONLY_WAY) == "for"
    assert stance_of("Waterstof is een doodlopende weg voor de binnenvaart.") == "against"
    assert stance_clash(DEAD_END, ONLY_WAY)
    assert stance_factor(DEAD_END, ONLY_WAY, "en", "en") == 1.0
    # a dead end denied is no stance
    assert stance_of("Hydrogen is not a dead end for inland shipping.") is None


def test_against_before_a_count_compares() -> None:
    good_year = (
        "2021 was a good year: we delivered five vessels, against four in 2020, and the new hall "
        "is full."
    )
    cost = "Alles bij elkaar heeft de nieuwe bouwhal ons 14 miljoen euro gekost."
    assert not negated(good_year)
    assert opposition(cost, good_year, "nl", "en", ordered=True) is None
    assert negated("We are against four more years of night work.")  # no comma: a stance
    assert not negated("De omzet steeg naar 40 miljoen, tegen 32 miljoen in 2019.")


def test_alone_and_together_next_to_an_amount_only_focus_it() -> None:
    total = "De vergoedingen komen samen op 410.000 euro; dat boek ik in februari."
    alone = "The night allowance alone costs us about 180,000 euros a year."
    assert "samen" not in without_focus(total)
    assert "alone" not in without_focus(alone)
    assert not antonyms(total, alone)
    assert opposition(total, alone, "nl", "en", ordered=True) is None
    # doing it alone against a partner still opposes, a year is no amount
    assert antonyms("We built the ferry alone in 2019.", "We built the ferry together with Damen.")


def test_a_page_headline_is_no_statement() -> None:
    title = "Inland yards must stop waiting for the perfect fuel | Inland Shipping Review"
    assert is_title("Inland yards must stop waiting for the perfect fuel", title)
    assert not is_title("Inland yards must stop waiting for the perfect fuel to arrive.", title)
    assert not is_title(ONLY_WAY, title)
    assert not is_title("Inland Shipping Review", None)


def test_an_assent_to_a_proposal_endorses_the_proposal_only() -> None:
    assert is_proposal(PROPOSAL)
    assert is_proposal("Ik stel voor dat we de nachtploeg per 1 maart schrappen.")
    assert not is_proposal(BACKGROUND)
    assert not is_proposal("I proposed that last year.")
    assert proposal_targets([BACKGROUND, PROPOSAL]) == [1]
    assert proposal_targets([BACKGROUND]) == [0]  # no proposal: everything answered


def _gerrits_endorsed(tmp_path: Path) -> list[str]:
    from onrecord.check.contradictions.find import record_of, resolve_person
    from onrecord.engines.local import ingest
    from onrecord.record.store import Store

    store = Store.open(tmp_path / "t.db")
    ingest(store, [tmp_path / "a.eml", tmp_path / "b.eml"], workers=1)
    gerrit = resolve_person(store, "Gerrit Hazeveld")
    return [r.text for r in record_of(store, gerrit) if r.endorses is not None]


def test_akkoord_stands_behind_the_proposal_not_the_complaints(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(
        "From: Oliver Pryce <o.pryce@k.example>\nTo: Gerrit Hazeveld <g.hazeveld@k.example>\n"
        "Subject: Night shift on the slipway\nDate: Mon, 11 Jan 2021 09:30:00 +0100\n"
        f"Message-ID: <k26@k>\n\nAll,\n\n{BACKGROUND} {PROPOSAL}\n\nOliver\n"
    )
    reply = (
        "From: Gerrit Hazeveld <g.hazeveld@k.example>\nTo: Oliver Pryce <o.pryce@k.example>\n"
        "Subject: Re: Night shift on the slipway\nDate: Mon, 11 Jan 2021 10:02:00 +0100\n"
        "Message-ID: <k27@k>\nIn-Reply-To: <k26@k>\n\n"
        "Op ma 11 jan 2021 om 09:30 schreef Oliver Pryce <o.pryce@k.example>:\n"
        f"> {BACKGROUND}\n> {PROPOSAL}\n\n{{assent}}\n\nGerrit\n"
    )
    (tmp_path / "b.eml").write_text(reply.format(assent="Akkoord."))
    assert _gerrits_endorsed(tmp_path) == [PROPOSAL]
    # agreeing with the argument stands behind all of it
    (tmp_path / "t.db").unlink()
    (tmp_path / "b.eml").write_text(reply.format(assent="I fully agree with Oliver."))
    assert sorted(_gerrits_endorsed(tmp_path)) == sorted([BACKGROUND, PROPOSAL])


def test_it_before_an_article_is_a_pronoun() -> None:
    assert anaphoric("Ik vertel het de nachtploeg vrijdag zelf.")
    assert not anaphoric("Ik vertel de nachtploeg dat de nachtdienst verdwijnt.")


def test_an_appeal_to_the_committee_is_no_position() -> None:
    ask = "Ik wil u vragen de vergunning voor onze tweede helling te steunen."
    view = "Een tweede helling is voor deze werf niet nodig."
    assert appeal(ask)
    assert appeal("I ask you to support our permit for a second slipway.")
    assert not appeal(view)
    assert not appeal("We asked the bank for a loan.")

    def side(text: str) -> SimpleNamespace:
        return SimpleNamespace(text=text, lang="nl", date="2020-07-01T05:15:00Z")

    assert pair_factor(side(view), side(ask)) <= APPEAL
    assert (
        pair_factor(
            side(view), side("Ik heb altijd gezegd dat deze werf een tweede helling nodig heeft.")
        )
        == 1.0
    )


def test_only_a_bare_approval_narrows_to_the_proposal() -> None:
    assert approves("Akkoord.")
    assert approves("Agreed from my side too.")
    assert not approves("I fully agree with Tom.")
    assert not approves("See below, I agree.")


INTERVIEW = """# "Het vakmanschap zit nog steeds in Kampen"

*Vaart & Werf, 14 juni 2023 — door Femke Aalbers*

**Scheepswerf Kampenaar bouwt al ruim een eeuw schepen aan de IJssel. Directeur Marloes Tielenburg (52) over Poolse rompen, een tweede helling en de toekomst van de binnenvaart.**

**U laat sinds 2020 de rompen van uw tankers in Gdańsk bouwen. Waarom?**

Omdat we anders niet meer konden concurreren.

**Bij de rompbouw verdwenen negen banen. In Kampen hoor je dat u had beloofd dat niemand zijn baan zou verliezen.**

Ik heb nooit beloofd dat er geen banen zouden verdwijnen.

**Hoeveel mensen werken er nu op de werf?**

Ongeveer 140, meer dan ooit.

**Hoe kijkt u naar waterstof?**

Voor lange afstanden op de Rijn vind ik het interessant.
"""


def test_a_standfirst_by_age_above_questions_names_the_interviewee(tmp_path: Path) -> None:
    from onrecord.engines.local import ingest
    from onrecord.ingest.byline import find_byline
    from onrecord.record.store import Store

    found = find_byline(INTERVIEW)
    assert (found.author, found.interviewer, found.interview) == (
        "Marloes Tielenburg",
        "Femke Aalbers",
        True,
    )
    # no questions below it: a profile, not an interview
    profile = INTERVIEW.split("**U laat")[0] + "Ze leidt de werf sinds 2016.\n"
    assert find_byline(profile).author == ""
    # two people introduced by age: whose answers is unclear
    two = INTERVIEW.replace("(52) over", "(52) en bedrijfsleider Gerrit Hazeveld (61) over")
    assert find_byline(two).author == ""
    (tmp_path / "interview.md").write_text(INTERVIEW)
    store = Store.open(tmp_path / "t.db")
    ingest(store, [tmp_path / "interview.md"], workers=1)
    own = [r["text"] for r in store.statements_by([], ["Marloes Tielenburg"])]
    assert "Ik heb nooit beloofd dat er geen banen zouden verdwijnen." in own
    assert not any(t.endswith("?") for t in own)  # the questions are the interviewer's


def test_a_sentence_pointing_at_a_proposal_is_none() -> None:
    assert not is_proposal("Hieronder mijn voorstel voor het persbericht.")
    texts = ["Hieronder mijn voorstel voor het persbericht.", "De club verkoopt het stadion niet."]
    assert proposal_targets(texts) == [0, 1]

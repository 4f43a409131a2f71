"""Classes of failure read on heldout9 (Kampenaar, a shipyard), on its real sentences.

False pairs in its top 10: an HTML page's headline as a statement, an assent to a proposal taken
for the reasons around it, "alone"/"samen" next to an amount read as opposite words, ", against
four in 2020" read as a negation, "Ik vertel het de nachtploeg …" (a pronoun for the matter), an
appeal to a committee held against a view. Missed: "lost-time accident" read as a verb of losing,
"a dead end" against "the only realistic way".
"""

from pathlib import Path
from types import SimpleNamespace

from onrecord.check.appeals import APPEAL, appeal
from onrecord.check.doc_title import is_title
from onrecord.check.focus_words import without_focus
from onrecord.check.opposition import POLARITY, antonyms, negated, opposition, stance_factor
from onrecord.check.pair_rules import anaphoric, pair_factor
from onrecord.check.stance_pairs import stance_clash, stance_of
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


def test_akkoord_endorses_the_proposal_not_the_complaints(cli, tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(
        "From: Oliver Pryce <o.pryce@k.example>\nTo: Gerrit Hazeveld <g.hazeveld@k.example>\n"
        "Subject: Night shift on the slipway\nDate: Mon, 11 Jan 2021 09:30:00 +0100\n"
        f"Message-ID: <k26@k>\n\nAll,\n\n{BACKGROUND} {PROPOSAL}\n\nOliver\n"
    )
    (tmp_path / "b.eml").write_text(
        "From: Gerrit Hazeveld <g.hazeveld@k.example>\nTo: Oliver Pryce <o.pryce@k.example>\n"
        "Subject: Re: Night shift on the slipway\nDate: Mon, 11 Jan 2021 10:02:00 +0100\n"
        "Message-ID: <k27@k>\nIn-Reply-To: <k26@k>\n\n"
        "Op ma 11 jan 2021 om 09:30 schreef Oliver Pryce <o.pryce@k.example>:\n"
        f"> {BACKGROUND}\n> {PROPOSAL}\n\nAkkoord.\n\nGerrit\n"
    )
    cli("ingest", str(tmp_path / "a.eml"))
    cli("ingest", str(tmp_path / "b.eml"))
    shown = cli.json("show", "k27@k")
    endorsed = [e["text"] for st in shown["statements"] for e in st["endorses"]]
    assert endorsed == [PROPOSAL]


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


def test_an_unquoted_akkoord_endorses_the_parent_proposal_only(cli, tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_text(
        "From: Oliver Pryce <o.pryce@k.example>\nTo: Gerrit Hazeveld <g.hazeveld@k.example>\n"
        "Subject: Night shift\nDate: Mon, 11 Jan 2021 09:30:00 +0100\nMessage-ID: <n1@k>\n\n"
        f"{BACKGROUND} {PROPOSAL}\n"
    )
    (tmp_path / "b.eml").write_text(
        "From: Gerrit Hazeveld <g.hazeveld@k.example>\nTo: Oliver Pryce <o.pryce@k.example>\n"
        "Subject: Re: Night shift\nDate: Mon, 11 Jan 2021 10:02:00 +0100\nMessage-ID: <n2@k>\n"
        "In-Reply-To: <n1@k>\n\nAkkoord.\n"
    )
    cli("ingest", str(tmp_path / "a.eml"))
    cli("ingest", str(tmp_path / "b.eml"))
    shown = cli.json("show", "n2@k")
    assert [e["text"] for st in shown["statements"] for e in st["endorses"]] == [PROPOSAL]

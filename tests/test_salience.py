"""Salience: mail chatter (greetings, sign-offs, thanks, scheduling, pleasantries, fragments)
is told apart from statements with propositional content, and never reaches the judge of
`onrecord contradictions` or a timeline.

The examples are the brief's, sentences of the bundled sample case, and real sentences of the
Enron mailboxes (enron-mbox) and the numpy / 3GPP lists (bigbang-mailing-lists) in
``../shared/corpora``, labelled by hand."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from _corpora import corpora_dir
from onrecord.check.contradictions.find import (
    StatementRef,
    eligible,
    find_contradictions,
    record_of,
    resolve_person,
)
from onrecord.check.contradictions.timeline import timeline
from onrecord.check.statements.salience import REASONS, chatter_reason, is_chatter
from onrecord.engines.local import ingest
from onrecord.models.base import Judgment
from onrecord.record.store import Store

CHATTER = {
    "salutation": [
        "Marcus, Sam, Greta,",
        "Hi all,",
        "Beste Jan,",
        "Dear Board",
        "Ilse, Daan,",  # sample case
        "Hoi allemaal!",
        "Goedemorgen allemaal,",
        "Geachte heer De Vries,",
        "Beste collega's,",
        "Lieve Anna,",
        "Good Morning All!",  # Enron
        "Hey Rick.",
        "Dear Ms. Hansen:",
        "Rick, Jim and Steve:",
        "Colleagues:",
        "Dear Friend and Future Millionaire,",
        "Dear Milan, all,",  # 3GPP
        "Sehr geehrte Damen und Herren,",
        "Hallo zusammen,",
        "Bonjour à tous,",
    ],
    "sign-off": [
        "Best,",
        "Cheers, M.",
        "Met vriendelijke groet",
        "Groeten",
        "Groetjes, Sanne",
        "Met vriendelijke groet, Jan de Vries",
        "Hartelijke groet,",
        "Tot morgen!",
        "Kind regards",  # Enron
        "Best regards.",
        "Talk to you soon.",
        "Sincerely,",
        "rgds",
        "Best regards -- Gerard",  # numpy list
        "Sent from my iPhone",
        "Verzonden vanaf mijn iPhone",
        "Viele Grüße",
        "Cordialement",
    ],
    "thanks": [
        "Thanks!",
        "Thank you so much for this.",
        "Bedankt!",
        "Dank je wel voor je snelle reactie.",
        "Hartelijk dank voor de toelichting.",
        "Alvast bedankt!",
        "Thanks for your help",  # Enron
        "Thank you for the assistance Mike.",
        "Thank you in advance for your time and cooperation.",
        "Thank you for choosing a Red Carnation Hotel for your up and coming stay in London.",
        "Thanks again for the prompt reply.",  # numpy list
        "Thank you very much for preparing this WF.",  # 3GPP
        "Many thanks in advance.",
        "Danke!",
        "Merci beaucoup !",
    ],
    "scheduling": [
        "Lunch on Friday?",
        "Can we move the call to 3pm?",
        "Not the steak place again please.",
        "Zullen we dinsdag bellen?",
        "Ik ben er morgen niet",
        "Kunnen we de vergadering naar donderdag verzetten?",
        "Zullen we volgende week lunchen?",
        "Ik bel je morgenochtend.",
        "Koffie om 10 uur?",
        "We have scheduled a conference call on Friday, November 16th at 11:00 a.m.",  # Enron
        "Can we reschedule for either 11:00 or after 3:30 Houston time?",
        "Lunch some time?",
        "Arrive San Juan 10:41 a.m.",
        "Meet this afternoon, before you depart?",
        "I will be leaving the office today at 2:00 and will be out of the office on Monday.",
        "Are you coming in the 3rd or the 4th?",
        "We can down-select in the next meeting.",  # 3GPP
        "Können wir morgen telefonieren?",
        "On se voit demain ?",
    ],
    "fragment": [
        "It just isn't zero.",
        "That's it.",
        "See below.",
        "Sounds good",
        "Yup",
        "Agreed",
        "Akkoord",
        "Akkoord.",  # sample case
        "+1",
        "No",
        "Klopt.",
        "Prima!",
        "Dat is het.",
        "Het is niet nul.",
        "Zie bijlage.",
        "Unsubscribe at any time.",  # sample case: a newsletter's footer
        "That's true to some degree.",  # Enron
        "Two questions:",
        "Let's discuss further.",
        "Great victory!",
        "Attached is the revised travel budget for all your cost centers.",
        "Subject: Re: Consent",
        "Stanford Lin Senior Legal Counsel",
        "DO NOT REPLY to this email.",
        "Tel: (415) 782-7802 Fax:(415) 782-7854",
        "Here is the information from the NYMEX.",
        "Please find attached the draft WF for NR MIMO OTA.",  # 3GPP
        "Please find our draft term sheet attached.",  # a training case: endorsed by "Sounds good."
        "I attach the minutes of the meeting.",
        "Ik stuur je de notulen hierbij.",
        "Perry Greenfield wrote:",  # numpy list
        "- return ERR_PTR(-ENOMEM);;",  # a patch on the notmuch list
        "+ * Retrieve a set of pages from FS-Cache",
        "diff --git a/drivers/gpio/langwell_gpio.c b/drivers/gpio/langwell_gpio.c",
        "yes.",
        "A few words on customer data.",  # contradiction benchmark: a heading in prose
        "Is that right?",
    ],
    "pleasantry": [
        "Hope you're well",
        "Have a great weekend",
        "Fijn weekend",
        "Fijne vakantie!",
        "Ik hoop dat het goed met je gaat.",
        "Veel succes morgen!",
        "Laat maar weten als je vragen hebt.",
        "Sorry voor de late reactie.",
        "Hope you had a good weekend!",  # Enron
        "Great job on MISO Mike!",
        "Please let me know if you have any questions.",
        "Sorry for the delay.",
        "Hope this is helpful.",
        "Hope everyone had a pleasant 4th.",
        "Let me know what you think.",
        "Your comments are welcome.",  # Enron
        "If you have any further questions or concerns, please respond to this message.",
        "Any Comments or Suggestions are welcome.",  # notmuch list
        "Schönes Wochenende",
        "Bon week-end",
    ],
}

PROPOSITIONS = [
    "I attach great importance to this deal.",  # no document presented
    "The attached budget shows a loss of 2 million.",
    "Please find the final figures attached: we lost 2 million.",
    # the brief's
    "We will not share the code.",
    "I will pay for it.",
    "Vale Motors should fund Lumen.",
    "Ik ben tegen de fusie.",
    "The budget is $1B.",
    "It's fine not to share the science.",
    "Meeting the deadline is impossible.",
    # short Dutch propositions
    "Wij delen de code niet.",
    "Het budget is verhoogd.",
    "Er is geen budget.",
    "Vale Motors moet Lumen financieren.",
    "Het is prima om de wetenschap niet te delen.",
    "De fusie gaat niet door.",
    "Ik betaal de rekenkracht.",
    "Hij is tegen de fusie.",
    "Dag na dag stijgen de prijzen.",
    # short English ones
    "There is no budget.",
    "Prices rose.",
    "Let us stay where we are.",  # contradiction benchmark: a proposal (gold A1, A2)
    "We postponed the merger to Monday.",
    "The meeting on Friday approved the merger.",
    "Thanks to the subsidy we can build the plant.",
    "Thanks, but we will not share the code.",
    "Thank you for confirming that the budget is $1B.",
    "Marcus, I read your Yup as agreement that we keep the science closed.",
    "We will never move the factory out of Leiden.",
    # the sample case
    "I will fund the first year personally.",
    "Attaching Lumen to Vale Motors is the only realistic path.",
    "This week the team published two papers (https://lumenlabs.example/blog).",
    "Zonder extra kapitaal halen we de achterstand op de grote labs niet in.",
    "Vale never proposed a merger between Lumen and Vale Motors.",
    # Enron
    "Irreponsible contracting will not expand capacity.",
    "They place very little trust in the Governor or the Legislature.",
    "John got approval on Wednesday from Skilling and Whalley to move forward quickly.",
    "She supports LMP and standard market design in New England.",
    "NERC is about as secure as a convenience store at two in the morning.",
    "There will be a timetable impact.",
    "Lawyers are comfortable with this.",
    "They said they are willing to negotiate.",
    "I think 5% is way too small.",
    "The fourth unit was shut for servicing.",
    "In sum, COEX was not working.",
    "No rules are being changed.",
    "Meeting lasted 45 minutes.",
    "Congratulations to HR who managed to get a net credit from Corp of $165k.",
    'Please note that US Steel Corporation was placed on "Call Credit" this week.',
    "I was unable to contact you by phone at the time of the call.",
    # numpy / 3GPP lists
    "So to me there is no ambiguity.",
    "A text in square brackets is not agreed.",
    "All eigenvalues appear in complex cunjugate pairs.",
    "NumPy is a lot more flexible that that.",
    # the notmuch and kernel lists: prose about code is no code
    "Interrupt remapping is only available on 64-bit machines, so it has no place in "
    "lapic_resume() for 32bit machines.",
    "This is still broken in Kumar's latest tree.",
    "I can see why operators like less() and less_equal() do not work.",
    "Without patch: 50 seconds With patch: 38-42 seconds.",
    # legal enumerations are no code either (Enron)
    "The Policy focuses on four major types of risk: (a) market risk; (b) credit risk; "
    "(c) operational risk and (d) liquidity/funding risk.",
    # German, French
    "Wir werden den Code nicht teilen.",
    "Nous ne partagerons pas le code.",
]


@pytest.mark.parametrize(
    ("text", "reason"), [(t, reason) for reason, texts in CHATTER.items() for t in texts]
)
def test_chatter_and_its_reason(text: str, reason: str) -> None:
    assert chatter_reason(text) == reason
    assert is_chatter(text)


@pytest.mark.parametrize("text", PROPOSITIONS)
def test_propositions_are_not_chatter(text: str) -> None:
    assert chatter_reason(text) is None
    assert not is_chatter(text)


def test_language_hint_and_edge_cases() -> None:
    assert set(CHATTER) == set(REASONS)
    assert chatter_reason("Ik ben er morgen niet", "nl") == "scheduling"
    assert chatter_reason("Ik ben tegen de fusie.", "nl") is None
    assert chatter_reason("The budget is $1B.", "en") is None
    assert chatter_reason("Het is prima om de wetenschap niet te delen.", "und") is None
    # "want" and "war" are Dutch and German stop words: without a language, content words
    assert chatter_reason("I want war.") is None
    for empty in ("", "   ", "?", "!!!", "--", "[IMAGE]", "https://example.org/x"):
        assert chatter_reason(empty) == "fragment"
    # a salutation before a proposition does not hide it; before chatter, the chatter counts
    assert chatter_reason("Hi all, the board voted against the merger.") is None
    assert chatter_reason("Hi Marcus, hope you're well.") == "pleasantry"
    assert chatter_reason("Beste Jan, zullen we dinsdag bellen?") == "scheduling"


def test_fast() -> None:
    texts = [t for ts in CHATTER.values() for t in ts] + PROPOSITIONS
    t0 = time.perf_counter()
    for _ in range(20):
        for t in texts:
            chatter_reason(t)
    per_call = (time.perf_counter() - t0) / (20 * len(texts))
    assert per_call < 0.001  # some 25 µs here; a generous bound for a loaded machine


def test_real_propositions_are_rarely_flagged() -> None:
    """FLORES-200 news sentences, English and Dutch: propositions nearly all."""
    folder = corpora_dir("parallel-en-nl")
    for name, lang in (("flores200-devtest.eng_Latn", "en"), ("flores200-devtest.nld_Latn", "nl")):
        lines = [s for s in (folder / name).read_text().splitlines() if s.strip()]
        flagged = [s for s in lines if is_chatter(s, lang)]
        assert len(lines) > 1000 and len(flagged) <= len(lines) // 100, flagged[:5]


def test_real_mail_sign_offs_and_greetings() -> None:
    """Every line of the Enron mailboxes that is a bare greeting or sign-off is chatter."""
    folder = corpora_dir("enron-mbox")
    lines: set[str] = set()
    for path in sorted(folder.glob("enron.*"))[:40]:
        for line in path.read_text(errors="replace").splitlines():
            s = line.strip()
            if s in ("Thanks,", "Thanks!", "Regards,", "Best regards,", "Thank you.", "Hi,"):
                lines.add(s)
    assert len(lines) >= 4
    assert all(is_chatter(s, "en") for s in lines)


# ---------------------------------------------------------------------------- the judge
def test_eligible_drops_chatter_also_when_endorsed() -> None:
    def ref(text: str, lang: str = "en", endorsed: bool = False) -> StatementRef:
        e = {"statement_id": 9, "text": text} if endorsed else None
        return StatementRef(1, text, "2020-01-01T00:00:00Z", 1, "authored", endorses=e, lang=lang)

    assert not eligible(ref("Not the steak place again please."))
    assert not eligible(ref("It just isn't zero."))
    assert not eligible(ref("Thank you so much for this."))
    assert not eligible(ref("Zullen we dinsdag even bellen?", "nl"))
    assert not eligible(ref("Marcus, Sam, Greta, Ilse,", endorsed=True))
    assert eligible(ref("It's fine not to share the science."))
    assert eligible(ref("Ik ben echt tegen de fusie.", "nl"))


MBOX = """\
From ann@acme.example Mon Mar  4 09:00:00 2019
From: Ann Baker <ann@acme.example>
To: Bob Stone <bob@acme.example>
Subject: Dinner
Date: Mon, 04 Mar 2019 09:00:00 +0100
Message-ID: <c1@acme.example>
Content-Type: text/plain; charset=utf-8

Bob,

Not the steak place again please. Thank you so much for this.
We will never move the factory out of Leiden.

Have a great weekend everyone!

Ann

From ann@acme.example Tue Mar  5 10:00:00 2019
From: Ann Baker <ann@acme.example>
To: Bob Stone <bob@acme.example>
Subject: Numbers
Date: Tue, 05 Mar 2019 10:00:00 +0100
Message-ID: <c2@acme.example>
Content-Type: text/plain; charset=utf-8

Bob,

It just isn't zero. Can we move the call to 3pm?
We moved the factory out of Leiden in 2021.

Best regards, Ann Baker
"""


class EverythingContradicts:
    """A judge that calls every pair a contradiction and records what it read."""

    name = "test/all"

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        self.seen += list(pairs)
        probs = {"entailment": 0.05, "neutral": 0.05, "contradiction": 0.9}
        return [Judgment("contradiction", dict(probs), self.name) for _ in pairs]


@pytest.fixture
def chatty(tmp_path: Path) -> Store:
    (tmp_path / "mail.mbox").write_text(MBOX)
    s = Store.open(tmp_path / "c.db")
    ingest(s, [tmp_path / "mail.mbox"], workers=1)
    return s


def test_chatter_is_never_judged_nor_paired(chatty: Store) -> None:
    ann = resolve_person(chatty, "Ann Baker")
    texts = [r.text for r in record_of(chatty, ann)]
    assert "Not the steak place again please." in texts  # on record, but not judged
    judge = EverythingContradicts()
    [report] = find_contradictions(chatty, "Ann Baker", judge=judge, threshold=-1.0)
    read = {t for pair in judge.seen for t in pair}
    assert read == {
        "We will never move the factory out of Leiden.",
        "We moved the factory out of Leiden in 2021.",
    }
    assert [(p.a.text, p.b.text) for p in report.pairs] == [
        (
            "We will never move the factory out of Leiden.",
            "We moved the factory out of Leiden in 2021.",
        )
    ]
    # the timeline lists what she is on record for, not her chatter
    listed = [s["text"] for s in timeline(chatty, "Ann Baker")["statements"]]
    assert listed == [
        "We will never move the factory out of Leiden.",
        "We moved the factory out of Leiden in 2021.",
    ]


@pytest.fixture(scope="module")
def lumen(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from onrecord.present.demo import sample_dir

    sample = sample_dir()
    s = Store.open(tmp_path_factory.mktemp("lumen") / "l.db")
    ingest(s, [sample / "archive.mbox", sample / "maildir"], workers=1)
    ingest(s, [sample / "complaint.md", sample / "nieuws.md"], workers=1)
    return s


def test_sample_case_contradictions_have_no_chatter_side(lumen: Store) -> None:
    """Every person of the bundled case, builtin judge: no pair has a chatter side, and the
    case does hold chatter of four words or more that the judge would otherwise have read."""
    rows = lumen.db.execute("SELECT text, lang FROM statements WHERE kind = 'authored'")
    chatter = [t for t, lang in rows if is_chatter(t, lang) and len(t.split()) >= 4]
    assert chatter  # "Unsubscribe at any time."
    reports = find_contradictions(lumen, None, limit=1000)
    pairs = [p for r in reports for p in r.pairs]
    assert pairs
    for p in pairs:
        for side in (p.a, p.b):
            assert chatter_reason(side.text, side.lang or None) is None, side.text


def test_markdown_titles_and_bylines_are_not_statements() -> None:
    from onrecord.check.statements.salience import is_chatter

    assert is_chatter("# Laatste baby geboren in Oudmeer", "nl")
    assert is_chatter("*Havenstad Dagblad, 4 oktober 2022*", "nl")
    assert not is_chatter("The *real* issue is the cost of the night shifts.", "en")


def test_see_you_at_a_time_is_a_sign_off_and_all_our_opens_a_clause() -> None:
    assert chatter_reason("See you in January.", "en") == "sign-off"
    assert chatter_reason("See you in January to sign the contract with the bank.", "en") is None
    # a quantifier before a determiner is the subject's start, not a fragment
    for text, lang in [
        ("Al onze zonnepanelen komen uit Duitsland.", "nl"),
        ("All our panels come from Germany.", "en"),
        ("Alle panelen komen uit Duitsland.", "nl"),
    ]:
        assert chatter_reason(text, lang) is None, text
    assert chatter_reason("All good.", "en") == "fragment"


def test_a_negated_subject_and_someones_call_are_claims() -> None:
    """The deciding statements of development claims that were dropped as chatter."""
    for text, lang in [
        ("Nobody was made redundant.", "en"),
        ("Niemand is gedwongen ontslagen.", "nl"),
        ("I think she is wrong about Oudmeer, but it is her call.", "en"),
    ]:
        assert chatter_reason(text, lang) is None, text
    # still chatter: a phone call, and negations with nothing else
    assert chatter_reason("Can we move the call to 3pm?", "en") == "scheduling"
    assert chatter_reason("Her call with the bank is at 3pm.", "en") == "scheduling"
    assert chatter_reason("Nothing to add.", "en") == "fragment"
    assert chatter_reason("Nobody?", "en") == "fragment"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # after "but" the writer says something: a refusal is evidence
        ("Dank voor het aanbod, maar ik verkoop het stadion niet, ook niet aan de gemeente.", "nl"),
        ("Thanks for the offer, but we will not sell the depot to the city.", "en"),
        # a short clause with an amount
        ("Het wordt 1,6 procent.", "nl"),
        ("It came to 4,200 euros.", "en"),
        # a request is the act of asking
        ("Could you send us the script?", "en"),
        ("Kun je mij de begroting van 2021 sturen?", "nl"),
    ],
)
def test_short_statements_that_say_something(text: str, lang: str) -> None:
    assert chatter_reason(text, lang) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thanks, but no thanks.", "en"),
        ("It just isn't zero.", "en"),
        ("Can you call me?", "en"),
        ("Lunch at 12?", "en"),
    ],
)
def test_and_short_ones_that_do_not(text: str, lang: str) -> None:
    assert chatter_reason(text, lang) is not None


def test_a_dutch_separable_verb_with_a_noun_subject_is_a_statement() -> None:
    # "De verkoop gaat door." says as much as "The sale goes ahead."; a pronoun subject or a
    # meal stays what it was
    for text in (
        "De verkoop gaat door.",
        "De nachtdiensten gaan gewoon door.",
        "Het feest gaat door.",
    ):
        assert chatter_reason(text, "nl") is None, text
    assert chatter_reason("De lunch gaat door.", "nl") == "scheduling"
    assert chatter_reason("Zie hieronder.", "nl") == "fragment"

"""The verification pipeline: the subject's own record first, endorsements framed as agreement,
reported evidence labelled and never deciding a speech claim, and the JSON contract.

The judge here is a transparent rule (a test double): the pipeline's logic is under test, not a
model's accuracy (that is `onrecord eval`'s job)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from onrecord.check.claims.extract import Claim, claims_from_args
from onrecord.check.subjects.record_person import person_names, resolve_subject
from onrecord.check.verdicts.amount_evidence import amounts
from onrecord.check.verdicts.evidence import OWN, Evidence
from onrecord.check.verdicts.verify import check_claims, gather
from onrecord.engines.local import ingest
from onrecord.index.hybrid import Hit
from onrecord.models.base import Judgment
from onrecord.record.store import Store


class KeywordJudge:
    """Entailment when every cue word of the hypothesis is in the premise; contradiction when
    the premise also says 'never'/'always' the other way; else neutral."""

    name = "test/keyword"

    def __init__(self, cues: dict[str, tuple[str, ...]]) -> None:
        self.cues = cues
        self.seen: list[tuple[str, str]] = []

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        out = []
        for premise, hypothesis in pairs:
            self.seen.append((premise, hypothesis))
            label = "neutral"
            for want, words in self.cues.items():
                if all(w in premise.lower() for w in words):
                    label = want
            probs = {
                lb: (0.9 if lb == label else 0.05)
                for lb in ("entailment", "neutral", "contradiction")
            }
            out.append(Judgment(label, probs, self.name))
        return out


class NegationAwareJudge(KeywordJudge):
    """KeywordJudge, but a hypothesis that says "never" turns entailment into contradiction."""

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        out = []
        for (_, hypothesis), j in zip(pairs, super().judge(pairs)):
            if " never " in f" {hypothesis} " and j.label == "entailment":
                probs = {**j.probs, "entailment": 0.05, "contradiction": 0.9}
                j = Judgment("contradiction", probs, self.name)
            out.append(j)
        return out


@pytest.fixture
def store(tmp_path: Path, sample: Path) -> Store:
    s = Store.open(tmp_path / "c.db")
    ingest(s, [sample / "archive.mbox"], workers=1)
    return s


def test_subject_resolution(store: Store) -> None:
    assert resolve_subject(store, "Vale")["name"] == "Marcus Vale"
    assert resolve_subject(store, "Marcus Vale")["name"] == "Marcus Vale"
    assert resolve_subject(store, "Okafor")["name"] == "Ilse Okafor"
    assert resolve_subject(store, "Nobody Here") is None


def test_endorsement_contradicts_a_speech_claim(store: Store) -> None:
    claims = claims_from_args(
        ["Marcus Vale always insisted that Lumen share its science."], names=person_names(store)
    )
    judge = KeywordJudge({"contradiction": ("agreed with", "not share the science")})
    [verdict] = check_claims(store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(store)
    assert data["verdict"] == "contradicted" and data["judge"] == "test/keyword"
    assert data["subject"]["person"]["name"] == "Marcus Vale"
    top = data["evidence"][0]
    assert top["stance"] == "contradicts" and top["relation"] == "endorsed"
    assert top["statement"] == "Yup" and top["author"]["email"] == "mv@valemotors.example"
    assert top["endorses"]["author"]["email"] == "ilse@lumenlabs.example"
    assert top["message_id"] == "yup-3@valemotors.example"
    assert top["source"].endswith("archive.mbox#offset:1395")
    assert set(top) >= {
        "stance",
        "score",
        "statement",
        "author",
        "date",
        "message_id",
        "source",
        "span",
        "endorses",
    }
    # the judge read who agreed with whom, and when (in Vale's own time zone)
    assert any(
        p.startswith('On 13 Jan 2016, Marcus Vale agreed with Ilse Okafor: The "open"')
        for p, _ in judge.seen
    )


def test_reported_evidence_never_decides_a_speech_claim(store: Store) -> None:
    # Ilse's own words match the cue, but the claim is about what Vale said
    claims = claims_from_args(
        ["Vale said it is totally OK to not share the science."], names=person_names(store)
    )
    # Ilse's own statement, read in the third person (not Vale's endorsement of it)
    judge = KeywordJudge({"entailment": ('2016, the "open"', "not share the science")})
    [verdict] = check_claims(store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(store)
    reported = [e for e in data["evidence"] if e["relation"] == "reported"]
    assert any(e["stance"] == "supports" for e in reported)
    assert data["verdict"] == "not_enough_info"


def test_no_evidence_is_not_enough_info(store: Store) -> None:
    claims = claims_from_args(["Vale wanted full control over Lumen."], names=person_names(store))
    [verdict] = check_claims(store, claims, judge=KeywordJudge({}), embedder=None)
    assert verdict.verdict == "not_enough_info"


def test_the_judge_reads_the_content_of_a_speech_frame(store: Store) -> None:
    """ "Vale never agreed that S": the judge reads S, and evidence for S contradicts."""
    claims = claims_from_args(
        ["Vale never agreed that it is totally OK to not share the science."],
        names=person_names(store),
    )
    judge = NegationAwareJudge({"entailment": ("agreed with", "not share the science")})
    [verdict] = check_claims(store, claims, judge=judge, embedder=None)
    # two readings: the content against the endorsement, the whole claim against it
    assert {h for _, h in judge.seen} == {
        "It is totally OK to not share the science.",
        "Vale never agreed that it is totally OK to not share the science.",
    }
    data = verdict.as_dict(store)
    assert data["judged_as"] == "It is totally OK to not share the science."
    assert data["negated_frame"] is True
    assert data["verdict"] == "contradicted"
    assert data["evidence"][0]["relation"] == "endorsed"
    assert data["evidence"][0]["stance"] == "contradicts"


def test_first_person_is_read_as_the_writer(store: Store) -> None:
    claims = claims_from_args(["Vale wanted Lumen to stay open."], names=person_names(store))
    judge = KeywordJudge({})
    check_claims(store, claims, judge=judge, embedder=None)
    premises = [p for p, _ in judge.seen]
    assert premises and not any(" I " in f" {p} " for p in premises)


@pytest.fixture
def case_store(tmp_path: Path, sample: Path) -> Store:
    """The sample mail plus the complaint (by Vale, 2024) and the Dutch article."""
    s = Store.open(tmp_path / "case.db")
    ingest(s, [sample / "archive.mbox", sample / "maildir"], workers=1)
    ingest(s, [sample / "complaint.md", sample / "nieuws.md"], workers=1)
    return s


def test_a_later_account_never_decides_a_speech_claim(case_store: Store, sample: Path) -> None:
    # the complaint (Vale's own later document) says it; his mail at the time does not
    claims = claims_from_args(
        ["Vale always insisted that Lumen share its science."], names=person_names(case_store)
    )
    judge = KeywordJudge({"entailment": ("insisted", "share its science")})
    [verdict] = check_claims(case_store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(case_store)
    accounts = [e for e in data["evidence"] if e["relation"] == "account"]
    assert accounts and all(e["kind"] == "document" and e["weight"] == 0 for e in accounts)
    assert data["verdict"] == "not_enough_info"


def test_a_claim_is_not_its_own_evidence(case_store: Store, sample: Path) -> None:
    from onrecord.check.claims.extract import claims_from_file

    claims = [
        c
        for c in claims_from_file(sample / "complaint.md", names=person_names(case_store))
        if "merger" in c.text
    ]
    judge = KeywordJudge({"entailment": ("never proposed a merger",)})
    [verdict] = check_claims(case_store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(case_store)
    assert not any("never proposed a merger" in e["statement"] for e in data["evidence"])
    assert data["verdict"] != "supported"


def test_the_claims_own_document_takes_no_place_of_the_subjects_record(
    case_store: Store, sample: Path
) -> None:
    # Vale's complaint is in his record: its sentences share the claim's words and outrank his
    # mail, which must still be searched as deep (k=0: his record's 8 places)
    from onrecord.check.claims.extract import claims_from_file

    [claim] = [
        c
        for c in claims_from_file(sample / "complaint.md", names=person_names(case_store))
        if "co-founded" in c.text
    ]
    subject = resolve_subject(case_store, claim.subject)
    evidence, sources = gather(case_store, claim, subject, None, k=0)
    own = {e.hit.text for e in evidence if e.relation in ("own", "endorsed")}
    assert "Attaching Lumen to Vale Motors is the only realistic path." in own
    deeper = gather(case_store, claim, subject, None, k=2)[0]  # his record's 10 places
    assert own == {e.hit.text for e in deeper if e.relation in ("own", "endorsed")}
    complaint = [e for e in sources if e.hit.author_name == "Marcus Vale"]
    assert len(complaint) == 5  # every sentence of the complaint, listed as the claim's source
    assert not any(e.hit.author_name == "Marcus Vale" and not e.hit.author_email for e in evidence)


def test_a_restatement_in_another_document_is_the_claims_source(case_store: Store) -> None:
    claims = claims_from_args(
        ["Volgens de aanklacht wilde Vale de volledige controle over Lumen."],
        names=person_names(case_store),
    )
    judge = KeywordJudge({"entailment": ("volledige controle",)})
    [verdict] = check_claims(case_store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(case_store)
    assert any("volledige controle" in e["statement"] for e in data["claim_sources"])
    assert not any("volledige controle" in e["statement"] for e in data["evidence"])
    assert data["verdict"] == "not_enough_info"


class RelatedJudge(KeywordJudge):
    """Reads every pair as on the same matter without deciding it (neutral 0.6)."""

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        probs = {"entailment": 0.2, "neutral": 0.6, "contradiction": 0.2}
        return [Judgment("neutral", dict(probs), self.name) for _ in pairs]


def test_amounts_that_differ_contradict(store: Store) -> None:
    """The judge reads the statement as related but undecided; the numbers decide: two papers
    is not three."""
    claims = claims_from_args(
        ["This week the team published three papers."], names=person_names(store)
    )
    [verdict] = check_claims(store, claims, judge=RelatedJudge({}), embedder=None)
    data = verdict.as_dict(store)
    top = data["evidence"][0]
    assert "two papers" in top["statement"] and top["stance"] == "contradicts"
    assert "amounts differ" in top["note"]
    assert data["verdict"] == "contradicted"


def test_amounts_of_another_matter_are_not_compared(store: Store) -> None:
    """A statement the judge reads as about something else (neutral 0.9) is not made to
    contradict the claim by its numbers: two of one thing is no evidence against three of
    another."""
    claims = claims_from_args(
        ["This week the team published three papers."], names=person_names(store)
    )
    [verdict] = check_claims(store, claims, judge=KeywordJudge({}), embedder=None)
    data = verdict.as_dict(store)
    assert not any("amounts differ" in e["note"] for e in data["evidence"])
    assert data["verdict"] == "not_enough_info"


def test_chatter_is_never_evidence(store: Store) -> None:
    from onrecord.check.statements.salience import is_chatter

    claims = claims_from_args(["Vale wanted Lumen to stay open."], names=person_names(store))
    [verdict] = check_claims(store, claims, judge=KeywordJudge({}), embedder=None)
    evidence = verdict.as_dict(store)["evidence"]
    texts = [e["endorses"]["text"] if e["endorses"] else e["statement"] for e in evidence]
    assert texts and not any(is_chatter(t, None) for t in texts)


@pytest.fixture
def timeline_store(tmp_path: Path) -> Store:
    """One person's mail over three years: a plan, a position, and a later account of it."""
    import mailbox
    from datetime import datetime
    from email.message import EmailMessage
    from email.utils import format_datetime

    box = mailbox.mbox(str(tmp_path / "hendriks.mbox"))
    mails = [
        ("2018-03-05", "Audit", "We will publish the audit report in May."),
        ("2019-02-11", "Utrecht", "I support the merger with Solaris."),
        ("2020-04-20", "Re: Utrecht", "I have always opposed the merger with Solaris."),
        (
            "2021-05-02",
            "Budget",
            "The board wants to halve the research budget. I refuse this budget.",
        ),
    ]
    for n, (day, subject, body) in enumerate(mails):
        m = EmailMessage()
        m["From"] = "Tom Hendriks <tom@nordwind.example>"
        m["To"] = "Board <board@nordwind.example>"
        m["Subject"] = subject
        m["Date"] = format_datetime(datetime.fromisoformat(f"{day}T09:00:00+00:00"))
        m["Message-ID"] = f"<m{n}@nordwind.example>"
        m.set_content(body + "\n\nTom\n")
        box.add(m)
    box.flush()
    s = Store.open(tmp_path / "t.db")
    ingest(s, [tmp_path / "hendriks.mbox"], workers=1)
    return s


TIMELINE_JUDGE = {
    "entailment": ("always opposed",),
    "contradiction": ("support", "merger"),
}


def test_a_plan_does_not_prove_the_act(timeline_store: Store) -> None:
    """ "We will publish it in May" reads as entailing "published in May" to the judge; as
    evidence that it happened, a plan is not decisive."""
    judge = KeywordJudge({"entailment": ("publish the audit report",)})
    claims = claims_from_args(
        ["Nordwind published the audit report in May 2018."], names=person_names(timeline_store)
    )
    [verdict] = check_claims(timeline_store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(timeline_store)
    plan = next(e for e in data["evidence"] if "publish the audit" in e["statement"])
    assert "a plan" in plan["note"] and plan["stance"] != "supports"
    assert data["verdict"] == "not_enough_info"


def test_one_contrary_statement_falsifies_always(timeline_store: Store) -> None:
    claims = claims_from_args(
        ["Tom Hendriks always opposed the merger with Solaris."],
        names=person_names(timeline_store),
    )
    [verdict] = check_claims(
        timeline_store, claims, judge=KeywordJudge(TIMELINE_JUDGE), embedder=None
    )
    assert verdict.verdict == "contradicted"


def test_the_period_a_claim_names_decides(timeline_store: Store) -> None:
    """In February 2019 he supported it: his 2020 account ("always opposed") is discounted."""
    claims = claims_from_args(
        ["In February 2019 Tom Hendriks wrote that he opposed the merger with Solaris."],
        names=person_names(timeline_store),
    )
    [verdict] = check_claims(
        timeline_store, claims, judge=KeywordJudge(TIMELINE_JUDGE), embedder=None
    )
    data = verdict.as_dict(timeline_store)
    later = next(e for e in data["evidence"] if "always opposed" in e["statement"])
    assert "outside the period" in later["note"] and later["weight"] < 0.5
    assert data["verdict"] == "contradicted"


def test_an_account_of_ones_own_past_in_mail_does_not_decide(timeline_store: Store) -> None:
    """ "I have always opposed the merger" (2020) is Hendriks' account of his own past: listed,
    never deciding a claim about what he said."""
    claims = claims_from_args(
        ["Tom Hendriks said that he opposed the merger with Solaris."],
        names=person_names(timeline_store),
    )
    [verdict] = check_claims(
        timeline_store,
        claims,
        judge=KeywordJudge({"entailment": ("always opposed",)}),
        embedder=None,
    )
    data = verdict.as_dict(timeline_store)
    later = next(e for e in data["evidence"] if "always opposed" in e["statement"])
    assert later["relation"] == "account" and later["weight"] == 0.0
    assert data["verdict"] == "not_enough_info"


def test_a_short_statement_is_also_read_with_the_one_before(timeline_store: Store) -> None:
    """ "I refuse this." says nothing alone: it is also read after the sentence it points to."""
    judge = KeywordJudge({})
    claims = claims_from_args(
        ["Hendriks refused to halve the research budget."], names=person_names(timeline_store)
    )
    check_claims(timeline_store, claims, judge=judge, embedder=None)
    premises = [p for p, _ in judge.seen]
    assert any(
        p.endswith("Hendriks refuses this budget.") and "halve the research" in p for p in premises
    )
    assert any(p.endswith(", Hendriks refuses this budget.") for p in premises)  # and alone


def test_a_quoted_reply_on_record_supports_the_claim(store: Store) -> None:
    """ "Vale reageerde daarop met 'yup'": the record has Vale's "Yup"."""
    claims = claims_from_args(["Vale reageerde daarop met 'yup'."], names=person_names(store))
    assert claims[0].quote == "yup"
    [verdict] = check_claims(store, claims, judge=KeywordJudge({}), embedder=None)
    data = verdict.as_dict(store)
    top = data["evidence"][0]
    assert top["statement"].lower().startswith("yup") and "on record" in top["note"]
    ids = [e["span"] + [e["message"]] for e in data["evidence"]]
    assert len(ids) == len({tuple(i) for i in ids})  # listed once, not also as retrieved
    assert data["verdict"] == "supported"


def test_we_is_the_writers_organisation_when_the_claim_names_it() -> None:
    from onrecord.check.verdicts.evidence import align_we, organisation_of

    assert organisation_of("sophie@nordwind.example", "Nordwind would never sell data.") == (
        "Nordwind"
    )
    assert organisation_of("ilse@lumenlabs.example", "Lumen Labs promised it.") == "Lumen Labs"
    assert organisation_of("tom@gmail.com", "Nordwind would never sell data.") is None
    assert (
        align_we("We are closing the plant; our staff know.", "Nordwind", "en")
        == "Nordwind is closing the plant; Nordwind's staff know."
    )


@pytest.mark.parametrize(
    ("text", "lang", "aligned"),
    [
        (
            "We propose to withdraw lines 62 and 63.",
            "en",
            "Lijnmaat proposes to withdraw lines 62 and 63.",
        ),
        ("We also expect a loss.", "en", "Lijnmaat also expects a loss."),
        ("We run the depot.", "en", "Lijnmaat runs the depot."),
        ("We won the tender.", "en", "Lijnmaat won the tender."),
        ("We all agree.", "en", "Lijnmaat all agree."),
        ("We denken aan 250.000 euro.", "nl", "Lijnmaat denkt aan 250.000 euro."),
        ("Voor 2021 kunnen we niet meer geven.", "nl", "Voor 2021 kan Lijnmaat niet meer geven."),
        (
            "We investeren in bussen en we leveren er twintig.",
            "nl",
            "Lijnmaat investeert in bussen en Lijnmaat levert er twintig.",
        ),
    ],
)
def test_we_as_the_organisation_takes_a_singular_verb(text: str, lang: str, aligned: str) -> None:
    from onrecord.check.verdicts.evidence import align_we

    assert align_we(text, "Lijnmaat", lang) == aligned


def _judged(statement: str, lang: str, probs: dict[str, float]) -> Evidence:
    hit = Hit(1, 1, None, "", statement, "Pieter Jansen", "pieter@nordwind.example", None, None,
              "body", lang, (0, len(statement)), 1.0)  # fmt: skip
    return Evidence(OWN, hit, [], judgment=Judgment("entailment", dict(probs), "test"))


ENTAILS = {"entailment": 0.9, "neutral": 0.05, "contradiction": 0.05}


@pytest.mark.parametrize(
    ("statement", "lang", "claim", "claim_lang"),
    [
        # development case nordwind: the judge read these as entailment (0.97)
        (
            "We should lay off a third of the support staff in Q3.",
            "en",
            "Jansen stelde in 2019 voor de helft van de klantenservice te ontslaan.",
            "nl",
        ),
        # development case havenstad (0.80)
        (
            "For women in the Oudmeerpolder the drive to Havenstad is 35 minutes longer.",
            "en",
            "Door de sluiting werd de rit naar een verloskamer voor vrouwen uit de Oudmeerpolder "
            "hooguit tien minuten langer.",
            "nl",
        ),
    ],
)
def test_a_share_or_duration_that_differs_overrides_entailment(
    statement: str, lang: str, claim: str, claim_lang: str
) -> None:
    e = _judged(statement, lang, ENTAILS)
    amounts(e, Claim(claim, claim, claim_lang, "Jansen", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "contradiction"
    assert e.judgment.probs["entailment"] < 0.5 and "amounts differ" in e.note


def test_a_sum_that_differs_leaves_entailment() -> None:
    """Development case ravenwijk: a club's negative equity is not its loss, though the judge
    reads the one as entailing the other (0.76); sums the judge reads as the same matter are
    too often of another thing to override it."""
    e = _judged("Het negatief eigen vermogen van de club bedraagt 3,8 miljoen euro.", "nl", ENTAILS)
    claim = "Volgens Price leed de club in het seizoen 2017/18 een verlies van 1,3 miljoen euro."
    amounts(e, Claim(claim, claim, "nl", "Price", None, None, None, "fact"))
    assert e.judgment is not None and e.judgment.label == "entailment" and e.note == ""


def test_a_claim_about_a_public_statement_is_decided_by_it(case_store: Store) -> None:
    """ "In his complaint Vale said S": the complaint is the words the claim is about, not a
    later account of his conduct, so it counts as his own words."""
    claims = claims_from_args(
        ["In his complaint Vale said that he always insisted that Lumen share its science."],
        names=person_names(case_store),
    )
    judge = KeywordJudge({"entailment": ("insisted", "share its science")})
    [verdict] = check_claims(case_store, claims, judge=judge, embedder=None)
    data = verdict.as_dict(case_store)
    accounts = [e for e in data["evidence"] if e["relation"] == "account"]
    assert accounts and any(e["weight"] == 1.0 and e["stance"] == "supports" for e in accounts)
    assert data["verdict"] == "supported"


@pytest.mark.parametrize(
    ("claim", "public"),
    [
        ("In a 2024 interview Van Lier said he had always been against selling the club.", True),
        ("In zijn klacht schreef Vale in 2024 dat hij nooit had ingestemd.", True),
        ("Vale told the court that he never agreed to keep the science closed.", True),
        ("Okafor zei op de radio dat het lab open bleef.", True),
        # the interview is what the mail was about, not where she said it
        ("In January 2024 Dijkstra told Raman she wanted the interview to show her fight.", False),
        ("Vale said in 2016 that the science should stay open.", False),
    ],
)
def test_a_public_statement_is_the_setting_of_the_speech(claim: str, public: bool) -> None:
    from onrecord.check.verdicts.evidence import about_public_statement

    [c] = claims_from_args([claim], names=["Marcus Vale", "Marieke Dijkstra", "Ilse Okafor"])
    assert about_public_statement(c) is public


def test_the_names_of_persons_without_their_counts(store: Store) -> None:
    from onrecord.check.subjects.record_person import person_names

    names = store.person_display_names()
    assert "Marcus Vale" in names
    assert sorted(names) == sorted(person_names(store))

"""The evidence policy: what a retrieved statement is to a claim, what the judge reads of it,
and how much it may count.

A journalist's rules, in order:

1. **What a person wrote or endorsed at the time decides** a claim about that person: their own
   mail (``own``) and the texts they endorsed with a bare "Yup"/"Akkoord" (``endorsed``, dated
   at the reply) count fully.
2. **A later account never decides a claim about the person's own conduct.** What the same
   person asserts in a document (a complaint, an interview, an op-ed), or in mail about their
   own past stance or part ("I have always opposed …", "I was not involved …": ``account``) is listed,
   but for a claim about what they said, agreed, proposed or wanted it weighs nothing, and for
   other claims it weighs little: contemporaneous mail outweighs it. Unless the claim is about
   that very public statement ("In a 2024 interview Vale said he had always ...", "in haar
   klacht stelt Okafor ..."): then their document is the words the claim is about, and it
   alone decides; their mail only says whether what they said is true, which the claim does
   not (:func:`about_public_statement`).
3. **What others wrote is reported**, never decisive for a claim about someone's speech, and
   discounted for a claim of fact (``reported``); documents by others weigh less than mail.
4. **A claim is not its own evidence.** Statements of the document the claim was taken from,
   and near-verbatim restatements of the claim in documents, are the claim's ``source``: shown
   as such, never judged, and they take none of the places of the subject's own record (it is
   searched as deep below them as it would be without them: ``verify.gather``).
5. **The judge reads content, not frames.** The claim's speech frame is taken off
   (:mod:`onrecord.check.verdicts.frames`) and a negated frame ("never said that S") turns evidence for
   S into evidence against the claim; a statement's first person becomes its writer's name.
6. **When matters.** A claim that names when its subject said or did something ("in March
   2018", "in juni 2021") is decided by what they wrote then; their statements from other
   periods count for ``OFF_PERIOD`` of their weight (:mod:`onrecord.check.statements.period`).
7. **A plan is not the act, a hedge is not an assertion.** For a claim that something happened,
   a statement of intent ("I will present it in May", "we should lay off a third") or a hedged
   one ("we might", "als …, misschien") counts for ``PLAN_FACTOR`` / ``HEDGE_FACTOR`` of what
   the judge read into it, either way (:mod:`onrecord.check.statements.modality`).
8. **An agreement is an act.** For a claim that someone agreed to, endorsed or approved
   something, their "Yup" to it decides; what they wrote before or after about the matter does
   not undo the act (:func:`agreement_claim`, used when the evidence points both ways).
9. **A contradiction has a reason to show.** A statement the judge reads as contradicting the
   claim, with no negation or refusal on one side only, no opposite words and no amount, year
   or status that clashes (:mod:`onrecord.check.verdicts.contradiction_reason`), is a paraphrase or
   another matter of the topic: it keeps ``UNREASONED_FACTOR`` of its contradiction
   (:func:`unreasoned`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from onrecord.check.claims.extract import ABOUT_SPEECH, Claim
from onrecord.check.language.verb_agreement import agree_with_name
from onrecord.check.statements.modality import certain, hedged, prospective, retrospective
from onrecord.check.statements.period import (
    Period,
    before_period,
    in_period,
    mentions,
    statement_years,
    years_named,
)
from onrecord.check.statements.status import (
    HEDGED,
    PLANNED,
    UNDECIDED,
    pledge,
    status,
    undecided,
)
from onrecord.check.verdicts.contradiction_reason import reason, same_amounts
from onrecord.check.verdicts.firm_hedge import (
    HEDGE_CONTRADICTION,
    against_firm,
    certain_claim,
    firm_claim,
    of_the_time,
    one_matter,
    own_hedge,
)
from onrecord.check.verdicts.first_person import align_first_person
from onrecord.check.verdicts.frames import Framed
from onrecord.check.verdicts.proposal_denied import denied_proposal
from onrecord.check.verdicts.speech_plan import attitude_claim, plans_speech, said_claim
from onrecord.index.hybrid import Endorsed, Hit
from onrecord.models.base import Judgment

OWN, ENDORSED, ACCOUNT, REPORTED, SOURCE = "own", "endorsed", "account", "reported", "source"
#: An endorsing sentence of this many words says more than its stance ("Je hebt gelijk: we hadden
#: de OR eerder moeten betrekken"): the judge reads its own words too, where the endorsed text
#: leaves the claim neutral.
SAYS_MORE = 6
MAIL, DOCUMENT = "mail", "document"

#: weight of a piece of evidence by (relation, message kind) and claim kind: what it may
#: decide. 0 = listed, never decides.
WEIGHTS: dict[tuple[str, str], dict[str, float]] = {
    (OWN, MAIL): {ABOUT_SPEECH: 1.0, "fact": 1.0},
    (ENDORSED, MAIL): {ABOUT_SPEECH: 1.0, "fact": 1.0},
    (ACCOUNT, DOCUMENT): {ABOUT_SPEECH: 0.0, "fact": 0.5},
    # the subject's mail about their own past ("I have always opposed it"): an account too
    (ACCOUNT, MAIL): {ABOUT_SPEECH: 0.0, "fact": 0.5},
    (REPORTED, MAIL): {ABOUT_SPEECH: 0.0, "fact": 0.8},
    (REPORTED, DOCUMENT): {ABOUT_SPEECH: 0.0, "fact": 0.5},
    # a claim about no person of the record: every statement is "own" evidence of the record
    (OWN, DOCUMENT): {ABOUT_SPEECH: 0.5, "fact": 0.5},
}


@dataclass
class Evidence:
    relation: str  # own | endorsed | account | reported | source
    hit: Hit
    readings: list[tuple[str, str]]  # (premise, hypothesis) pairs the judge reads
    alternatives: int = 0  # readings 1..n are other readings of reading 0 (see combine)
    judgment: Judgment | None = None
    weight: float = 1.0
    message_kind: str = MAIL
    note: str = ""  # why the policy changed the judge's reading (negated frame, amounts)
    decisive: bool = False  # strong enough, at its weight, to decide the verdict given
    agreed_reading: bool = False  # the last reading is ``agreed_object.object_reading``'s

    @property
    def stance(self) -> str:
        if self.relation == SOURCE:
            return "source"
        if self.judgment is None:
            return "neutral"
        return {"entailment": "supports", "contradiction": "contradicts"}.get(
            self.judgment.label, "neutral"
        )

    @property
    def strength(self) -> float:
        if self.judgment is None:
            return 0.0
        p = self.judgment.probs
        return max(p.get("entailment", 0.0), p.get("contradiction", 0.0))


def relation_of(relation: str, text: str, message_kind: str, has_subject: bool) -> str:
    """The subject's own statement is an ``account`` when it is in a document, or when it
    recounts their own past stance or part (rule 2)."""
    if relation != OWN or not has_subject:
        return relation
    if message_kind == DOCUMENT or retrospective(text):
        return ACCOUNT
    return relation


#: A claim about what someone said in a later public statement, named as the setting of the
#: speech ("in a 2024 interview", "in zijn klacht", "told the court", "op de radio"; not "the
#: interview" as what a mail was about, not "a statement" or "a press release": those may be
#: mail)
_PUBLIC_STATEMENT = re.compile(
    r"\b(?:in|during|at|on|before|told|tijdens|op|bij|voor|tegenover|tegen)\s+"
    r"(?:(?:a|an|the|his|her|their|its|een|de|het|zijn|haar|hun)\s+)?(?:[\w-]+\s+)?"
    r"(?:interview|complaint|lawsuit|court|hearing|tribunal|testimony|affidavit|op-ed|podcast|"
    r"radio|television|press conference|klacht|aanklacht|dagvaarding|rechtszaak|rechtbank|"
    r"rechter|rechtszaal|zitting|opiniestuk|persconferentie|uitzending|vraaggesprek)\w*\b",
    re.IGNORECASE,
)


def about_public_statement(claim: Claim) -> bool:
    """Whether a claim about someone's speech is about what they said in a public statement
    ("In a 2024 interview Dijkstra said ...", "In zijn klacht stelt Vale ..."): the statement in
    that document is then the act the claim is about, not a later account of it."""
    return claim.kind == ABOUT_SPEECH and _PUBLIC_STATEMENT.search(claim.text) is not None


def weight(relation: str, message_kind: str, claim: Claim) -> float:
    if about_public_statement(claim):
        # what they said there is on record in their document, or not at all: their mail is
        # about whether it is true, which the claim does not say
        return 1.0 if (relation == ACCOUNT and message_kind == DOCUMENT) else 0.0
    kind = message_kind if message_kind in (MAIL, DOCUMENT) else MAIL
    table = WEIGHTS.get((relation, kind)) or WEIGHTS.get((relation, MAIL)) or {}
    return table.get(claim.kind, table.get("fact", 0.0))


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def when(date: str | None, offset: int | None) -> str:
    """ "On 13 Jan 2016, " in the writer's own time zone, or "" for an undated statement: the
    date is part of the evidence (a claim says "in 2016"; a later denial is not the act)."""
    if not date:
        return ""
    try:
        dt = datetime.fromisoformat(date.replace("Z", "+00:00"))
    except ValueError:
        return ""
    dt += timedelta(minutes=offset or 0)
    return f"On {dt.day} {_MONTHS[dt.month - 1]} {dt.year}, "


def source_name(endorsed: Endorsed) -> str:
    """How a premise names the writer of a text someone endorsed ("Lindqvist agreed with ...")."""
    return _surname(endorsed.author_name) or endorsed.author_email or "a message"


def _surname(name: str) -> str:
    name = name.strip()
    if "," in name:  # "Vale, Marcus"
        return name.split(",", 1)[0].strip()
    return name


_ANAPHOR_START = {
    "it", "this", "that", "these", "those", "so", "such", "yes", "no", "actually", "indeed",
    "dit", "dat", "deze", "die", "het", "zo", "dus", "ja", "nee", "inderdaad",
}  # fmt: skip
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|dit|deze)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|us|our|ik|mij|mijn|wij|we|ons|onze)\b", re.I)
#: a statement this short is read with the one before it as well
CONTEXT_WORDS = 12


def needs_context(text: str) -> bool:
    """A statement that leans on the one before it: short, opening with an anaphor or an
    answer word, or pointing back with "this"/"dit" ("I do not want this to go to the council")."""
    words = _TOKEN.findall(text.lower())
    if not words:
        return False
    return (
        len(words) <= CONTEXT_WORDS
        or words[0] in _ANAPHOR_START
        or bool(_DEMONSTRATIVE.search(text))
    )


def with_context(context: tuple[str, bool] | None, writer: str, lang: str) -> str:
    """The preceding statement as the premise's first sentence: the writer's own in the third
    person; another writer's (the quoted line a reply answers) only when it has no first person
    that would read as the writer's."""
    if context is None:
        return ""
    text, same_author = context
    if same_author:
        return align_first_person(text, writer, lang) + " "
    return "" if _FIRST_PERSON.search(text) else text + " "


def readings(
    hit: Hit,
    relation: str,
    claim: Claim,
    framed: Framed,
    context: tuple[str, bool] | None = None,
    resolved: bool = True,
) -> tuple[list[tuple[str, str]], int]:
    """The (premise, hypothesis) pairs the judge reads for one statement, and how many of them
    after the first are other readings of the first (:func:`combine` keeps the most decided of
    those, then averages with the rest). The premise is the statement with its date, in the
    third person (the claim's subject named as the claim names them); an endorsement is the
    endorser agreeing (or disagreeing) with the endorsed text, and when the endorsing sentence
    says more than its stance, also its own words (the more decided of the two counts).

    The judge reads content against content (the claim without its speech frame, the statement
    without its writer). Other readings of the statement: after the sentence before it (when it
    points back), and with "we" as the writer's organisation when the claim names it ("We will
    never sell customer data" from an address at nordwind.example, for a claim about Nordwind).
    For a statement of the claim's subject on a claim about what they said or wanted, the whole
    claim is also read against the statement with its writer ("Vale wrote: …"): who said it is
    part of such a claim, and two readings make a small judge's verdict steadier than one.
    ``resolved`` says the claim's subject is a person of the record: only then is the subject
    the writer of "own" statements (a claim about "nobody" or "the DSMB" names no writer)."""
    own = resolved and relation in (OWN, ENDORSED, ACCOUNT)
    subject = claim.subject if own and claim.subject else None
    writer = subject or _surname(hit.author_name) or hit.author_email or "Someone"
    date = when(hit.date, hit.date_offset)
    if hit.via_endorsement is not None:  # a "Yup" is read with what it agrees with
        e = hit.via_endorsement
        source = source_name(e)
        text = align_first_person(e.text, source, hit.lang)
        verb = "agreed with" if e.stance == "agree" else "disagreed with"
        p = f"{date}{writer} {verb} {source}: {text}"
        pairs = [(p, framed.content)]
        if len(_TOKEN.findall(hit.text)) >= SAYS_MORE:  # "Ik vind dit een goed voorstel: met
            # 4 miljoen per jaar komen we de crisis door": its own words are read as well
            own_text = align_first_person(hit.text, writer, hit.lang)
            pairs.append((f"{date}{own_text}", framed.content))
        return pairs + ([(p, claim.text)] if framed.frame else []), len(pairs) - 1
    text = align_first_person(hit.text, writer, hit.lang)
    out = [(f"{date}{text}", framed.content)]
    before = with_context(context, writer, hit.lang) if needs_context(hit.text) else ""
    if before:
        out.append((f"{date}{before}{text}", framed.content))
    org = organisation_of(hit.author_email, framed.content)
    if org:
        as_org = align_we(text, org, hit.lang)
        if as_org != text:
            out.append((f"{date}{as_org}", framed.content))
    alternatives = len(out) - 1
    if subject and claim.kind == ABOUT_SPEECH:
        out.append((f"{date}{subject} wrote: {text}", claim.text))
    return out, alternatives


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def organisation_of(email: str, claim_text: str) -> str | None:
    """The name the claim gives the organisation of the writer's address: a capitalised word
    (or two) of the claim that spells the address's domain ("Nordwind" for
    sophie@nordwind.example, "Lumen Labs" for ilse@lumenlabs.example)."""
    if "@" not in (email or ""):
        return None
    label = email.rsplit("@", 1)[1].split(".")[0].lower().replace("-", "")
    if len(label) < 4:
        return None
    for m in _CAPITALISED.finditer(claim_text):
        name = re.sub(r"['’]s$", "", m.group(0))
        squashed = re.sub(r"[\s'’-]", "", name).lower()
        if len(squashed) >= 4 and (squashed == label or label.startswith(squashed)):
            return name
    return None


_WE = {
    "en": {"we": "{o}", "us": "{o}", "our": "{o}'s", "ours": "{o}'s", "ourselves": "{o}"},
    "nl": {"we": "{o}", "wij": "{o}", "ons": "{o}", "onze": "{o}'s", "onszelf": "{o}"},
}


def align_we(text: str, org: str, lang: str | None) -> str:
    """``text`` with the writer's "we" as their organisation ("We will never sell …" ->
    "Nordwind will never sell …"); verbs after it made singular where the form is known."""
    table = _WE["nl" if (lang or "").startswith("nl") else "en"]
    out = text
    for m in reversed(list(re.finditer(r"\w+", text))):  # right to left: places stay put
        low = m.group().lower()
        if low in table:
            name = table[low].format(o=org)
            out = out[: m.start()] + name + out[m.end() :]
            if low in ("we", "wij"):  # "we propose" -> "Lijnmaat proposes"
                out = agree_with_name(out, m.start(), m.start() + len(name), low, lang)
    return out[:1].upper() + out[1:] if out else out


def _strength(j: Judgment) -> float:
    return max(j.probs.get("entailment", 0.0), j.probs.get("contradiction", 0.0))


def combine(
    judgments: list[Judgment], flip: list[bool], alternatives: int = 0, fallback: bool = False
) -> Judgment:
    """One judgment from a statement's readings: the mean of their probabilities, a reading of
    a negated frame's content counted the other way round; of the first reading and its
    ``alternatives`` (the next ones: the statement after the sentence before it, "we" as the
    organisation), the most decided one counts. With ``fallback`` (an endorsement that says more
    than its stance) the first reading counts unless the judge left it neutral: what the writer
    agreed with decides, the writer's own words only where that says nothing on the claim."""
    js = [negate(j) if f else j for j, f in zip(judgments, flip, strict=True)]
    if fallback and 0 < alternatives < len(js):
        best = next((j for j in js[: alternatives + 1] if j.label != "neutral"), js[0])
        js = [best, *js[alternatives + 1 :]]
    elif 0 < alternatives < len(js):
        best = max(js[: alternatives + 1], key=_strength)
        js = [best, *js[alternatives + 1 :]]
    if len(js) == 1:
        return js[0]
    probs = {k: sum(j.probs.get(k, 0.0) for j in js) / len(js) for k in js[0].probs}
    label = max(probs, key=lambda k: probs[k])
    extra = {"readings": [j.probs for j in js]}
    return Judgment(label, probs, js[0].judge, js[0].rationale, js[0].quote, extra)


_TOKEN = re.compile(r"\w+")


def norm_words(text: str) -> str:
    """Lower-case words joined by single spaces: text compared up to case and punctuation."""
    return " ".join(_TOKEN.findall(text.lower()))


def _tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text.lower()) if len(t) > 2}


def restates(claim: Claim, hit: Hit, message_kind: str) -> bool:
    """A statement with the claim's very words, or a document statement that says what the
    claim says near word for word (or, across languages, at a very high embedding similarity):
    the claim's source, not its evidence."""
    words = {norm_words(claim.text), norm_words(claim.original)}
    if norm_words(hit.text) in words:
        return True
    if message_kind != DOCUMENT:
        return False
    st = _tokens(hit.text)
    for text in (claim.text, claim.original):
        ct = _tokens(text)
        if ct and st and len(ct & st) / len(ct | st) >= 0.6:
            return True
    return hit.dense_score is not None and hit.dense_score >= 0.93


def negate(j: Judgment) -> Judgment:
    """The judgment of "not S" from that of S: entailment and contradiction swap."""
    p = dict(j.probs)
    p["entailment"], p["contradiction"] = p.get("contradiction", 0.0), p.get("entailment", 0.0)
    label = {"entailment": "contradiction", "contradiction": "entailment"}.get(j.label, j.label)
    return Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, negated_frame=True))


#: The weight kept by a subject's statement from another period than the claim names.
OFF_PERIOD = 0.4
#: What is kept of the judge's entailment and contradiction when a claim says something
#: happened and the statement is a plan / is hedged (the rest becomes neutral).
PLAN_FACTOR = 0.35
HEDGE_FACTOR = 0.5


def off_period(e: Evidence, period: Period | None) -> None:
    """Rule 6: discount the subject's statements made outside the claim's period."""
    if period is None or e.relation not in (OWN, ENDORSED, ACCOUNT):
        return
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    if in_period(e.hit.date, period) is False and not mentions(said, period, e.hit.date):
        e.weight = round(e.weight * OFF_PERIOD, 4)
        when = f"{period.year}" if period.month is None else f"{period.month:02d}/{period.year}"
        add_note(e, f"written outside the period the claim names ({when})")


def other_time(e: Evidence, period: Period | None, claim: Claim) -> None:
    """Rule 6 for a claim of fact that names when it happened ("Nordwind moved its head
    office in 2022", "De uitstoot daalde in 2020"), whoever's statement it is: a statement
    written before that period, and not naming it, cannot report what happened then (it is a
    plan or an expectation at most: "The move is on hold until further notice", 2020); a
    statement about another year than any the claim names ("In 2019 our emissions rose") is
    about another moment.
    Either counts for ``OFF_PERIOD`` of its weight. A claim about speech is left to
    :func:`off_period`: there the period is when it was said, not what it was about."""
    if period is None or claim.kind == ABOUT_SPEECH or e.note.startswith("written outside"):
        return
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    if mentions(said, period, e.hit.date):
        return
    when = f"{period.year}" if period.month is None else f"{period.month:02d}/{period.year}"
    if before_period(e.hit.date, period):
        e.weight = round(e.weight * OFF_PERIOD, 4)
        add_note(e, f"written before the time the claim names ({when})")
        return
    years = statement_years(said, e.hit.date)
    named = years_named(claim.text) | {period.year}
    if years is not None and not years & named:
        e.weight = round(e.weight * OFF_PERIOD, 4)
        add_note(e, f"about another year than the claim ({when})")


def modality(e: Evidence, claim: Claim, framed: Framed) -> None:
    """Rule 7: for a claim that something happened (not about speech, itself neither a plan
    nor hedged), a plan, an open option or a hedge in the statement weakens what the judge read
    into it; a plan may be one by tense and date ("Ik presenteer het in juni", written in May:
    :func:`onrecord.check.statements.status.status`). For a claim that someone committed to, decided or
    announced something, or said it with certainty, a hedged statement ("we might have to close
    at night this summer") does not support it; a claim of certainty is contradicted by the same
    content said with a hedge. A statement that keeps an option open ("not recommending that
    yet, but it has to be on the table") is neither a firm claim about what was said nor its
    denial: it counts for ``PLAN_FACTOR`` either way."""
    if e.judgment is None:
        return
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    if e.hit.via_endorsement is not None and reaction_claim(claim.text):
        return  # rule 8: agreeing to or rejecting a plan is an act, done in the reply
    if e.hit.via_endorsement is not None and _WROTE.search(claim.text):
        # "In December 2020 Dijkstra wrote that S" against her "Agreed." to S: she endorsed
        # what someone else wrote, and the claim is that she wrote or said it
        _scale(e, PLAN_FACTOR, "endorsed what another wrote; the claim is that they wrote it")
        return
    state, is_firm = status(said, e.hit.date), firm_claim(claim.text)
    # the subject's own words of the claim's time on its matter (:mod:`.firm_hedge`)
    own = (
        e.relation in (OWN, ENDORSED)
        and of_the_time(claim.text, e.hit.date)
        and one_matter(said, framed.content, e.hit.lang, claim.lang, e.hit.dense_score)
    )
    if is_firm and state == UNDECIDED and _settled(framed.content):
        # "decided", "announced" against "nobody has decided yet", "zet het nog niet op de
        # agenda": the open matter is what the claim of a decision gets wrong
        floor = HEDGE_CONTRADICTION if own else 0.0
        _hedged_commitment(e, True, "left open, not decided or announced", floor)
        return
    if is_firm and own and against_firm(said, framed.content):
        _hedged_commitment(e, certain_claim(claim.text), floor=HEDGE_CONTRADICTION)
        return
    if e.relation in (OWN, ENDORSED) and denied_proposal(
        claim.text, framed.content, said, claim.lang, e.hit.lang, e.hit.date
    ):  # "proposed to …" against "I am not suggesting …" (:mod:`.proposal_denied`)
        _hedged_commitment(e, True, "denies proposing it", HEDGE_CONTRADICTION)
        return
    if claim.kind == ABOUT_SPEECH or framed.frame is not None:
        if is_firm and own_hedge(said) and not hedged(framed.content, reported=True):
            _hedged_commitment(e, certain(claim.text))
        elif state == UNDECIDED and _settled(framed.content):
            _scale(
                e, PLAN_FACTOR, "an option kept open, neither what the claim says nor its denial"
            )
        elif (
            framed.frame is None
            and state == PLANNED
            # "I propose …", "we should …", a pledge "as long as I am chair" are the speech act
            # itself; "I will propose …" not
            and (not (prospective(said) or pledge(said)) or plans_speech(said))
            and not said_claim(claim.text)  # "said that …": the mail says it
            and not attitude_claim(claim.text)  # "vond het acceptabel": no act to plan
            and e.hit.via_endorsement is None
            and _settled(framed.content)
            and not prospective(framed.content)
        ):
            # "Verbeek presented the plan to the board in June" against "Ik presenteer het in
            # juni" (written in May): the claim is the act of speech, the mail only plans it
            _scale(e, PLAN_FACTOR, "a plan, not a report that it was said or done", plan=True)
        return  # a claim about what someone said, thought or wanted: their plan is the content
    if prospective(framed.content) or hedged(framed.content):
        return
    if pledge(said) and attitude_claim(claim.text):
        return  # "was against selling the stadium": the pledge shows where they stood
    if state == PLANNED:
        factor, why = PLAN_FACTOR, "a plan or proposal, not a report that it happened"
    elif state == UNDECIDED and _settled(framed.content):
        factor, why = PLAN_FACTOR, "an option kept open, not a report that it happened"
    elif state in (HEDGED, UNDECIDED):
        factor, why = HEDGE_FACTOR, "hedged or conditional"
    else:
        return
    _scale(e, factor, why, plan=state in (PLANNED, UNDECIDED))


#: What is kept of the judge's contradiction when nothing in the statement or the claim shows
#: why they would contradict (the rest becomes neutral).
UNREASONED_FACTOR = 0.25


def unreasoned(e: Evidence, claim: Claim, framed: Framed) -> None:
    """Rule 9: a contradiction needs a reason to show. Where the judge reads a statement as
    contradicting the claim and neither side shows why (no negation or refusal on one side
    only, no opposite words, no amount, year or status that clashes:
    :func:`onrecord.check.verdicts.contradiction_reason.reason`, each side in its own language), it
    read a paraphrase or another matter of one topic ("If we sell, Ravenwijk becomes a feeder
    club for a Belgian second-tier side." against "De Graaf opposed the sale, warning that
    Ravenwijk would end up supplying players to a Belgian second-tier side.": 0.87): it keeps
    ``UNREASONED_FACTOR`` of its contradiction. On the training cases such contradictions of
    gold evidence were wrong more often than right, and most fell on statements that are no
    evidence at all (``training/contradiction_reasons.py``)."""
    j = e.judgment
    if j is None or j.label != "contradiction" or framed.negated:
        return
    if e.hit.via_endorsement is not None and e.hit.via_endorsement.stance != "agree":
        return  # "disagreed with": the reply is the negation
    said = e.hit.via_endorsement.text if e.hit.via_endorsement else e.hit.text
    date = when(e.hit.date, e.hit.date_offset)
    texts = [said] + [p.removeprefix(date) for p, _ in e.readings[1 : e.alternatives + 1]]
    claims = {framed.content, claim.text}
    for text in texts:
        for c in claims:
            if reason(text, c, e.hit.lang, claim.lang, e.hit.date):
                return
    p = dict(j.probs)
    con = p.get("contradiction", 0.0)
    p["contradiction"] = con * UNREASONED_FACTOR
    # the judge's next reading is entailment and the amounts agree: a paraphrase
    ent, neu = p.get("entailment", 0.0), p.get("neutral", 0.0)
    to = (
        "entailment"
        if ent > neu and same_amounts(said, framed.content, e.hit.lang, claim.lang)
        else "neutral"
    )
    p[to] = p.get(to, 0.0) + con - p["contradiction"]
    label = max(p, key=lambda k: p[k])
    why = "read as contradicting with no reason to show" + (
        "; its amounts agree" if to == "entailment" else ""
    )
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, unreasoned=con))
    add_note(e, why)


def _settled(content: str) -> bool:
    """The claim's content says something was or will be so, not that it was an option, was
    left open or was only considered."""
    return not (undecided(content) or hedged(content, reported=True) or _CONSIDERED.search(content))


#: A claim about an option or a consideration ("raised X as an option", "stopped short of",
#: "hield de mogelijkheid open", "hield er rekening mee"): an open option is what it says.
_CONSIDERED = re.compile(
    r"\b(?:as an option|considered|consider(?:ing)?|stopped short|left open|kept open|"
    r"possibility|mogelijkheid|rekening mee|overwoog|overwegen|optie)\b",
    re.I,
)


def _scale(e: Evidence, factor: float, why: str, plan: bool = False) -> None:
    """Keep ``factor`` of the judge's entailment and contradiction; the rest becomes neutral."""
    j = e.judgment
    assert j is not None
    p = dict(j.probs)
    ent, con = p.get("entailment", 0.0) * factor, p.get("contradiction", 0.0) * factor
    p = {"entailment": ent, "neutral": 1.0 - ent - con, "contradiction": con}
    label = max(p, key=lambda k: p[k])
    extra = dict(j.extra, modality=why)
    if plan:  # its amounts are as weak as the rest of it (``amount_evidence.amounts``)
        extra["modality_plan"] = factor
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, extra)
    add_note(e, why)


def _hedged_commitment(
    e: Evidence, certainty: bool, why: str | None = None, floor: float = 0.0
) -> None:
    """A firm claim against a hedge: entailment scaled down; of one matter, the hedge
    contradicts it by at least ``floor``."""
    j = e.judgment
    assert j is not None
    p = dict(j.probs)
    ent, con, given = p.get("entailment", 0.0), p.get("contradiction", 0.0), why is not None
    if certainty:  # "predicted with certainty" vs "we might": the certainty is what is false
        ent, con = ent * HEDGE_FACTOR * PLAN_FACTOR, max(con, ent * HEDGE_FACTOR)
        why = why or "said with a hedge, not with certainty"
    else:
        ent, why = ent * PLAN_FACTOR, why or "hedged or conditional, not a commitment"
    if floor > con:  # a hedge of the claim's own matter (:mod:`onrecord.check.verdicts.firm_hedge`)
        con = floor
        why = why if given else f"{why}: a hedge of the same matter"
    ent = min(ent, 1.0 - con)
    p = {"entailment": ent, "neutral": 1.0 - ent - con, "contradiction": con}
    label = max(p, key=lambda k: p[k])
    e.judgment = Judgment(label, p, j.judge, j.rationale, j.quote, dict(j.extra, modality=why))
    add_note(e, why)


NEGATED_FRAME_NOTE = "the claim's frame is negated: its content was judged, the other way round"


def negated_frame(e: Evidence) -> None:
    """Say first that the judge read the negated claim's content the other way round, and keep
    what the rules noted before: the rules that run after (:mod:`onrecord.check.verdicts.spoken_then`,
    the contradiction's reason) read those notes."""
    e.note = f"{NEGATED_FRAME_NOTE}; {e.note}" if e.note else NEGATED_FRAME_NOTE


def add_note(e: Evidence, why: str) -> None:
    """Add ``why`` to the notes of ``e`` (what a rule changed in what the judge read)."""
    e.note = f"{e.note}; {why}" if e.note else why


#: agreeing, endorsing, approving: the act of a claim that someone agreed (rule 8)
AGREEMENT = re.compile(
    r"\b(?:agreed|agrees|endorsed|endorses|backed|backs|approved|approves|accepted|accepts|"
    r"signed off|stemde(?:n)?\s+(?:\S+\s+){0,6}?in\b|ging(?:en)?\s+(?:\S+\s+){0,6}?akkoord|"
    r"keurde(?:n)?\s+(?:\S+\s+){0,6}?goed|was het (?:\S+\s+){0,3}?eens|"
    r"sloot zich (?:\S+\s+){0,3}?aan|sided with|sides with|welcomed|welcomes|"
    r"ga(?:f|ven)\s+(?:\S+\s+){0,6}?gelijk|verwelkomde(?:n)?|"
    r"schaarde(?:n)?\s+zich\s+(?:\S+\s+){0,4}?achter|stond(?:en)?\s+(?:\S+\s+){0,4}?achter)",
    re.I,
)


def agreement_claim(text: str) -> bool:
    """A claim that someone agreed to, endorsed or approved something (rule 8)."""
    return AGREEMENT.search(text) is not None


_REJECTION = re.compile(
    r"\b(?:rejected|rejects|opposed|opposes|pushed back|disagreed|disagrees|turned down|"
    r"wees|wezen|verzette|verzetten|was (?:\S+\s+){0,3}?tegen|was het (?:\S+\s+){0,3}?oneens)\b",
    re.I,
)


#: A claim that its subject wrote, said or told something in their own words (not that they
#: agreed with it: "liet instemmend weten", "wrote approvingly" are agreements).
_WROTE = re.compile(
    r"^(?!.*\b(?:instemmend|approvingly|in agreement|agreeing)\b).*\b(?:wrote|writes|said|says|"
    r"told|tells|stated|states|claimed|emailed|schreef|schrijft|zei|zegt|vertelde|meldde|mailde|"
    r"beweerde)\b",
    re.I,
)


def reaction_claim(text: str) -> bool:
    """A claim that someone agreed to or rejected something: their "Yup" or "No" to a plan is
    the act, whatever the tense of the plan."""
    return agreement_claim(text) or _REJECTION.search(text) is not None

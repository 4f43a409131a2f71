"""Claims to check against the record: from the command line, a JSONL/CSV file, or extracted
from a document (Markdown, HTML, PDF, plain text).

Extraction from a document (:func:`claims_from_text`), sentence by sentence
(:func:`onrecord.text.sentences.split_sentences`), each step in its own module:

* which sentences are claims: :mod:`onrecord.check.claims.checkworthy` (the others are
  :class:`Skipped` with a reason), and a learned second opinion that vetoes or overrules it
  (:mod:`onrecord.check.claims.worthiness`); a leading dateline ("AMSTERDAM - ") is cut off;
* who claims it: :mod:`onrecord.check.claims.claimant` takes the framing off ("Volgens X ...",
  "..., stelt X", "X claims that ..."); X is the claimant, resolved like a subject ("Volgens
  het bedrijf" -> the company named before); otherwise the document's author is;
* two assertions in one sentence become two claims: :mod:`onrecord.check.claims.clauses` ("X did A
  and B", "..., terwijl ...", "emails that show S", "X klaagde Y aan omdat S": S claimed by X);
* what it is about: :mod:`onrecord.check.subjects.coref` finds the grammatical subject and resolves
  pronouns and descriptions ("hij", "het bedrijf", "de medeoprichter") to the persons and
  organisations named before; a clause-initial pronoun or description is replaced by the name
  in the claim's text;
* a quotation in the claim ("reageerde daarop met 'yup'") is kept in ``quote``, to be matched
  with the mail that says it;
* a sentence that is no claim may hold one in a relative clause ("Halstead, which bought
  Korvane in 2009, did not respond ...": the purchase is claimed); what a party is reported to
  think ("He said the board was wrong") is commentary, what it is reported to plan an
  announcement;
* in a party's words, "I"/"we" is the speaker ("'We never discussed a sale,' Reeve said"), "it"
  the organisation speaking ("The Trust says it was never told"), a thing or event the
  organisation's own affair ("Kestrel says the inspections were postponed": Kestrel); a quote
  that goes on in the next sentence of the paragraph is the same speaker's.

``original`` is the exact sentence (``source_text[span[0]:span[1]]``); ``text`` the claim as
judged: markup, whitespace, framing removed, pronouns resolved, "that promise" given what was
promised (:mod:`onrecord.check.claims.antecedent`). Claims from arguments, JSONL, CSV are never split.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from onrecord.check.claims.antecedent import with_content
from onrecord.check.claims.checkworthy import (
    Skipped,
    blank_comments,
    dateline_length,
    is_announcement,
    is_opinion,
    line_place,
    skip_reason,
    split_short_lines,
)
from onrecord.check.claims.claim_lists import ClaimsError, rows_csv, rows_jsonl
from onrecord.check.claims.claimant import SELF, strip_framing
from onrecord.check.claims.clauses import split_assertions, split_relative
from onrecord.check.claims.conjunct_view import part_reason
from onrecord.check.claims.correction import after_judgement
from onrecord.check.claims.label_case import name_case_labels
from onrecord.check.claims.month_ahead import doc_date
from onrecord.check.claims.name_swap import keeps_wording, replace_phrase
from onrecord.check.claims.np_referent import with_referent
from onrecord.check.claims.object_relative import object_relative
from onrecord.check.claims.participle_apposition import participle_apposition
from onrecord.check.claims.point_back import with_pointed
from onrecord.check.claims.quote_ahead import quote_ahead
from onrecord.check.claims.quote_object import with_object_referent
from onrecord.check.claims.quoted_mail import in_mail_markup as mail_markup
from onrecord.check.claims.quoted_mail import mail_blocks, sender_labels, unquote_mail
from onrecord.check.claims.rebuttal import denial_of
from onrecord.check.claims.reported_conjunct import reported_conjunct
from onrecord.check.claims.skipped_context import after_skipped
from onrecord.check.claims.transcript import lenient_front_matter, speaker_labels
from onrecord.check.claims.unnamed_source import counted_source
from onrecord.check.claims.worthiness import RESCUABLE, kept_by_rules, opinions, worthiness_on
from onrecord.check.language.claim_lexicon import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SENTENCE_ADVERBS,
    SPEECH_EN,
    SPEECH_EN_AMBIGUOUS,
    SPEECH_EN_BASE,
    SPEECH_EN_PASSIVE,
    SPEECH_EN_PRECEDERS,
    SPEECH_NL,
    SPEECH_NL_MULTI,
    is_verb,
)
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import QUOTES, clean_markup, norm_lang, upper_first, words
from onrecord.check.language.claim_text import without_conjunction as unjoined
from onrecord.check.language.org_names import author_org as org_of_author
from onrecord.check.subjects.addressee import (
    letter_addressee,
    second_person,
    second_person_owner,
)
from onrecord.check.subjects.author_voice import speaks_as_i
from onrecord.check.subjects.behind_front import bare_plural_subject, behind_front
from onrecord.check.subjects.coref import Discourse, is_description, subject_phrase
from onrecord.check.subjects.described_head import masked_in_pp, opening_subject, party_opening
from onrecord.check.subjects.described_org import mouthpiece_org, topic_of_kind
from onrecord.check.subjects.interviewee import bind_guests, title_org
from onrecord.check.subjects.own_voice import own_org_subject
from onrecord.check.subjects.passive_agent import passive_agent
from onrecord.check.subjects.pronoun_gender import next_clause
from onrecord.check.subjects.role_subject import owner_of, role_subject, speaker_itself
from onrecord.check.subjects.speakers import (
    FRONT_PRONOUN_SOURCE,
    about_section,
    framer_referent,
    own_org,
    own_pronoun,
    plural_party,
    speaker_org,
    speaks_as_it,
    speaks_for,
)
from onrecord.check.subjects.subject_features import Site, subject_site
from onrecord.check.subjects.subject_np import bare_plural
from onrecord.check.subjects.subject_ranker import choose, ranker_on
from onrecord.check.subjects.unnamed_affairs import unnamed_affairs
from onrecord.ingest.documents import parse_document, read, split_front_matter
from onrecord.text.lang import UND, detect_langs, detect_message_langs
from onrecord.text.sentences import split_sentences

__all__ = [
    "ABOUT_SPEECH",
    "FACT",
    "Claim",
    "Skipped",
    "claims_from_args",
    "claims_from_file",
    "claims_from_text",
]

ABOUT_SPEECH = "about_speech"
FACT = "fact"


@dataclass(slots=True)
class Claim:
    text: str  # the claim as it will be judged
    original: str  # the sentence as written
    lang: str  # ISO 639-1, or "und"
    subject: str | None  # the person (else organisation) the claim is about, as written
    claimant: str | None  # who makes the claim
    source: str | None  # file path or "argument"
    span: tuple[int, int] | None  # span of `original` in the source text
    kind: str  # "about_speech" or "fact"
    quote: str | None = None  # words the claim quotes ("yup"): what a mail would say
    attributed: bool = False  # the claimant is a named party, not the document's author


_BE = {"be", "been", "being", "is", "are", "was", "were"}


def _kind(text: str) -> str:
    toks = words(text)
    for i, w in enumerate(toks):
        if not w[:1].islower():
            continue
        lw = w.lower()
        prev = toks[i - 1] if i else ""
        if lw in SPEECH_EN_AMBIGUOUS:
            if prev[:1].isupper() or prev.lower() in ("he", "she", "it", "they", "also"):
                return ABOUT_SPEECH
            continue
        if lw in SPEECH_EN_PASSIVE and prev.lower() in _BE:
            continue  # "were to be offered a post", "was told to leave": not the subject's speech
        if lw in SPEECH_EN or lw in SPEECH_NL:
            return ABOUT_SPEECH
        if lw in SPEECH_EN_BASE and prev.lower() in SPEECH_EN_PRECEDERS:
            return ABOUT_SPEECH
    return ABOUT_SPEECH if SPEECH_NL_MULTI.search(text) else FACT


# ---------------------------------------------------------------------------- Documents

_QUOTE_RE = re.compile(
    r"(?:^|(?<=[\s:(]))['‘\"“„«]([^'‘’\"“”„«»]{1,160}?)['’\"”»](?=[\s.,;:!?)]|$)"
)


def quote_of(text: str) -> str | None:
    """The first quotation in ``text`` ("met 'yup'" -> "yup"), or None."""
    m = _QUOTE_RE.search(text)
    return m.group(1).strip(" .,") or None if m else None


def _sentences(body: str, hint: str | None) -> list[tuple[int, int]]:
    spans = []
    for a, b in split_short_lines(body, split_sentences(body, hint)):
        while a < b and body[a].isspace():
            a += 1
        if a < b:
            spans.append((a, b))
    return spans


def claims_from_text(
    text: str,
    *,
    author: str | None = None,
    source: str | None = None,
    lang: str | None = None,
    names: Sequence[str] = (),
    skipped: list[Skipped] | None = None,
    rank_subjects: bool | None = None,
    sites: list[Site] | None = None,
    worthiness: bool | None = None,
) -> list[Claim]:
    """The check-worthy claims of a document's text (Markdown front matter allowed: its
    ``author`` and ``lang`` are used when not given). Spans index ``text``. The sentences that
    are not claims are appended to ``skipped`` (when given), each with its reason. With
    ``rank_subjects`` (default: :func:`ranker_on`) the learned ranker may replace the rules'
    subject; ``sites`` (when given) receives each claim's subject candidates. With
    ``worthiness`` (default: :func:`worthiness_on`) the learned second opinion may skip a
    sentence the rules take as a claim."""
    fields, raw_body = split_front_matter(text)
    lenient = lenient_front_matter(text) if not fields and raw_body == text else None
    if lenient:  # 'title: "We hebben ..." - interview met X': not YAML, still front matter
        fields, raw_body = lenient[0], text[lenient[1] :]
    offset = len(text) - len(raw_body)
    author = (author or fields.get("author") or "").strip() or None
    hint = norm_lang(lang) or norm_lang(fields.get("lang"))
    body, comments = blank_comments(raw_body)
    mails = mail_blocks(body)  # "> From: ...": a mail quoted whole is its sender's
    body = unquote_mail(body, mails)
    body = name_case_labels(body)  # "**TAMSIN ROURKE:**": a person, not an acronym
    out_skipped: list[Skipped] = [
        Skipped(raw_body[a:b], (a + offset, b + offset), "markup") for a, b in comments
    ]
    spans, places = [], []
    for a, b in _sentences(body, hint):
        cut = dateline_length(body[a:b])
        spans.append((a + cut, b) if cut and body[a + cut : b].strip() else (a, b))
        places += [p] if (p := line_place(body[a:b], cut)) else []
    originals = [raw_body[a:b] for a, b in spans]
    cleaned = [clean_markup(body[a:b]) for a, b in spans]
    author_org = author is not None and about_section(body, author)
    # "Veldlijn B.V.", "Tidewell Energy press office": an organisation wrote it, no person
    desk = org_of_author(author, NameContext().classify) if author and not author_org else None
    ctx = NameContext(
        cleaned,
        [*names, *([author] if author and not author_org and not desk else [])],
        [author] if author and author_org else [desk] if desk else [],
        places,
    )
    title = str(fields.get("title") or "")
    labels = sender_labels(mails, spans, speaker_labels(body, spans, ctx, author, title))
    cleaned = [c[n:] if n else c for c, (_, n) in zip(cleaned, labels)]
    if hint:
        doc_lang, langs = hint, detect_langs(cleaned, hint=hint)
    else:
        doc_lang, langs = detect_message_langs(cleaned)
    disc = Discourse(ctx, desk or author)  # "Tidewell Energy press office": Tidewell Energy
    addressee = letter_addressee(body, ctx)  # the "u"/"you" of a letter
    disc.not_third = [author] if author and speaks_as_i(cleaned) else []  # "Ik ... Hij ..."
    doc_year, doc_month = doc_date(fields.get("date"))
    for line in [title, *re.findall(r"(?m)^#{1,6}\s+(.+)$", body)]:
        disc.caption(line)
    if any(label for label, _ in labels):  # "Saltreach Hospice chief on ...": the guest's "we"
        guest_org = title_org(title, ctx)
        bind_guests(disc.affil, [lb for lb, _ in labels if lb], guest_org, disc.is_author)
        disc.orgs += [guest_org] if guest_org and guest_org not in disc.orgs else []

    claims: list[Claim] = []
    quoted_by: tuple[str, int] | None = None  # the speaker of the quote before, and its end
    prev_end, last_made, last_index = 0, [], -2  # the last sentence with claims, its index
    rank = ranker_on(rank_subjects)
    # the learned second opinion (check/claims/worthiness): vetoes, and skips it overrules
    second = opinions(originals) if worthiness_on(worthiness) else [(None, False)] * len(originals)
    for index, ((a, b), original, clean, sent_lang, (label, _)) in enumerate(
        zip(spans, originals, cleaned, langs, labels)
    ):
        span = (a + offset, b + offset)
        site_mark = len(sites) if sites is not None else 0  # this sentence's sites start here
        sent_lang = sent_lang if sent_lang != UND else doc_lang
        rule_lang = sent_lang if sent_lang in ("en", "nl") else None
        clean = unjoined(after_judgement(clean))  # "Dat is onjuist: de coöperatie ...", "Maar"
        markup = mail_markup(mails, a, b)
        reason = "markup" if markup else skip_reason(original, clean, body, a, b, author)
        veto, taken = second[index]  # taken: "Under the plan, the branch will shut on 30 June."
        reason = None if taken and reason in RESCUABLE else reason
        disc.sentence, disc.around = clean, (cleaned, index)
        disc.new_paragraph, prev_end = "\n\n" in body[prev_end:a], b
        # a relative clause claims in a sentence that does not: "Halstead, which bought X, did not"
        rel = split_relative(clean, rule_lang, ctx) if reason in ("commentary", "meta") else None
        framed = None
        denial = denial_of(clean, original, span, last_made, author, ctx)  # "Dat klopt niet."
        if denial is not None and last_index == index - 1 and not label:
            claims, last_made, last_index = [*claims, denial], [denial], index
            if sites:  # the denial is about what the claim before was about
                sites.append(sites[-1])
            continue
        if reason and not rel:
            out_skipped.append(Skipped(original, span, reason))
            if reason != "dateline" and not markup:  # "Press release - Cardiff": a place
                said_by, org = after_skipped(disc, clean, reason, rule_lang)
                disc.observe(clean, None, skipped=True)
                if org:
                    disc.org_subjects = [o for o in disc.org_subjects if o != org] + [org]
                quoted_by = (said_by, b) if said_by else quoted_by
            continue
        if rel:
            framer, rest = None, clean
            assertions = [(c, False) for c in rel[1]]
            rel_claims: set[str] = set(rel[1])
        else:
            framer, rest = strip_framing(clean, rule_lang, ctx, reported=True)
            if (
                framer is None
                and quoted_by
                and _whole_quote(clean)
                and "\n\n" not in body[quoted_by[1] : a]
            ):
                # "'Daarna heb ik het op papier gezet.'" after "'...,' zegt Smit.": her words too
                framer, rest = quoted_by[0], _unquote(clean)
            if framer is None and (ahead := quote_ahead(cleaned, index, rule_lang, ctx)):
                framer, rest = ahead  # '"We wisten hier niets van. ...," aldus De Bruijn.'
            if framer is None and label and not disc.is_author(label):
                framer = label  # "**Meijer:** Dat klopt niet.": the transcript's speaker
            if framer is not None and is_opinion(rest):  # "He said the board was wrong."
                out_skipped.append(Skipped(original, span, "commentary"))
                disc.observe(clean, None, skipped=True)
                continue
            both = reported_conjunct(clean, framer, rule_lang, ctx)  # "X confirmed A but said B"
            assertions = split_assertions(both[0] if both else rest, rule_lang, ctx)
            assertions += split_assertions(both[1], rule_lang, ctx) if both else []
            rel = split_relative(rest, rule_lang, ctx) if framer is None else None
            rel_claims = set(rel[1]) if rel else set()
            # "Marion Elstow, whose kitchen wall split ..., said ...": the frame's relative
            framed = (
                object_relative(clean, rule_lang, ctx) or participle_apposition(clean, rule_lang)
                if framer is not None
                else None
            )
            framed = None if framed and object_relative(rest, rule_lang, ctx) else framed
            assertions += (
                [(c, False) for c in framed[1] if (c, False) not in assertions] if framed else []
            )
            rel_claims |= set(framed[1]) if framed else set()
        claimant = framer
        # a mouthpiece ("De advocaat van de club") or an unnamed source counted by number ("two
        # people familiar with the matter") stays the claimant as written
        kept = framer == SELF or speaks_for(framer or "") or counted_source(framer or "", rule_lang)
        if framer and not kept and not ctx.mentions(framer):
            if FRONT_PRONOUN_SOURCE.match(clean):
                # "Volgens hem kreeg Aydin drie waarschuwingen": the one before, never the
                # person the claim names
                claimant = disc.resolve(framer, clean) or framer
            else:
                claimant = framer_referent(disc, framer, rest, rule_lang) or framer
        disc.speaker = claimant if claimant != SELF else None  # ranks above what it reports
        if claimant and claimant != SELF and plural_party(claimant, ctx):
            disc.plural_speaker = claimant  # "Lawyers for the institute argued that ..."
        quoted = claimant and claimant != SELF and clean[:1] in QUOTES and not rel
        quoted_by = (claimant, b) if quoted else None
        spoken = bool(quoted or (label and framer == label))  # a quote or a transcript answer
        made: list[Claim] = []
        first_subject: str | None = None
        thing_here = False  # the sentence is about a thing ("The reports date from 2023.")
        announced = False  # the main clause announces; its relative clause may still claim
        for clause, by_first_subject in assertions:
            if announced and clause not in rel_claims:
                continue
            if made:  # "..., terwijl zij ...": the first clause's subject and the persons it named
                next_clause(disc, first_subject, made[-1].text)
            clause_claimant = None if framed and clause in framed[1] else claimant
            if framer is None and clause != rest:
                # "De topvrouw, die ..., zegt ... te hebben gehoord": the frame of a clause that
                # splitting freed from its relative clause
                inner_framer, inner = strip_framing(clause, rule_lang, ctx, reported=True)
                if inner_framer:
                    clause = inner
                    clause_claimant = inner_framer
                    if not ctx.mentions(inner_framer):
                        referent = framer_referent(disc, inner_framer, inner, rule_lang)
                        clause_claimant = referent or inner_framer
            part = clause  # as written, before a pronoun is resolved in it
            phrase = subject_phrase(clause, ctx, rule_lang)
            # "The engineer who first reported the leak now works ...": defined by its clause
            subject = None if _restrictive(clause, phrase) else disc.resolve(phrase, clause)
            own_account = clause_claimant == SELF
            if own_account:
                clause_claimant = None
            speaker = (
                clause_claimant if clause_claimant and not disc.is_author(clause_claimant) else None
            )
            low = (phrase or "").lower()
            first_word = low.split()[0] if low else ""
            if not made and is_description(phrase) and not disc.is_entity_noun(phrase or ""):
                thing_here = True
            lead = (words(clause)[:1] or [""])[0].lower()
            if subject is None and (low or lead) in ("they", "ze") and disc.prev_thing:
                # "The emails were sent in 2023. They concern ...": the things before, about
                # whom the sentence before was
                subject, thing_here = disc.prev_subject, True
            if speaker and own_pronoun(disc, clean, speaker, low):
                subject = speaker  # "Penhale told the court he had never seen the reports"
            if speaker and (
                low in FIRST_PERSON | FIRST_PLURAL
                or (low in ("it", "zij", "ze") and speaks_as_it(disc, speaker, clean, subject))
                or (first_word in _OUR_WORDS and " " in low)
            ):
                # "'We never discussed a sale,' Reeve said": the speaker; "The Trust says it
                # was never told", "Thuishaven zegt dat zij ...": the organisation that says
                # it; "'We hired 140 workers,' said Mark Delaney": the organisation a person
                # speaks for
                subject = speaker
                if low not in FIRST_PERSON and (low != "it" or disc.is_org(speaker)):
                    subject = speaker_org(disc, speaker) or speaker
            if addressee and not speaker and second_person(phrase, clause):
                subject = addressee  # "U heeft op 12 maart een zienswijze ingediend"
                phrase = phrase if second_person(phrase) else None
            if subject and not keeps_wording(disc, phrase, subject):
                if low in FIRST_PERSON | FIRST_PLURAL and subject != speaker:
                    subject = subject if disc.author else None
                if subject:
                    clause = replace_phrase(clause, phrase, subject, rule_lang, disc)
            if not subject and not phrase and lead in _NONE_WORDS:
                # "'No customer was ever at risk,' said managing director X": the affairs of
                # the organisation the speaker speaks for, or of the press release's author
                subject = speaker_org(disc, speaker) if speaker else own_org(disc)
            if not subject and (party_opening(disc, clause, phrase) or bare_plural(phrase)):
                subject = phrase  # "The transport committee has asked Morrow ...": no name
            if not subject:
                # a passive's agent is the subject of a news report, not of a party's own words
                own_words = bool(speaker) or own_org(disc) is not None
                # "Met de ondernemingsraad van Noordpijl is ... een overgangsregeling
                # afgesproken": not a name in the fronted phrase when the clause has a subject
                own = behind_front(clause, phrase, ctx)
                subject = _fallback_subject(ctx, own, claimant, agent=not own_words)
            if not subject and not phrase:  # "Het theater onder Stapelkamp ...": "Het theater"
                phrase, subject = opening_subject(disc, clause)
            if not subject and is_description(phrase):
                subject = phrase  # "De ondernemingsraad", "The city": no name to resolve to
                owner = None if disc.is_entity_noun(phrase) else owner_of(disc, clause, phrase)
                if owner:
                    subject = owner
                elif not disc.is_entity_noun(phrase):
                    # "Kestrel says the inspections were postponed": its own affairs; "'De
                    # spoedeisende hulp is geen dag dicht geweest,' aldus Bakker": the affairs
                    # of the organisation she speaks for; "The 36 turbines were built by
                    # Vestas" in a press release: the author's
                    if speaker:
                        subject = speaker_org(disc, speaker) or subject
                    else:  # the author's; "The bonuses were delayed": the organisation's
                        subject = own_org(disc) or topic_of_kind(disc, phrase) or subject
            subject = subject or bare_plural_subject(phrase)  # "Sindsdien moeten patiënten"
            subject = own_org_subject(disc, clause, phrase, subject, speaker) or subject  # "we"
            subject = role_subject(disc, clause, phrase, subject) or subject  # "De officier"
            subject = passive_agent(disc, clause, phrase, rule_lang, speaker) or subject  # "door"
            subject = speaker_itself(disc, phrase, speaker) or subject  # "the league ... it"
            subject = mouthpiece_org(disc, phrase, speaker) or subject  # "the company" said
            subject = subject or unnamed_affairs(disc, speaker)  # "Er staan 64 vacatures open"
            if addressee and not speaker and second_person_owner(phrase):
                subject = addressee  # "Uw vergunning schrijft voor ...": the addressee's
            if not made and not announced and clause not in rel_claims:
                first_subject = subject
                author_acts = disc.is_author(subject) or bool(  # "Ik vraag X hierbij ..."
                    {(phrase or "").lower(), lead} & (FIRST_PERSON | FIRST_PLURAL)
                )
                if not taken and is_announcement(clause, author_acts, doc_year, doc_month):
                    if rel_claims:
                        announced = True
                        continue
                    break
            split_part = len(assertions) > 1 and clause not in rel_claims
            if split_part and part_reason(part, not made, doc_year, doc_month):
                continue  # "..., and we will keep doing so": that part is no claim
            if own_account:  # "Zij had de bijlage volgens eigen zeggen niet geopend"
                clause_claimant = subject
            who = first_subject if by_first_subject else clause_claimant
            if rank or sites is not None:
                site = subject_site(
                    disc, cleaned, index, clause, phrase, subject, who or author, speaker, rule_lang
                )
                if sites is not None:
                    sites.append(site)
                subject = choose(site) if rank else subject
            if spoken:  # "..., and I voted against it": the thing named before
                clause = with_object_referent(clause, clean, cleaned[index - 1] if index else None)
            made.append(
                Claim(
                    text=upper_first(
                        with_referent(with_content(clause, cleaned[:index]), cleaned[:index])
                    ),
                    original=original,
                    lang=sent_lang,
                    subject=subject,
                    claimant=who or author,
                    source=source,
                    span=span,
                    kind=_kind(clause),
                    quote=quote_of(clause),
                    attributed=who is not None and who != author,
                )
            )
        if not made:
            out_skipped.append(Skipped(original, span, "announcement"))
        made = with_pointed(
            made, last_made if index - 1 == last_index else []
        )  # "X disputes that."
        # the learned second opinion: a sentence the rules took is skipped where the model
        # finds no claim in it, except where the rules know better (kept_by_rules)
        if made and veto and not kept_by_rules(made, clean, author, veto, doc_month):
            out_skipped.append(Skipped(original, span, veto, by="model"))
            made = []
            if sites is not None:
                del sites[site_mark:]
        last_made, last_index = (made, index) if made else (last_made, last_index)
        claims += made
        # an announcement is no claim but still brings in its subject: "Op de plek wil
        # projectontwikkelaar Dommelhof 48 woningen bouwen. Het bedrijf bood ..."
        disc.observe(clean, first_subject, skipped=not made and first_subject is None)
        disc.prev_thing = thing_here and bool(made)
    if skipped is not None:
        skipped += sorted(out_skipped, key=lambda s: s.span or (0, 0))
    return claims


#: "No customer was ever at risk", "Geen patiënt ...": a negated quantifier as the subject
_NONE_WORDS = frozenset({"no", "geen"})
_PLACE_PREPS = frozenset({"in", "near", "nabij", "te"})
#: "our engineers", "onze opzichters" in a speaker's words: the speaker's, not the author's
_OUR_WORDS = frozenset({"our", "onze", "ons"})


def _whole_quote(clean: str) -> bool:
    """The sentence is one quotation: "'Daarna heb ik het op papier gezet.'"."""
    s = clean.strip()
    return len(s) > 2 and s[0] in QUOTES and s[-1] in QUOTES and s[1:-1].count(s[0]) == 0


def _unquote(clean: str) -> str:
    return clean.strip()[1:-1].strip()


def _restrictive(clause: str, phrase: str | None) -> bool:
    """``phrase`` is a description followed by a restrictive relative clause (no comma)."""
    if not phrase or not is_description(phrase):
        return False
    m = re.search(re.escape(phrase) + r"\s+(?:who|which|that|die|dat)\s", clause)
    # after its verb ("Twee dagen later antwoordde de wethouder dat ..."), "dat" opens what
    # was said, not a relative clause
    return m is not None and not any(is_verb(w) for w in words(clause[: m.start()]))


_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|being|is|are|werd|werden|wordt|worden)\b")


def _fallback_subject(
    ctx: NameContext, clause: str, claimant: str | None, agent: bool = True
) -> str | None:
    """The first person, else name, of the clause (not the claimant, not a product, not a
    place: "in Hengelo"; not a passive's agent unless ``agent``)."""
    masked = re.sub(r"\b[\w-]*\d[\w-]*\b", " ", clause)  # "GPT-4", "Lumen-2"
    for m in ctx.mentions(masked):
        if masked_in_pp(clause, masked, m):
            # "at the Coventry centre", "in the United Kingdom and Germany", "in de wijk
            # Zevenhuizen", "The contract with Moorside Planning": never the clause's subject
            masked = masked[: m.start] + " " * len(m.text) + masked[m.end :]
            continue
        by = masked[: m.start].split()[-1:]
        if not agent and by and by[0].lower() in ("by", "door") and _PASSIVE.search(masked):
            # "The budget had never been approved by NHS England": the agent of a passive is
            # not what the clause is about
            masked = masked[: m.start] + " " * len(m.text) + masked[m.end :]
            continue
        if m.kind == "unknown" and " " not in m.text:
            before = masked[: m.start].split()[-1:]
            after = masked[m.end : m.end + 2]
            if before and before[0].lower() in _PLACE_PREPS and not after.startswith(("'", "’")):
                masked = masked[: m.start] + " " * len(m.text) + masked[m.end :]
    toks = words(masked)
    if toks and toks[0].lower() in SENTENCE_ADVERBS:  # "Daarnaast", "However"
        masked = masked[masked.index(toks[0]) + len(toks[0]) :]
    return ctx.subject(masked, exclude=claimant)


def _single(
    text: str,
    ctx: NameContext,
    lang: str,
    source: str | None,
    *,
    subject: str | None = None,
    claimant: str | None = None,
    kind: str | None = None,
) -> Claim:
    clean = " ".join(text.split())
    rule_lang = lang if lang in ("en", "nl") else None
    framed_by, rest = strip_framing(clean, rule_lang, ctx)
    return Claim(
        text=rest,
        original=text,
        lang=lang,
        subject=subject or ctx.subject(rest, exclude=framed_by),
        claimant=claimant or framed_by,
        source=source,
        span=None,
        kind=kind if kind in (ABOUT_SPEECH, FACT) else _kind(rest),
        quote=quote_of(rest),
    )


def _langs_for(texts: Sequence[str], given: Sequence[str | None]) -> list[str]:
    cleaned = [" ".join(t.split()) for t in texts]
    hint, detected = detect_message_langs(cleaned)
    if hint != UND:
        detected = detect_langs(cleaned, hint=hint)
    return [g or d for g, d in zip(given, detected)]


def claims_from_args(texts: Sequence[str], *, names: Sequence[str] = ()) -> list[Claim]:
    """One claim per (non-blank) argument, whole: framing removed, subject and kind found."""
    texts = [t for t in texts if t and t.strip()]
    ctx = NameContext([" ".join(t.split()) for t in texts], names)
    langs = _langs_for(texts, [None] * len(texts))
    return [_single(t.strip(), ctx, lg, "argument") for t, lg in zip(texts, langs)]


def _claims_from_rows(
    rows: list[dict[str, str | None]], source: str, names: Sequence[str]
) -> list[Claim]:
    texts = [r["claim"] or "" for r in rows]
    ctx = NameContext([" ".join(t.split()) for t in texts], names)
    langs = _langs_for(texts, [norm_lang(r.get("lang")) for r in rows])
    return [
        _single(
            (r["claim"] or "").strip(),
            ctx,
            lg,
            source,
            subject=r.get("subject"),
            claimant=r.get("claimant"),
            kind=r.get("kind"),
        )
        for r, lg in zip(rows, langs)
    ]


def claims_from_file(
    path: Path,
    *,
    names: Sequence[str] = (),
    skipped: list[Skipped] | None = None,
    sites: list[Site] | None = None,
) -> list[Claim]:
    """Claims from ``path``: ``.jsonl`` (one ``{"claim": ..., "subject"?, "lang"?,
    "claimant"?}`` per line), ``.csv``/``.tsv`` (a ``claim`` column, optional ``subject``,
    ``lang``, ``claimant``), or a document (``.md``, ``.html``, ``.pdf``, ``.txt``, anything
    else) from which claims are extracted. Raises :class:`ClaimsError` on bad input."""
    path = Path(path)
    where = str(path)
    if not path.exists():
        raise ClaimsError(f"{where}: no such file")
    if not path.is_file():
        raise ClaimsError(f"{where}: not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClaimsError(f"{where}: cannot read ({exc.strerror or exc})") from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".csv", ".tsv"):
        from onrecord.text.extract import decode_text

        text = decode_text(data)[0].removeprefix("\ufeff")
        rows = rows_jsonl(text, where) if suffix in (".jsonl", ".ndjson") else rows_csv(text, where)
        return _claims_from_rows(rows, where, names)
    item = next(read(path))
    if item.error == "empty document":
        return []
    if item.error:
        raise ClaimsError(f"{where}: {item.error}")
    ctype = item.meta.get("content_type", "")
    if ctype not in ("application/pdf", "text/html") and b"\x00" in data[:4096]:
        raise ClaimsError(f"{where}: a binary file, not a document or a claims list")
    doc = parse_document(item, {})
    text = doc.text
    if ctype in ("text/markdown", "text/plain"):
        from onrecord.text.extract import decode_text

        # the whole decoded file, so that spans index the file's text (front matter included)
        full = decode_text(data)[0].removeprefix("\ufeff")
        if full.endswith(doc.text):
            text = full
    elif ctype == "application/pdf" and not doc.text.strip():
        raise ClaimsError(f"{where}: no text could be extracted from this PDF")
    return claims_from_text(
        text,
        author=doc.author or None,
        source=where,
        lang=doc.lang or None,
        names=names,
        skipped=skipped,
        sites=sites,
    )

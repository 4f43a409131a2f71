"""Claimant framing: who asserts a claim, and the claim without its frame.

"According to X, S", "S, according to X", "X claims / alleges / contends / says that S" (present
tense, or any tense when X is a document such as "the complaint"), "Volgens X <verb> <subject>
..." (reordered: "Volgens de aanklacht wilde Vale ..." -> "Vale wilde ..."), "... volgens X
...", "S, aldus/stelt/claimt/meldt X", "X stelt/beweert dat S" (the subordinate clause
reordered when simple), "X zegt ... te hebben gehoord". A source in the middle of the sentence
frames it too: "X, according to Y, did Z", "X, she says, did Z", "X heeft, zo zegt Y, Z gedaan",
"X, volgens een interne mail, ...", "..., zo laat Y weten, ...", and at the end with "zo" in any
tense and with adjuncts: "S, zo stelde Y dinsdag in de rechtbank". X becomes the claimant. Past-tense speech by a person ("Vale insisted
that ...") is not framing: it is the claim itself. The article's own sources ("according to
documents seen by this newspaper", "Uit interne stukken blijkt dat S", "S, the documents show")
are framing without a claimant: the document itself asserts S (claimant ``None`` and
``ARTICLE``). At the end, the speaker may follow a closing quote and come with adverbs or a
role ("'S,' zegt Dijkstra ook nu", "S, stelt voorzitter Ruud Bosman"). In a document (not in a
claim given on its own, ``reported``) the reporting past frames too: "S, the company said.",
"S, zei Vale dinsdag.", "'S,' Reeve said on Wednesday.", "S, she says.", "X, Halstead's CFO,
said S", "The Trust says it was ..." (right after the speaker, no date or addressee between:
"X said in 2017 that S" and "X told Y that S" stay claims about speech); and "Het bedrijf laat
weten dat S". Speech in court frames in any tense: "X testified / verklaarde that S", a
lawyer's "argued / betoogde that S", "told an employment tribunal that S", "heeft in de
rechtszaal herhaald dat S"; "volgens eigen zeggen" makes the clause's subject its claimant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from onrecord.check.claims.claimant_frames import (
    colon_quote,
    fronted_nl,
    fronted_that,
    mid_quote,
    news_adjunct_en,
    shown_by,
    without_trailing_relative,
)
from onrecord.check.claims.framer import PART_OF, claimant_name, framer_ok, is_doc_framer
from onrecord.check.claims.noun_frames import noun_frame
from onrecord.check.claims.past_frames import past_frame
from onrecord.check.claims.told_writer import told_paper_perfect, told_writer_end
from onrecord.check.claims.trailing_speech import trailing_speech
from onrecord.check.claims.unnamed_source import counted_source, lets_know_end
from onrecord.check.language.article_lexicon import (
    ARGUE_VERBS,
    AUXILIARIES,
    COURT_VERBS,
    COURT_WORD_RE,
    LEGAL_ROLE_RE,
    OWN_ACCOUNT_RE,
    TESTIMONY_VERBS,
)
from onrecord.check.language.claim_lexicon import (
    ADVERBS,
    ARTICLE_SOURCE_RE,
    FRAME_LEGAL_EN,
    FRAME_PAST_EN,
    FRAME_PAST_NL,
    FRAME_PRESENT_EN,
    FRAME_PRESENT_NL,
    PREPOSITIONS,
    SENTENCE_ADVERBS,
    TIME_WORDS,
    is_title,
    is_verb,
)
from onrecord.check.language.claim_names import TOKEN_RE, NameContext, token_spans
from onrecord.check.language.claim_text import (
    DETERMINERS,
    NL_SUBJ_PRONOUNS,
    PRONOUNS,
    QUOTES,
    end_sentence,
    lang_words,
    strip_quotes,
    upper_first,
    words,
)
from onrecord.check.language.nl_order import (
    det_np,
    reorder_nl_main,
    reorder_nl_sub,
    reorder_subordinate,
    subject_np,
)
from onrecord.check.language.press import MASTHEAD
from onrecord.check.language.verb_second import bare_role, v2_at
from onrecord.check.subjects.bare_np import AUXILIARIES_EN, bare_np_before_aux

#: where a statement was made, between its verb and "that": "zegt in een reactie dat S",
#: "said in a statement that S"
_STATEMENT_ADJUNCT = re.compile(
    r"\s+(?:in|op|tegenover|tegen)\s+(?:een|a|an|de|het|the|haar|zijn|hun|its|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:reactie|verklaring|brief|e-?mail|statement|letter|response|persbericht|"
    r"toelichting|aangifte|dagvaarding|rapport|report|complaint|interview|memo|jaarverslag|"
    r"verweer|verweerschrift|filing|toespraak|speech|blog|column|podcast|nota|notitie|"
    r"conclusie|uitspraak|vonnis|ruling|judgment|judgement|submission|bericht|message|tweet)$",
    re.I,
)
#: whom a statement was made to, and when, between its verb and "dat": "zei vorige week tegen
#: de Sluisveense Courant dat S" (a newspaper, a person, the council: the frame is the same)
_AUDIENCE_NL = re.compile(
    r"\s+(?:tegen|tegenover)\s+(?:de|het|een|haar|zijn|hun)\s+(?:[\w-]+\s+){0,3}?[\w-]+$"
)
_TIME_FRONT_NL = re.compile(
    r"\s+(?:vorige|afgelopen)\s+(?:week|maand|maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"zaterdag|zondag)$"
)
#: "wijst erop dat S", "wees er dinsdag op dat S": a report of S like "stelt dat S"
_POINTS_OUT = re.compile(  # and separable verbs: "voert aan", "merkt op", "geeft toe", "houdt vol"
    r"^(.{2,60}?)\s+(?:(?:wijst|wees|wijzen|wezen)\s+er(?:\s+\w+)?\s*op|(?:voert|voeren|merkt|merken|"
    r"geeft|geven|houdt|houden|legt|leggen|werpt|werpen)(?:\s+\w+)?\s+(?:aan|op|toe|vol|uit|tegen))$"
)


def _split_at_that(
    s: str, that: str, verbs_ok: Callable[[str, str], bool], lang: str | None
) -> tuple[str, str] | None:
    """(framer, rest) for "<framer> [adverb] <verb> that <rest>"."""
    for m in re.finditer(rf"\s{that}\s", s):
        head = _STATEMENT_ADJUNCT.sub("", s[: m.start()])  # "zegt in een reactie dat"
        if that == "dat":
            head = _AUDIENCE_NL.sub("", head, count=1)  # "zei vorige week tegen de krant dat"
            head = _TIME_FRONT_NL.sub("", head, count=1)
        head = _POINTS_OUT.sub(r"\1 stelt", head)  # "wijst erop dat": as "stelt dat"
        hw = [(x.group(), x.start()) for x in TOKEN_RE.finditer(head)]
        if len(hw) < 2:
            continue
        while len(hw) >= 3 and (
            hw[-1][0].lower() in ADVERBS | SENTENCE_ADVERBS or _TIME_WORD_NL.match(hw[-1][0])
        ):  # "Van Lier beweert ook dat", "X verklaarde dinsdag dat", "X zegt daarnaast dat"
            hw = hw[:-1]
        verb, vpos = hw[-1]
        framer_end = vpos
        if len(hw) >= 3 and hw[-2][0].lower() in ADVERBS:
            framer_end = hw[-2][1]
        framer = head[:framer_end].strip()
        if verbs_ok(verb, framer) and framer_ok(framer, lang):
            return framer, s[m.end() :].strip()
        if len(words(head)) > 9:
            break
    return None


#: "zijn er", "zijn 41", "zijn de": the verb "zijn" (not the possessive) after a source
_ZIJN_VERB = re.compile(r"(?i)(?:zijn|waren)\s+(?:er|het|de|ze|nu|inmiddels|al|\d)")
# "volgens twee medewerkers", "volgens enkele oud-collega's": a number of unnamed sources
_NL_QUANT = (
    r"(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+|enkele|meerdere|verschillende|"
    r"sommige|diverse|veel|andere)"
)
_SPEECH_PARENTHETICAL_EN = (
    "says|said|claims|claimed|explains|explained|tells|told|writes|wrote|argues|argued|insists|"
    "insisted|adds|added|notes|noted|maintains|maintained|alleges|alleged|recalls|recalled|"
    "contends|contended|admits|admitted|confirms|confirmed|states|stated|believes|believed"
)
_SPEECH_PARENTHETICAL_NL = (
    "aldus|zegt|zei|zeiden|stelt|stelde|stelden|meldt|meldde|schrijft|schreef|beweert|beweerde|"
    "claimt|claimde|betoogt|betoogde|vertelt|vertelde|verklaart|verklaarde|meent|meende"
)
_PARENTHETICAL_EN = re.compile(
    rf"^(?P<head>.+?),\s+(?:according\s+to\s+(?P<acc>[^,]{{2,80}}?)|(?P<who>[^,]{{2,60}}?)\s+"
    rf"(?:(?:now|also|later|then|still)\s+)?(?:{_SPEECH_PARENTHETICAL_EN})(?:\s+[^,]{{1,60}}?)?)"
    rf",\s+(?P<rest>\S.+)$"
)
_PARENTHETICAL_NL = re.compile(
    rf"^(?P<head>.+?),\s*(?:(?:zo\s+)?(?:{_SPEECH_PARENTHETICAL_NL})\s+(?P<who>[^,]{{2,60}}?)|"
    rf"volgens\s+(?P<acc>[^,]{{2,60}}?)|(?:zo\s+)?(?:laat|liet|lieten)\s+(?P<who2>[^,]{{2,60}}?)"
    rf"\s+weten),\s*(?P<rest>\S.+)$"
)
_EN_FRAMER_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
#: a source's owner and year after its noun: "volgens een rapport van Kiwa uit 2021",
#: "volgens de inspectie van de provincie"
_OWNER_NL = (
    r"(?:\s+van\s+(?:(?:de|het)\s+[\w-]+|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)))?"
    r"(?:\s+(?:uit|van)\s+(?:\d{1,2}\s+\w+\s+)?\d{4})?"
)
#: Words after "volgens haar" that are no noun of hers: "volgens haar geen geld", "volgens
#: zijn nooit" ("haar" is the pronoun, the word belongs to the clause)
_NOT_A_NOUN_NL = (
    r"(?:geen|niet|nooit|al|ook|wel|pas|nog|er|daar|toen|dus|echter|sinds|in|op|voor|met|bij|"
    r"te|om|de|het|een|zelf|steeds|altijd|vaak|slechts|maar)"
)
#: "volgens de regels", "volgens plan": the way something went, no source
_MANNER_NL = r"(?:(?:de|het)\s+)?(?:regels|boekje|plan|planning|schema|afspra(?:ak|ken)|protocol)"
#: A day or time between a speech verb and "dat": "verklaarde dinsdag dat", "zei gisteren dat"
_TIME_WORD_NL = re.compile(
    r"(?i)^(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:avond|middag|ochtend)?|gisteren|"
    r"vandaag|eergisteren|vanochtend|vanmiddag|vanavond)$"
)


def _in_relative(before: str) -> bool:
    """``before`` (the sentence up to "volgens X") ends inside a relative clause: "..., die er"
    ("bij de raad, die er volgens De Boer nooit over heeft vergaderd": her claim is the
    relative clause's, not the sentence's)."""
    last = before.rsplit(",", 1)
    return len(last) == 2 and re.match(r"\s*(?:die|dat|wat|waar\w*)\b", last[1]) is not None


_POSSESSIVE_DETS = {"its", "his", "her", "their", "zijn", "haar", "hun"}
# A time or place after a speaker's verb at the end: "..., Reeve said on Wednesday."
_ADJUNCT = r"(?:on|in|at|by|last|this|yesterday|today|earlier|later|afterwards)\b[^,]{0,40}?"
# the audience of a testimony or a briefing, no party to it: "told the court that S", "told
# reporters S" frame S; "told Plaintiff that S" stays a claim about what was said to a party
_AUDIENCE = (
    r"told\s+(?:(?:the|a|an)\s+)?(?:(?:parliamentary|select|public|local)\s+)?(?:court|tribunal|"
    r"jury|hearing|inquiry|committee|panel|reporters|journalists|MPs|MEPs|councillors|"
    r"lawmakers|senators|investors|analysts|shareholders|parliament|us|this\s+(?:programme|"
    r"program|newspaper|paper|magazine|station|podcast)|"
    # a broadcaster or paper by its name: "told BBC Radio Bristol", "told the Cumbria Herald"
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{MASTHEAD}(?:\s+[A-Z][\w'’-]*){{0,2}})"
    # a time between the audience and "that": "told MPs on Tuesday that S"
    rf"(?:\s+{_ADJUNCT}(?=\s+that\b))?"
)
# a statement named between the verb and "that": "admitted in a witness statement that S"
_IN_STATEMENT = (
    r"(?:said|stated|admitted|acknowledged|conceded|claimed|testified)\s+in\s+(?:a|an|the|his|"
    r"her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|filing|affidavit|testimony|"
    r"interview|submission|e-?mail|deposition)|(?:said|stated|admitted|accepted|conceded|"
    r"claimed|insisted|maintained)\s+in\s+(?:evidence|cross-examination|court)"
)
_SAID_EN = re.compile(
    r"^(?P<who>[A-Z][^,]{1,60}?(?:,\s+(?!who\b|which\b)[^,]{2,60}?,)?)\s+"
    r"(?:(?:also|now|later|then|still|again|further)\s+)?"  # "It also said S": "It" said it
    rf"(?:{_IN_STATEMENT}|{_AUDIENCE}|said|says|say|added|adds|claims|claim|argues|argue|"
    r"insists|insist|maintains|maintain|contends|contend|alleges|allege|"
    r"(?:replied|replies|responded|responds|answered|answers)"
    r"(?=\s+that\s))\s+(?:that\s+)?(?P<rest>\S.+)$"
)
# "Meanwhile, X said S": a sentence adverb before the speaker; "Asked about the emails, the chief
# executive, X, said S" the question, "Defending Fairweather, Richard Osei KC said S" whom the
# speaker acts for: no frame
_LEAD_ADVERB_EN = re.compile(
    r"^(?:Meanwhile|However|Separately|Later|Earlier|Also|(?:Asked|Pressed|Questioned|Challenged)"
    r"\s+(?:about|on|over|whether|why|if)\b[^,]{0,60}|(?:Defending|Representing|Prosecuting|"
    r"(?:Acting|Speaking)\s+(?:for|on\s+behalf\s+of))\s+[^,]{2,60}),\s+"
)
# "Het bedrijf laat weten dat S": a present report, like "stelt dat"
_LETS_KNOW_NL = re.compile(
    # "laat in een reactie weten dat S": an adjunct may stand between; or before, the speaker
    # after the verb: "In een reactie laat Lindeboom weten dat S"
    r"^(?:(?i:in|op|via|tegenover|na)\s+[^,]{2,40}?\s+(?:laat|laten|liet|lieten)\s+(?P<who2>[^,]{2,50}?)"
    r"|(?P<who>[^,]{2,60}?)\s+(?:laat|laten)\s+(?:[\w-]+\s+){0,4}?)weten\s+dat\s+(?P<rest>.+)$"
)


def _said_who(who: str, ctx: NameContext) -> str:
    """The speaker of "X, Y, said S": the person's name when one of the two is one ("The
    residents' barrister, Claire Hollis"), else the name before its apposition."""
    parts = [p.strip() for p in who.split(",") if p.strip()]
    for p in parts:
        ms = ctx.mentions(p)
        if ms and ms[-1].kind == "person" and ms[-1].end == len(p):
            return p[ms[-1].start :]  # "retired (PE) teacher Graham Lusk": the name
    return parts[0] if parts else ""


#: a speaker introduced by a description at the end: "S, the school's head teacher, Claire
#: Doughty, said.", "S, its chair, Ann Pike, told the Gazette."
_NAMED_SPEAKER_END = re.compile(
    rf"^(?P<s>.{{12,}}),\s+(?:the|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+[^,]{{2,50}},\s+"
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:de|van|der|le|la|[A-Z][\w'’.-]*)){{1,3}}),\s+"
    rf"(?:said|says|added|told\s+[^,.]{{2,40}}?)(?:\s+{_ADJUNCT})?[.!]?$"
)


_TOLD_END = re.compile(
    rf"^(?P<s>.{{12,}}?),[{QUOTES}]?\s+(?P<who>[^,]{{2,60}}?)\s+(?:{_AUDIENCE}|told\s+the\s+council)"
    rf"(?:\s+{_ADJUNCT})?[.!]?$"
)


def _end_framer(c: str, lang: str | None) -> str:
    """The speaker in a frame at the end of a sentence ("zegt Dijkstra ook nu", "stelt
    voorzitter Ruud Bosman", "the company said"), without the adverbs and times after it; ""
    when ``c`` is no speaker (a clause: "said the mill had lost money")."""
    if PART_OF.match(c.strip()):
        return c.strip()
    counted = counted_source(c, lang)
    if counted:  # "..., two people familiar with the matter said.": kept whole
        return counted
    who = framer_np(c, lang)
    if any(is_verb(w, lang) for w in words(c[len(who) :])):
        return ""
    ws = words(who)
    if len(ws) == 1 and ws[0].lower() in _EN_FRAMER_PRONOUNS | NL_SUBJ_PRONOUNS:
        return who  # "..., she says."
    lead = [w for w in ws if w[:1].islower()][:3]
    titled = bool(lead) and any(is_title(w) for w in lead) and ws[-1][:1].isupper()
    # "said managing director Fiona Ridley": a title of two words before the name
    return who if ws and (framer_ok(who, lang) or is_title(ws[0]) or titled) else ""


def _inverted_ok(who: str) -> bool:
    """A speaker after its verb ("says Vale", "said a spokesman"): a name, a pronoun, or an
    article and one noun."""
    ws = words(who)
    if not ws:
        return False
    if ws[0][:1].isupper() or ws[0].lower() in _EN_FRAMER_PRONOUNS:
        return True
    lead = [w for w in ws if w[:1].islower()]
    if lead and len(lead) <= 3 and any(is_title(w) for w in lead) and ws[-1][:1].isupper():
        return True  # "said chief executive Alistair Moore", "said managing director X"
    return len(ws) == 2 and ws[0].lower() in DETERMINERS


def _has_clause_start(rest: str, ctx: NameContext, lang: str | None) -> bool:
    """``rest`` opens with a subject and its verb soon after: a reported clause ("the mill had
    lost money"), not an object ("said in 2019 that", "said goodbye")."""
    toks = token_spans(rest)
    if not toks or toks[0][0].lower() in PREPOSITIONS | TIME_WORDS:
        return False
    if toks[0][0].lower() in _EN_FRAMER_PRONOUNS and len(toks) > 1:
        return is_verb(toks[1][0], lang) or toks[1][0].lower() in ADVERBS
    possessive = toks[0][0].lower() in _POSSESSIVE_DETS  # "said its Crispa lines are made"
    n = 0 if possessive else subject_np(toks, ctx, rest, lang) or det_np(toks)
    if not n and (toks[0][0].lower() in DETERMINERS or possessive):
        # "the company's founder, Simon Ashdown, received ...": up to eight words to the verb
        k = 1
        while k < min(len(toks), 8) and not is_verb(toks[k][0], lang):
            k += 1
        n = k if k < len(toks) and k < 8 else 0
    if not n:  # "says planning permission was granted": a bare noun, then its auxiliary
        n = bare_np_before_aux([t[0] for t in toks[:4]], lang)
    # "the sprinklers in that bay were switched off": a short PP before the auxiliary
    return bool(n) and (
        any(is_verb(t[0], lang) for t in toks[n : n + 3])
        or any(t[0].lower() in AUXILIARIES_EN for t in toks[n + 2 : n + 5])
    )


def framer_np(c: str, lang: str | None) -> str:
    """The noun phrase at the start of a framer, without the adjuncts after it: "medeoprichter
    Hugo Lambert dinsdag in de rechtbank" -> "medeoprichter Hugo Lambert", "he to the board in
    July" -> "he"."""
    toks = token_spans(c)
    end = 0
    for k, (w, _, e) in enumerate(toks):
        lw = w.lower()
        after_det = k > 0 and toks[k - 1][0].lower() in DETERMINERS  # "de keten": a noun
        verb = is_verb(w, lang) and not after_det
        if k and (lw in PREPOSITIONS or lw in ADVERBS or lw in TIME_WORDS or verb):
            break
        end = e
        article = lw == "het" and len(toks) > 1 and not is_verb(toks[1][0], lang)
        if k == 0 and lw in NL_SUBJ_PRONOUNS | PRONOUNS | _EN_FRAMER_PRONOUNS and not article:
            break
    return c[:end].strip() if end else c.strip()


def _parenthetical(s: str, lang: str | None, ctx: NameContext) -> tuple[str | None, str] | None:
    """A source named in the middle of the sentence: "X, according to Y, did Z", "X, she says,
    did Z", "X heeft, zo zegt Y, Z gedaan", "X, aldus Y, deed Z". The claim is X + Z."""
    en, nl = lang_words(lang)
    for pattern, ok in ((_PARENTHETICAL_EN, en), (_PARENTHETICAL_NL, nl)):
        m = pattern.match(s) if ok else None
        if not m:
            continue
        acc = m.groupdict().get("acc")
        who = acc or framer_np(m["who"] or m.groupdict().get("who2") or "", lang)
        pronoun = who.lower() in _EN_FRAMER_PRONOUNS | NL_SUBJ_PRONOUNS
        if not acc and not pronoun and not framer_ok(who, lang):
            continue
        rest = f"{m['head']} {m['rest']}"
        named = ctx.mentions(m["rest"]) if acc else []
        if named and named[0].start == 0 and not m["rest"][named[0].end :].strip(" .!"):
            who, rest = named[0].text, m["head"]  # "S, according to its harbour master, X."
        return claimant_name(who, ctx), end_sentence(" ".join(rest.split()))
    return None


def strip_framing(
    s: str, lang: str | None, ctx: NameContext, *, reported: bool = False
) -> tuple[str | None, str]:
    """(claimant or None, the claim without its framing). ``reported``: a sentence of a
    document, where the reporting past frames too ("S, the company said.", "X, the CFO, said
    S"); a claim given on its own ("Hendriks said that he opposed it") is about the speech."""
    en, nl = lang_words(lang)
    own = OWN_ACCOUNT_RE.search(s) if reported else None
    if own:  # "Zij had de bijlage volgens eigen zeggen niet geopend": her own claim
        rest = (s[: own.start()] + " " + s[own.end() :].lstrip(" ,")).strip()
        return SELF, end_sentence(" ".join(re.sub(r"\s+([.!,])", r"\1", rest).split()))
    got_mid = _parenthetical(s, lang, ctx)
    if got_mid:
        return got_mid
    got_court = _court_frame(s, lang, ctx) if reported else None
    if got_court:
        return got_court
    told = (
        (told_writer_end(s) if nl else told_paper_perfect(s) if en else None) if reported else None
    )
    if told:  # "S, zo bevestigde zij mij.", "Staff have told this programme that S"
        return claimant_name(told[0], ctx), told[1]
    got_other = _other_frames(s, lang, ctx, reported)
    if got_other:
        return got_other
    if en:
        m = re.match(r"(?i)^according\s+to\s+([^,]{2,80}?),\s*(.+)$", s)
        if m:
            return claimant_name(m.group(1), ctx), upper_first(m.group(2))
        m = re.match(r"(?i)^(.+?),\s*according\s+to\s+([^,]{2,80}?)\s*([.!]?)$", s)
        if m:
            return claimant_name(m.group(2), ctx), end_sentence(strip_quotes(m.group(1)))
        # "S, X says." and, at the end of a sentence, the reporting past: "S, the company
        # said.", "S, he added."
        frame_verbs = (
            "says|claims|argues|contends|alleges|insists|writes|maintains|show|shows|states"
        )
        if reported:
            frame_verbs += "|confirms|said|added|confirmed|stated|explained|noted|recalls|recalled"
            # told to the writer: "'We chose to pause it,' he told me in his office."
            frame_verbs += r"|told\s+(?:me|us)|records|showed"  # "..., the judgment records."
            # "..., an employment tribunal in Brackwater has ruled.": a court's finding
            frame_verbs += r"|ruled|has\s+ruled|has\s+found|concluded|has\s+concluded"
        m = _NAMED_SPEAKER_END.match(s) if reported else None
        if m:  # "S, the school's head teacher, Claire Doughty, said.": the name speaks
            return claimant_name(m["name"], ctx), end_sentence(strip_quotes(m["s"]))
        m = _TOLD_END.match(s) if reported else None
        who = _end_framer(m["who"], lang) if m and " that " not in m[0][m.end("s") :] else ""
        if who:  # "S, he told the Elmsworth Gazette.", "S, Quenby told the council."
            return claimant_name(who, ctx), end_sentence(strip_quotes(m["s"]))
        m = re.match(
            rf"^(.+?),[{QUOTES}]?\s+(?:([^,]{{2,60}}?)\s+(?:{frame_verbs})(?:\s+{_ADJUNCT})?|"
            rf"(?:{frame_verbs})\s+([^,]{{2,60}}?)(?:,\s+[^,]{{2,80}}?)?)[.!]?$",
            s,
        )
        who = _end_framer(m.group(2) or m.group(3), lang) if m else ""
        if m and m.group(3) and who and not _inverted_ok(who):
            who = ""  # "..., said the emails speak for themselves": no speaker after the verb
        if who:
            return claimant_name(who, ctx), end_sentence(strip_quotes(m.group(1)))
        # "Peter Lindqvist, Halstead's chief financial officer, said the mill had lost money":
        # the reporting past right after its speaker (no time, no addressee between) frames
        m = _SAID_EN.match(upper_first(_LEAD_ADVERB_EN.sub("", s))) if reported else None
        who = _said_who(m["who"], ctx) if m else ""
        if m and framer_ok(who, lang) and len(words(m["rest"])) >= 3:
            rest = m["rest"]
            if _has_clause_start(rest, ctx, lang):
                return claimant_name(who, ctx), upper_first(rest)

        def en_ok(verb: str, framer: str) -> bool:
            v = verb.lower()
            if not verb[:1].islower():
                return False
            return (
                v in FRAME_PRESENT_EN
                or v in FRAME_LEGAL_EN
                or (v in FRAME_PAST_EN and is_doc_framer(framer))
            )

        got = _split_at_that(s, "that", en_ok, lang)
        if got:
            return claimant_name(got[0], ctx), upper_first(got[1])
    if nl:
        m = re.match(r"(?i)^uit\s+(.{2,60}?)\s+(?:blijkt|bleek)\s+(?:\w+\s+)?dat\s+(.+)$", s)
        # ... or after an adverb: "Daarnaast blijkt uit stukken die ik opvroeg dat S"
        m = m or re.match(
            r"(?i)^\w+\s+(?:blijkt|bleek)\s+(?:\w+\s+)?uit\s+(.{2,80}?)\s+dat\s+(.+)$", s
        )
        if m and s.split()[0].lower() not in {"uit", *ADVERBS, *SENTENCE_ADVERBS}:
            m = None
        if m and len(words(m.group(1))) <= 8:  # "Uit interne stukken blijkt dat S": the article's
            return None, upper_first(reorder_subordinate(m.group(2), ctx))
        m = re.match(r"(?i)^volgens\s+(.+)$", s)
        if m and not re.match(r"(?i)volgens\s+(?:mij|ons)\b", s):
            rest = m.group(1)
            comma = re.match(r"^([^,]{2,80}),\s+(.+)$", rest)  # not a decimal comma
            app = re.match(r"^([^,]{2,60}),\s+(.+)$", comma.group(2)) if comma else None
            app_toks = words(app.group(2)) if app else []
            if app and app_toks and is_verb(app_toks[0], "nl"):
                # "Volgens de gemeentesecretaris, Ria Mol, kreeg de wethouder ...": the name of
                # the apposition speaks, the verb comes first; "Volgens de klokkenluider, een
                # oud-medewerker, besloot ...": no name in it, the source before it speaks
                who = app.group(1) if ctx.mentions(app.group(1)) else comma.group(1)
                reordered = reorder_nl_main(app.group(2), ctx)
                return claimant_name(who, ctx), upper_first(reordered or app.group(2))
            if (
                comma
                and len(words(comma.group(1))) <= 8
                # "Volgens Hoekema lag de notitie ..., over ..., op zijn bureau": the verb
                # closes the source before the comma does
                and not any(is_verb(w, "nl") for w in words(comma.group(1))[1:])
            ):
                return claimant_name(comma.group(1), ctx), upper_first(comma.group(2))
            toks = [(t.group(), t.start(), t.end()) for t in TOKEN_RE.finditer(rest)]
            for k in range(1, min(len(toks), 8)):
                # "Volgens de wethouder kost het bad ...": a verb the lists lack, by its form
                # "Volgens Oudemans stoot de vloot ...": after a one-word name too
                by_form = (k > 1 or toks[0][0][:1].isupper()) and v2_at(toks, k, ctx, rest)
                verb = is_verb(toks[k][0], "nl") and not bare_role(toks[k][0])  # "gedaagde"
                # "Volgens de bond zijn er 41 ...": "zijn" the verb, not "his"
                verb = verb or _ZIJN_VERB.match(rest[toks[k][1] :]) is not None
                if verb or by_form:
                    framer = rest[: toks[k - 1][2]]
                    reordered = reorder_nl_main(rest[toks[k][1] :], ctx)
                    if reordered:
                        return claimant_name(framer, ctx), upper_first(reordered)
                    who = claimant_name(framer, ctx)  # "wethouder Financiën Bart Mulder"
                    if ctx.mentions(framer) and who and len(words(who)) <= 3:
                        return who, s  # still X's, as written
                    if verb and framer_ok(framer, "nl") and not ARTICLE_SOURCE_RE.search(framer):
                        # "Volgens de officier van justitie ging het om ...": a listed verb
                        # closes the source, even where the clause will not reorder
                        return claimant_name(framer, ctx), s
                    break
        m = re.search(
            r"(?i)(?:,\s*|\s)volgens\s+((?:de|het|een|zijn|haar|hun)\s+(?!"
            rf"(?:{_NOT_A_NOUN_NL}|{_MANNER_NL})\b)[\w-]+{_OWNER_NL}|"
            rf"{_NL_QUANT}\s+[\w-]+|(?-i:(?:[A-Z][\w'’-]*\s?)+)|hem|haar|hen)(?:\s*,)?(?=\s|[.!]$)",
            s,
        )
        if (
            m
            and m.start() > 0
            and not re.match(r"(?i)(?:mij|ons)\b", m.group(1))
            and not _in_relative(s[: m.start()])
        ):
            claimant = claimant_name(m.group(1), ctx)
            rest = (s[: m.start()] + " " + s[m.end() :].lstrip(" ,")).strip()
            rest = re.sub(r"\s+([.!,])", r"\1", rest)
            return claimant, end_sentence(" ".join(rest.split()))
        # "S, stelt X.", "'S,' zegt Dijkstra ook nu.", "S, zei Vale.", "S, stellen de eisers."
        past = r"zei|zeiden|stelden?|meldde|verklaarde|bevestigde|voegde\s+(?:\w+\s+)?toe|"
        past = past if reported else ""
        m = re.match(
            rf"^(.+?),[{QUOTES}]?\s*(?:aldus|zegt|stellen?|stelt|meldt|schrijft|beweert|claimt|"
            rf"meent|betoogt|bevestigt|{past}zo\s+(?:zegt|stelt|meldt|schrijft|claimt))\s+"
            r"([^,]{2,60}?)"
            r"(?:\s+toe)?[.!]?$",
            s,
        )
        who = _end_framer(m.group(2), "nl") if m else ""
        if who:
            return claimant_name(who, ctx), end_sentence(strip_quotes(m.group(1)))
        known = lets_know_end(s) if reported else None
        if known and (framer_ok(known[0], "nl") or counted_source(known[0], "nl")):
            return claimant_name(known[0], ctx), known[1]  # "S, zo liet een woordvoerder weten."
        # ", zo stelde X dinsdag in de rechtbank": with "zo", a past tense and adjuncts frame too
        m = re.match(rf"^(.+?),\s*zo\s+(?:{_SPEECH_PARENTHETICAL_NL})\s+([^,]{{2,80}}?)[.!]?$", s)
        who = framer_np(m.group(2), "nl") if m else ""
        if m and (framer_ok(who, "nl") or is_title(words(who)[0])):
            return claimant_name(who, ctx), end_sentence(strip_quotes(m.group(1)))

        def nl_ok(verb: str, framer: str) -> bool:
            v = verb.lower()
            if not verb[:1].islower():
                return False
            if reported and v in ("zei", "zeiden") and not re.search(r"\bzou(?:den)?\b", s):
                # "Fractievoorzitter X zei maandag dat S": as "X said that S"; not a promise
                # ("zei dat Lumen de code zou delen": what was said)
                return True
            return v in FRAME_PRESENT_NL or (v in FRAME_PAST_NL and is_doc_framer(framer))

        m = _LETS_KNOW_NL.match(s)
        if m and framer_ok(m["who"] or m["who2"], "nl"):
            clause = reorder_nl_sub(m["rest"], ctx)
            if clause == m["rest"]:
                clause = reorder_subordinate(m["rest"], ctx)
            return claimant_name(m["who"] or m["who2"], ctx), upper_first(clause)
        got = _split_at_that(s, "dat", nl_ok, "nl")
        if got:
            clause = reorder_nl_sub(got[1], ctx)
            if clause == got[1]:
                clause = reorder_subordinate(got[1], ctx)
            return claimant_name(got[0], ctx), upper_first(clause)
        # "Kim zegt pas in april van de resultaten te hebben gehoord": X's claim that X has
        # heard of them in April ("te zullen" is an announcement, left to checkworthy)
        m = _NL_SAYS_TO_HAVE.match(s)
        if m and framer_ok(m["who"], "nl"):
            aux = "heeft" if m["aux"] == "hebben" else "is"
            who = m["who"]
            claim = f"{who} {aux} {m['what']} {m['part']}{m['tail'] or ''}{m['end'] or '.'}"
            return claimant_name(who, ctx), upper_first(" ".join(claim.split()))
    past = past_frame(s, lang, ctx) if reported else None  # "X claimed that S", "X zei dat S"
    if past:
        return claimant_name(past[0], ctx), past[1]
    noun = noun_frame(s, lang, ctx) if reported else None
    if noun:  # "X ... met de stelling dat S", "X likes to tell visitors that S"
        return claimant_name(noun[0], ctx), noun[1]
    trail = trailing_speech(s, ctx) if reported and en else None
    if trail:  # "X described it as ..., noting that S", "X, the cabinet member, who said S"
        return claimant_name(trail[0], ctx), trail[1]
    return None, s


def _other_frames(
    s: str, lang: str | None, ctx: NameContext, reported: bool
) -> tuple[str | None, str] | None:
    """The frames of :mod:`onrecord.check.claims.claimant_frames`: a speaker between two quotes or
    before a colon, Dutch inversion after an adjunct, "X said on Monday that S", a relative
    clause after a closing frame."""
    en, nl = lang_words(lang)
    got = mid_quote(s, lang, ctx) or colon_quote(s, lang, ctx)
    if got:
        return claimant_name(got[0], ctx), got[1]
    if nl and (got := shown_by(s)):  # "S, blijkt uit interne stukken.": the article's source
        return None, got[1]
    if nl:
        got = fronted_nl(s, ctx) or fronted_that(s, ctx, "nl")
        if got:
            clause = reorder_nl_sub(got[1], ctx)
            if clause == got[1]:
                clause = reorder_subordinate(got[1], ctx)
            return claimant_name(got[0], ctx), upper_first(clause)
    if en:
        got = fronted_that(s, ctx, "en")
        if got:
            return claimant_name(got[0], ctx), upper_first(end_sentence(got[1]))
    if en and reported:
        got = news_adjunct_en(s, ctx)
        if got and _has_clause_start(got[1], ctx, lang):
            return claimant_name(_said_who(got[0], ctx), ctx), upper_first(got[1])
    short = without_trailing_relative(s) if reported else None
    if short:
        framer, rest = strip_framing(short, lang, ctx, reported=True)
        last = words(framer or "")[-1:]
        if framer and last and short.rstrip(" .!").endswith(last[0]):
            return framer, rest
    return None


#: The claimant of "volgens eigen zeggen", "by his own account": the clause's own subject.
SELF = "\x00self"


def _court_frame(s: str, lang: str | None, ctx: NameContext) -> tuple[str | None, str] | None:
    """Speech in court frames even in the past tense: "Ruth Ingram, the ethics officer,
    testified that S", "Lawyers for the institute argued that S", "De advocaat van de club,
    Wouter Brandsen, betoogde dat S", "X told an employment tribunal on Tuesday that S", "X
    heeft donderdag in de rechtszaal herhaald dat S". Not "X told Plaintiff that S" or "In a
    2016 email, X argued that S" (what X said then, on record)."""
    that = re.search(r"\s(?:that|dat)\s", s)
    if not that:
        return None
    head = s[: that.start()]
    toks = token_spans(head)
    at = next((k for k in range(len(toks) - 1, 0, -1) if toks[k][0] in COURT_VERBS), None)
    if at is None:
        return None
    verb = toks[at][0]
    between = head[toks[at][2] :]
    pre = head[: toks[at][1]].strip()
    app = re.match(r"^([^,]{2,60}),\s+([^,]{2,60}),\s*(.*)$", pre)
    inverted = re.match(r"^\s*([^,]{2,60}),\s+([^,]{2,60}),?\s*$", between)
    if (
        lang == "nl"
        and inverted
        and words(pre)[:1]
        and words(pre)[0].lower() in PREPOSITIONS
        and LEGAL_ROLE_RE.search(inverted.group(1))
    ):
        # "Tijdens de zitting zei de advocaat van Weidegoud, Eva Brinkman, dat S": a fronted
        # adjunct, the verb, then the lawyer and her name
        who = _said_who(between, ctx)
        if framer_ok(who, lang) and COURT_WORD_RE.search(f"{pre} {between}"):
            rest = s[that.end() :].strip()
            clause = reorder_nl_sub(rest, ctx)
            rest = reorder_subordinate(rest, ctx) if clause == rest else clause
            return claimant_name(who, ctx), upper_first(rest)
    if app:
        raw = f"{app.group(1)}, {app.group(2)},"
        who = _said_who(raw, ctx)
        remainder = app.group(3)
    else:
        raw = framer_np(pre, lang)
        if framer_ok(pre, lang):
            raw = pre
        who, remainder = raw, pre[len(raw) :]
    rem = [w for w in words(remainder) if w.lower() not in AUXILIARIES]
    if any(is_verb(w, lang) for w in rem) or len(words(between)) > 8:
        return None
    court = COURT_WORD_RE.search(f"{remainder} {between}")
    timed = all(_TIME_WORD_NL.match(w) for w in words(between))  # "verklaarde dinsdag dat"
    if words(between) and not court and not timed:
        return None  # "told Plaintiff that S": a claim about what was said to a party
    legal = LEGAL_ROLE_RE.search(raw) is not None
    if not (court or verb in TESTIMONY_VERBS or (verb in ARGUE_VERBS and legal)):
        return None
    first = words(who)[:1]
    if not first or not (framer_ok(who, lang) or is_title(first[0])):
        return None
    rest = s[that.end() :].strip()
    if lang == "nl" or that.group().strip() == "dat":
        clause = reorder_nl_sub(rest, ctx)
        rest = reorder_subordinate(rest, ctx) if clause == rest else clause
    return claimant_name(who, ctx), upper_first(rest)


_NL_SAYS_TO_HAVE = re.compile(
    r"^(?P<who>[^,]{2,60}?)\s+(?:zegt|stelt|beweert|claimt|meent|verklaart)\s+(?P<what>.+?)\s+"
    r"te\s+(?P<aux>hebben|zijn)\s+(?P<part>[\w-]+)(?P<tail>\s+[^,.!?]+)?(?P<end>[.!]?)$"
)

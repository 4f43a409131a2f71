"""The stance of a comment written above a forwarded (or quoted) message.

"Andrej is exactly right.", "See below, I agree", "Klopt helemaal, zie hieronder", "Marcus heeft
gelijk" agree with what follows; "This is nonsense:", "Dit klopt niet", "Andrej is wrong" reject
it. A cover note ("FYI", "see below", "ter info", "Forwarding for your records") takes no side.
:func:`sentence_stance` reads one sentence; :func:`comment_stance` a comment's first sentences.

Rules, in order: a question or a conditional ("if", "als") takes no side; a rejection phrase
wins over an agreement phrase ("niet mee eens" holds "mee eens"); an agreement phrase after a
negation ("I don't think Andrej is right") is a rejection. An agreement by a bare "is right"
needs a person or the forwarded text as its subject ("Andrej is right", "she's right", "this
is exactly right"), so "the timing is right" is no endorsement; "you're right that …", "je hebt
gelijk dat …" concede one point of what they answer, not all of it, and take no side.

Intensifiers may stand inside a Dutch phrase ("ik sluit me hier volledig bij aan", "ik ben het
volledig met hem eens"); a sentence that goes on after its agreement ("Je hebt gelijk: we hadden
de OR eerder moeten betrekken", "Dat klopt, en het spijt me", "This is a fair offer and I think
we should take it") is read by its head, before the colon or the new clause, unless the rest
has a "but" or a condition. A verdict on the proposal answered ("Goed voorstel", "Ik vind het
een goed plan", "Not interested", "Dit gaat niet gebeuren") is :mod:`onrecord.mail.appraisal`.

Plain assent answering a proposal or a question counts too, in English and Dutch ("That's
fine", "OK with me", "Looks good to me", "works for me", "Good point", "I have O.K.ed the
letter", "I am fine with this product", "lijkt me goed", "vind ik prima", "ik ga akkoord"),
anchored at the sentence's start and ending there ("this would be a good presentation for …" is a
statement, not an answer); plain refusals too ("not OK", "that won't work", "I have a problem
with this", "niet akkoord", "geen goed idee"). Measured on 157 labelled replies (real Enron
replies and written Dutch ones, ``benchmarks/assent_eval.py``): precision 100% on the held-out
part (31 stances), recall 86%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from onrecord.mail.appraisal import appraisal

__all__ = ["comment_stance", "sentence_stance"]

AGREE, DISAGREE = "agree", "disagree"
#: A longer sentence says more than its stance: it stays its writer's statement, no endorsement.
MAX_WORDS = 12

# intensifiers inside a Dutch agreement phrase: "ik sluit me hier volledig bij aan"
_ADV_NL = (
    r"(?:volledig|helemaal|absoluut|volkomen|geheel|volmondig|graag|van\s+harte|100%|groot|zeker"
    r"|echt|wel|ook|honderd\s+procent)"
)
# where "ik sta erachter" is an answer: the sentence's start, or after "I have read it" ("Het
# besluit is genomen en ik sta erachter" defends the writer's own decision)
_READ_NL = (
    r"^(?:ik\s+heb\s+(?:het|dit|dat|je\s+\w+|uw\s+\w+)\s+(?:\w+\s+){0,2}?gelezen\s*,?\s+en\s+)?"
)
_ADV = r"(?:exactly|absolutely|completely|totally|entirely|quite|so|100%|dead|spot|perfectly|fully)"
# the people or bodies whose message is forwarded: "the auditors are right", "de bond heeft gelijk"
# (a closed list: "the timing is right" is about the timing, not the forwarded text)
_PARTY = (
    r"(?i:(?:the|our|their|your|de|het|onze|hun)\s+(?:\w+\s+)?(?:auditors?|accountants?|union|bond"
    r"|lawyers?|advocaten?|advocaat|board|bestuur|council|raad|ondernemingsraad|works council"
    r"|committee|commissie|experts?|engineers?|inspectors?|inspectie|regulator|toezichthouder"
    r"|bank|client|klant|customers?|klanten|staff|team|members|leden|residents|bewoners"
    r"|consultants?|adviseurs?|analysts?|doctors?|artsen|midwives|verloskundigen|teachers?"
    r"|docenten|parents|ouders|supporters|fans|police|politie|press|pers|minister|ministry"
    r"|ministerie|mayor|burgemeester|municipality|gemeente|reviewers?|auditeurs?))"
)
# a name as written (capitalised), or a pronoun or the forwarded text in any case
_SUBJECT = (
    rf"(?:{_PARTY}|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){{0,2}}|(?i:you|he|she|they|this|that|it|all of"
    r" this|every word|everything (?:below|here|he says|she says)|what (?:he|she|they|\w+) "
    r"(?:says|writes|wrote|said)))"
)
_AGREE_EN = (
    rf"(?:^|[,:;.]\s*|\b(?i:think|says?)\s+){_SUBJECT}(?:\s+(?i:is|are|was|were)|(?i:'s|'re))\s+"
    rf"(?i:{_ADV}\s+)?(?i:right|correct|spot on|on point|on the money)\b(?!\s+(?i:that)\b)"
    r"|(?i:\bi\s+(?:fully\s+|completely\s+|totally\s+|entirely\s+|strongly\s+|wholeheartedly\s+"
    r"|very much\s+|100%\s+)?agree\b)"
    r"|(?i:\b(?:couldn't|could not|can't|cannot) agree more\b)"
    r"|(?i:\bwell said\b|\bhear,? hear\b|\bspot on\b|\bexactly (?:this|right)\b|\bnail(?:s|ed) it\b"
    r"|\bi (?:fully |completely )?(?:support|endorse|second) (?:this|that|every word|him|her)\b"
    r"|\b(?:this|that|it) is (?:exactly |absolutely |completely )?(?:right|correct|true)\b"
    r"|^agreed\b|\bthe same here\b|^\+1\b|^exactly my point\b|^my point exactly\b"
    r"|\b(?:couldn't|could not|can't|cannot)\s+have\s+(?:said|put)\s+it\s+better\b"
    r"|^(?:exactly|precisely|just|this is)?\s*(?:exactly\s+)?what\s+i(?:'ve|\s+have)?\s+(?:been\s+)?"
    r"(?:saying|thinking|said|think|thought|argued|arguing)\b"
    r"|^(?:so|very|all too)\s+true\b|^(?:exactly|precisely|absolutely|bingo|amen|right on"
    r"|true that|this)\s*[.!]*$|\bbang on\b|\bhits? the nail on the head\b"
    r"|\bright on the money\b|\bhe's got it right\b|\bshe's got it right\b)"
    rf"|(?:^|[,:;.]\s*){_SUBJECT}\s+(?i:has|have|had)\s+(?i:a\s+(?:good\s+|fair\s+|valid\s+)?point)\b"
    r"|(?i:^good news\b(?=\s*(?:[,:;.!-]|$)))"
)
_AGREE_NL = (
    r"\bklopt\s+(?:helemaal|precies|volledig|als een bus)\b"
    r"|\b(?:dit|dat|het)\s+klopt\b|^klopt\b"
    rf"|\b(?:heeft|hebben|hebt|heb|had|hadden)\s+(?:{_ADV_NL}\s+)?gelijk\b(?!\s+dat\b)"
    r"|\b(?:dat|denk|vind)\s+(?:\w+\s+){1,3}?(?:helemaal\s+|volkomen\s+)?gelijk\s+(?:heeft|hebben|hebt|had)\b"
    r"|\b(?:heeft|hebben)\s+(?:een\s+)?(?:goed\s+|terecht\s+)?punt\b"
    r"|^goed\s+nieuws\b(?=\s*(?:[,:;.!-]|$))"
    r"|\bmee\s+eens\b|\bhelemaal\s+eens\b|\beens\s+met\s+\w+"
    r"|\bprecies\s+wat\s+ik\s+(?:bedoel|zeg|denk)\b|\bgoed\s+(?:punt|gezegd)\b"
    r"|^precies\s+mijn\s+punt\b|^mijn\s+punt\s+precies\b"
    rf"|\bsluit\s+(?:me|mij)\s+(?:(?:hier|daar|er|{_ADV_NL})\s*)*(?:bij\s+)?aan\b|\bonderschrijf\b"
    r"|\bhelemaal\s+waar\b"
    rf"|\bben\s+(?:het\s+)?(?:(?:hier|daar|er)\s+)?(?:{_ADV_NL}\s+)?(?:mee|met\s+\w+)\s+eens\b"
    rf"|{_READ_NL}(?:ik\s+)?(?:sta|staan)\s+(?:(?:hier|daar|er)\s*)?(?:{_ADV_NL}\s+)?achter\b"
    rf"|{_READ_NL}(?:ik\s+)?(?:steun|steunen)\s+(?:{_ADV_NL}\s+)?(?:dit|dat|het|zijn|haar|hun|je"
    r"|jouw|uw)\b"
    r"|\b(?:had|kon|kan)\s+(?:het\s+)?(?:zelf\s+)?niet\s+beter\s+(?:kunnen\s+)?(?:zeggen|verwoorden)\b"
    r"|\bprecies\s+wat\s+ik\s+(?:al\s+)?(?:\w+\s+)?(?:zeg|zei|bedoel|dacht|zeggen|roep)\b"
    r"|^(?:precies|inderdaad|zo\s+is\s+het|zeker\s+weten|helemaal\s+terecht|terecht)\s*[.!]*$"
    r"|\bspijker\s+op\s+de\s+kop\b|\bzo\s+is\s+het\s+maar\s+net\b|\bhelemaal\s+terecht\b"
)
# a clause start: where "that's wrong" is the writer's verdict, not "everything that's wrong"
_CLAUSE = r"(?:^|[,:;.!]\s*|\b(?i:and|but|i think|en|maar|want)\s+)"
_VERB = r"(?:\s+(?i:is|are|was|were)|(?i:'s|'re))\s+"
# rejections with a subject (case matters for names: compiled without IGNORECASE)
_DISAGREE_NAMED = (
    rf"{_CLAUSE}(?i:this|that|it){_VERB}(?i:(?:complete|total|utter|pure|absolute|simply|just|"
    r"plain|really)\s+)?(?i:nonsense|rubbish|garbage|bs|bullshit|wrong|false|untrue|not true|"
    r"incorrect|misleading|a lie|lies|not what happened|not correct|not right)\b"
    rf"|{_CLAUSE}{_SUBJECT}{_VERB}(?i:(?:completely|totally|simply|just|dead)\s+)?"
    r"(?i:wrong|mistaken|not right|not correct|lying)\b"
)
# a dismissive word on its own or with an intensifier: "Total nonsense.", "What rubbish!",
# "Complete and utter garbage", "Klinkklare onzin", "Wat een flauwekul"
_INTENSE = (
    r"(?:(?:total|totally|complete|completely|utter|utterly|pure|absolute|absolutely|sheer|plain"
    r"|such|what|what a load of|a load of|load of|complete and utter|total and utter|more|"
    r"klinkklare|complete|totale|pure|echte|wat een|allemaal|grote|volslagen|je reinste)\s+)*"
)
_DISMISS = (
    r"(?:nonsense|rubbish|garbage|bs|bullshit|bollocks|drivel|baloney|hogwash|tosh|codswallop"
    r"|twaddle|lies|fiction|fantasy|fake news|not true|untrue|false|wrong|incorrect|ridiculous"
    r"|absurd|laughable|onzin|nonsens|flauwekul|kletskoek|larie|lariekoek|gelul|gezwets|leugens"
    r"|quatsch|onjuist|niet waar|onwaar|fout|belachelijk|absurd|lachwekkend|fictie|sprookjes)"
)
# the dismissive word is the whole verdict ("Wrong, see below"; not "Wrong attachment, sorry")
_DISMISS_END = (
    r"(?:\s+(?:from start to finish|from beginning to end|on (?:every|all) counts?|as usual|again"
    r"|i'm afraid|of course|all round|all of it|start to finish|van begin tot eind|van a tot z"
    r"|zoals altijd|als altijd|weer|alweer|hoor|natuurlijk))?\s*(?:[.!:;,\u2013\u2014-]|$)"
)
# a negated rejection is an agreement: "He's not wrong", "Hij heeft geen ongelijk", "Ze zit er
# niet naast", "Not a bad point"
_NOT_WRONG = (
    r"(?:\b(?:is|are|was|were|'s|'re)\s*(?:not|n't)|\bisn't|\baren't|\bwasn't|^not)"
    r"\s+(?:(?:wrong|mistaken)\b|far\s+off\b)"
    r"|\b(?:heeft|hebben|had|hadden)\s+(?:\w+\s+)?geen\s+ongelijk\b"
    r"|\b(?:zit|zitten|zat|zaten)\s+(?:\w+\s+){0,2}?(?:er\s+)?niet\s+(?:ver\s+)?(?:er)?naast\b"
)
_DISAGREE_ALL = (
    rf"^{_INTENSE}{_DISMISS}{_DISMISS_END}"
    r"|^(?:not|none of (?:this|it)|niets van|geen woord van)\s+(?:is\s+)?(?:\w+\s+)?(?:true|waar)\b"
    r"|\b(?:not\s+(?:a\s+word|one\s+word|any)\s+of\s+(?:this|it|that)\s+is\s+true)\b"
    r"|\b(?:couldn't|could not|can't|cannot)\s+be\s+(?:more\s+wrong|further\s+from\s+the\s+truth)\b"
    r"|\b(?:(?:way|completely|totally|wide)\s+)?off\s+the\s+mark\b|\bwide\s+of\s+the\s+mark\b"
    r"|\bmiss(?:es|ed)?\s+the\s+point\b|\b(?:doesn't|does not|don't|do not)\s+add\s+up\b"
    r"|\b(?:don't|do not|doesn't|does not)\s+(?:buy|believe)\s+(?:a\s+word|this|it|that|any)\b"
    r"|\b(?:zit|zitten|zat|zaten)\s+(?:\w+\s+){0,2}?(?:(?:er\s+)?(?:\w+\s+)?naast|ernaast)\b"
    r"|\bslaa?t\s+(?:helemaal\s+|echt\s+|werkelijk\s+)?(?:nergens\s+op|de\s+plank\s+mis)\b"
    r"|\bkant\s+noch\s+wal\b|\bgeloof\s+(?:er\s+)?(?:niets|niks|geen\s+woord)\s+van\b"
    r"|\b(?:is|zijn)\s+(?:gewoon\s+|echt\s+|glashard\s+)?gelogen\b|\bklopt\s+(?:\w+\s+)?niks\b"
    r"|\bklopt\s+(?:er\s+)?(?:helemaal\s+|echt\s+)?(?:niets|niks)\s+van\b"
    r"|\bi\s+(?:strongly\s+|completely\s+|totally\s+|fully\s+)?disagree\b"
    r"|\b(?:don't|do not|cannot|can't|can not)\s+agree\b(?!\s+more)|\bdon't believe (?:a word|this|it)\b"
    r"|\b(?:dit|dat|het)\s+is\s+(?:echt\s+|complete\s+|totale\s+|klinkklare\s+|pure\s+|gewoon\s+)?"
    r"(?:onzin|nonsens|onjuist|niet waar|niet juist|flauwekul|onwaar|fout|gelul|kletskoek)\b"
    r"|^(?:onzin|nonsens|flauwekul|klopt niet)\b"
    r"|\bklopt\s+(?:helemaal\s+|echt\s+|gewoon\s+)?(?:niet|niets|geen\s+hout)\b"
    r"|\bheeft\s+(?:helemaal\s+|volkomen\s+)?(?:ongelijk|geen\s+gelijk)\b"
    r"|\bniet\s+mee\s+eens\b|\boneens\b|\bniet\s+(?:waar|juist|correct)\b"
)
# Plain assent answering a proposal or a question: "That's fine", "OK with me", "Looks good to
# me", "works for me", "Good point", "I have O.K.ed the letter", "lijkt me goed", "vind ik
# prima", "ik ga akkoord". Anchored at the sentence's start (after a "yes,"/"sorry for the
# delay --" opener), because "the timing looks good for us" inside a longer sentence is a
# statement about the timing, not an answer. Pronoun subjects other than "this/that/it" are left
# out: "We are fine" is news about the writer.
_OPENER = (
    r"^(?:[a-z]+\s*(?:,|:|--?)\s*)?(?:(?:yes|yeah|yep|ok|okay|sure|great|fine|thanks|thank you|sorry for the delay|ja|oké|oke"
    r"|prima)\b[\s,.!:;-]*)?"
)
_FINE = r"(?:fine|good|great|ok|okay|o\.k\.?|acceptable|reasonable|right|alright|all right)"
_SUBJ = (
    r"(?:(?:this|that|it|these|those|all|(?:the|your|this|that|these) [\w-]+(?: [\w-]+)?"
    r"|[a-z][\w-]*)\s+)"
)
# where a plain assent ends: "Looks good.", "fine with me, thanks", "fine - I've booked it"; not
# "a good presentation for …" (a noun phrase, a statement of its own)
_END = r"(?:\s+(?:with|by|for|to)\s+(?:me|us))?(?:\s+(?:as well|too|also))?\s*(?:[.!,;:]|-|$)"
_PLAIN_EN = (
    rf"{_OPENER}(?:"
    rf"(?:{_SUBJ}?(?:looks?|sounds?|seems?|reads?)\s+(?:\w+\s+)?{_FINE}{_END})"
    rf"|(?:(?:this|that|it|these|those)(?:'s|'re|\s+(?:is|are|would be|will be|should be))\s+"
    rf"(?:\w+\s+)?{_FINE}{_END})"
    rf"|(?:(?!(?:we|i|he|she|they|you|everything|everyone|all)\b)[a-z][\w-]*(?: [\w-]+)?\s+"
    rf"(?:is|are)\s+(?:fine|ok|okay|o\.k\.?|acceptable){_END})"
    rf"|(?:(?:i am|i'm|we are|we're|i'd be|we'd be)\s+(?:\w+\s+)?(?:fine|ok|okay|good|comfortable"
    r"|happy|all right|alright)\s+with\s+(?:this|that|it|these|those|the\b|your\b|either|both))"
    rf"|(?:{_FINE}\s+(?:with|by|for)\s+(?:me|us)\b)"
    rf"|(?:(?:good|great|excellent|fair|valid)\s+(?:point|idea|plan|call|suggestion)s?{_END})"
    rf"|(?:(?:(?:this|that|it)\s+)?makes?\s+(?:good\s+|perfect\s+)?sense{_END})"
    r"|(?:(?:i|we)\s+(?:have\s+|hereby\s+)?(?:reviewed\s+and\s+)?(?:approve[ds]?|o\.?\s?k\.?'?e?d"
    r"|okayed|signed off on)\b)"
    rf"|(?:(?:approved|go (?:for it|ahead)|no (?:problem|objections?)|sure thing|by all means"
    rf"|i don't see why not|count me in|i'm in){_END})"
    r"|(?:(?:i\s+(?:have to\s+|must\s+|do\s+)?)?agree[ds]?\b(?!\s+(?:on|to)\b))"
    r")"
    r"|\b(?:works|would work|will work)\s+(?:fine\s+|well\s+)?(?:for|with)\s+(?:me|us)\b"
)
_NL_END = r"(?:\s+(?:uit|voor mij|voor ons|zo|hoor))?\s*(?:[.!,;:]|-|$)"
_PLAIN_NL = (
    rf"{_OPENER}(?:"
    r"(?:(?:dat|dit|het)\s+)?(?:is|lijkt\s+m[ei]j?|vind\s+ik|klinkt|ziet\s+er)\s+(?:\w+\s+){0,2}?"
    rf"(?:goed|prima|oké|oke|ok|akkoord|top|uitstekend|idee){_NL_END}"
    r"|(?:ik\s+)?(?:ben|ga)\s+(?:er(?:mee)?\s+|hiermee\s+|daarmee\s+)?akkoord\b"
    rf"|(?:goed|prima|uitstekend|sterk|terecht)\s+(?:punt|idee|plan|voorstel){_NL_END}"
    r"|(?:akkoord|prima|oké|oke|ok|goed|top|helemaal goed)\b[\s,.!]*(?:ga je gang|doen we|doen|zo|hoor"
    r"|prima|akkoord)?\s*[.!]*$"
    r"|geen\s+(?:bezwaar|bezwaren|probleem)\b"
    r"|wat mij betreft\s+(?:is het\s+)?(?:prima|akkoord|goed|oké|oke|ok)\b"
    r")"
)
_REFUSE = (
    r"\bnot\s+(?:ok|okay|o\.k\.|fine|acceptable|good|agreed)\b|\bunacceptable\b"
    r"|\b(?:won't|will not|doesn't|does not|wouldn't|would not)\s+work\b"
    r"|\bi\s+(?:have|see)\s+(?:a|some|serious|big|huge|real|major)\s+(?:\w+\s+)?problems?\s+with\b"
    r"|\bniet\s+(?:mee\s+)?akkoord\b|\bgeen\s+goed\s+idee\b|\b(?:dat|dit|het)\s+werkt\s+niet\b"
)
# a cover note with a bare assent: "See below, agreed.", "Zie hieronder, eens.", "Eens, zie
# onder"
_COVER = (
    r"(?:see\s+(?:below|the\s+(?:mail|note|message|letter)\s+below)|below|zie\s+(?:hier)?(?:onder|"
    r"beneden)|hieronder)"
)
_BARE = r"(?:agreed|i agree|agree|eens|mee eens|helemaal eens|akkoord|klopt|correct|\+1)"
_COVER_ASSENT = (
    rf"^{_COVER}\s*[,:;.\u2013-]?\s*{_BARE}\s*[.!]*$|^{_BARE}\s*[,:;.\u2013-]\s*{_COVER}\s*[.!]*$"
)
_PLAIN_RE = re.compile(_PLAIN_EN + "|" + _PLAIN_NL + "|" + _COVER_ASSENT, re.IGNORECASE)
_REFUSE_RE = re.compile(_REFUSE, re.IGNORECASE)
_AGREE_RE = re.compile(_AGREE_EN)  # case matters for names; the rest is marked (?i:)
_AGREE_NL_RE = re.compile(_AGREE_NL, re.IGNORECASE)
_DISAGREE_RE = re.compile(_DISAGREE_ALL, re.IGNORECASE)
_NOT_WRONG_RE = re.compile(_NOT_WRONG, re.IGNORECASE)
_DISAGREE_NAMED_RE = re.compile(_DISAGREE_NAMED)
_NEGATION = re.compile(
    r"\b(?:not|never|no|don't|doesn't|isn't|wasn't|didn't|hardly|niet|nooit|geen)\b|n't\b",
    re.IGNORECASE,
)
# a partial assent ("I agree with the timeline but not the budget") takes no side
_BUT = re.compile(r"\b(?:but|except|however|although|though|maar|behalve|echter|hoewel)\b", re.I)
_CONDITIONAL = re.compile(
    r"\b(?:if|unless|whether|as long as|so long as|provided|subject to|als|indien|tenzij|mits"
    r"|op voorwaarde|of\s+\w+\s+gelijk)\b",
    re.I,
)
# a later sentence that takes the assent back or makes it conditional: "OK. But only if …"
RESERVATION = re.compile(
    r"^(?:but|however|except|although|only if|provided|as long as|so long as|unless|on condition"
    r"|maar|behalve|echter|alleen als|mits|tenzij|op voorwaarde)\b",
    re.I,
)


# a heading for what follows the colon: the writer's own news, no endorsement
_NEWS = re.compile(r"^\s*(?:good|great|bad|goed|slecht)\s+(?:news|nieuws)\s*$", re.I)


def _words(s: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in s.split())


# where an agreement goes on with a clause of the writer's own: "Je hebt gelijk: we hadden de OR
# eerder moeten betrekken", "This is a fair offer and I think we should take it", "Ik vind het
# advies van de DSMB verstandig en ik ga het volgen" (the clause stays the writer's statement)
_HEAD_END = re.compile(r"\s*[:;]\s*|,?\s+(?:and|en|want|because|dus)\s+(?=\w)", re.I)


def sentence_stance(sentence: str) -> str | None:
    """``"agree"``, ``"disagree"`` or None for one sentence of a comment: the whole sentence
    when it is short, else its head before a colon or a new clause ("…, en …", "… and …")."""
    s = " ".join(sentence.replace("’", "'").split())
    if not s or s.endswith("?"):
        return None
    found = _stance(s) if _words(s) <= MAX_WORDS else None
    if found is None:
        cut = _HEAD_END.search(s)
        if cut is None or cut.start() == 0:
            return None
        head, rest = s[: cut.start()], s[cut.end() :]
        if _BUT.search(rest) or _CONDITIONAL.search(s[: cut.end() + 30]):
            return None  # "Fine with me, and so long as …": no plain assent
        if _NEWS.match(head) or _words(head) > MAX_WORDS:
            return None  # "Good news: the municipality has agreed to pay half.": the news
        found = _stance(head)
    return found


def _stance(s: str) -> str | None:
    if _NOT_WRONG_RE.search(s) and not _CONDITIONAL.search(s):
        return AGREE
    if _DISAGREE_RE.search(s) or _DISAGREE_NAMED_RE.search(s) or _REFUSE_RE.search(s):
        return DISAGREE
    judged = appraisal(s)
    if judged is not None and judged[0] == DISAGREE:
        return DISAGREE
    m = _AGREE_RE.search(s) or _AGREE_NL_RE.search(s) or _PLAIN_RE.search(s)
    if m is None and judged is not None:
        m = judged[1]
    if m is None:
        return None
    before = s[: m.start()]
    if _CONDITIONAL.search(s[: m.end() + 30]) or _BUT.search(s, m.end()):
        return None
    if _NEGATION.search(before):
        return DISAGREE
    return AGREE


def comment_stance(sentences: Sequence[str], most: int = 3) -> tuple[int, str] | None:
    """(index of the sentence that takes a side, stance) for a comment's sentences, or None:
    its first ``most`` sentences are read, and they must not take both sides."""
    found = [(i, st) for i, s in enumerate(sentences[:most]) if (st := sentence_stance(s))]
    if not found or len({st for _, st in found}) > 1:
        return None
    return found[0]

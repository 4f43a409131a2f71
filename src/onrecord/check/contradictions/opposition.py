"""Whether two statements on one matter say opposite things: the evidence a self-contradiction
needs besides the judge's word.

The builtin judge reads two sentences on one topic as contradicting far too often: a plan and
its execution ("The new pier will open in May." and "The new pier opened this week."), a
restatement ("We will never build on farmland." and "Solar panels belong on roofs, not on
farmland."), two matters of one project. A real self-contradiction almost always shows one of:

- ``polarity``: one side is negated and the other not ("We will not raise the fares" / "We
  raised the fares"; "Ik ben tegen …" / "I have always been in favour of …");
- ``antonym``: a pair of opposite words ("open"/"closing", "passed"/"failed", "support"/
  "oppose", "verhoogd"/"verlaagd"), in English, Dutch or across the two, or two exclusive
  answers to one question (made in two different places: :func:`alternatives`);
- ``amount``: a number that clashes with the other side's number of the same kind and unit
  (:func:`onrecord.check.quantities.compare`), or a change in the opposite direction
  (:func:`onrecord.check.figures.direction.opposed`).

:func:`opposition` names the first that holds, or None. :func:`reported` says a statement
gives someone else's view ("Ruud thinks …", "Ruud Hermans, our harbour master, says …"), and
:func:`hedged_side` that it is a hedge or a conditional: neither is the writer's own position.
Word lists, no model; English and Dutch.
"""

from __future__ import annotations

import re

from onrecord.check.contradictions.departure import departs
from onrecord.check.contradictions.pronoun_stance import pronoun_stance
from onrecord.check.contradictions.shared_denial import denied_alike
from onrecord.check.contradictions.stance_pairs import stance_clash
from onrecord.check.contradictions.third_party import AGENT_GROUPS as _AGENT_GROUPS
from onrecord.check.contradictions.third_party import other_party
from onrecord.check.figures.amount_matter import one_measure
from onrecord.check.figures.amount_roles import estimate_then_outcome, planned, realised_cost
from onrecord.check.figures.count_nouns import same_measure, same_unit
from onrecord.check.figures.direction import direction, opposed
from onrecord.check.figures.focus_words import without_focus
from onrecord.check.figures.margins import margin
from onrecord.check.language.org_kinds import PUBLIC_BODY
from onrecord.check.quantities import compare, quantities
from onrecord.check.quantities.intervals import disjoint, interval
from onrecord.check.quantities.types import COUNT, DURATION, MONEY, PERCENT, Quantity
from onrecord.check.statements.clause_polarity import drop_shared_weak, main_part, speech_polarity
from onrecord.check.statements.modality import _CONDITIONAL_START, _HEDGE, _main_clause, prospective
from onrecord.check.statements.modality import without_superlatives as _plain
from onrecord.check.statements.salience_words import STOP, STOP_ANY

__all__ = [
    "ALTERNATIVE_SIMILARITY", "AMOUNT", "ANTONYM", "POLARITY", "alternatives", "amount_clash",
    "antonyms", "carried_out", "ends", "hedged_side", "negated", "not_yet", "opposition",
    "other_agent", "reported", "same_object", "same_unit", "stance_factor", "undecided",
]  # fmt: skip

POLARITY, ANTONYM, AMOUNT = "polarity", "antonym", "amount"

_WORD = re.compile(r"[\w'’]+")
_NEGATIONS = {
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "without",
    "against", "niet", "nooit", "geen", "niemand", "niets", "niks", "zonder", "tegen",
    "nergens", "allerminst",
}  # fmt: skip
# "no longer", "not only … but", "tegen de tijd dat" (by the time), "without problems",
# "zonder problemen" (a positive report), ", against four in 2020" (a comparison of counts), "nog
# geen 250.000 euro" (less than an amount): no negation of the claim
_NOT_NEGATION = re.compile(
    r"\b(?:not only|niet alleen|no doubt|zonder twijfel|tegen de tijd|tegen\s+(?:mij|me|hem|haar|"
    r"ons|hen|jou|u|iedereen)\b|nothing but|^no,(?=\s)|nog\s+geen\s+(?=[€$£]?\s?\d)|,\s*(?:against|tegen)\s+(?=\d|(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)\b)|"
    r"(?:without|zonder)\s+(?:any\s+|enige\s+|veel\s+)?(?:problems?|issues?|trouble|difficult\w*|"
    r"hitch\w*|hiccups?|incidents?|delays?|problemen|moeite|vertraging|incidenten|gedoe|"
    r"storingen))",
    re.I,
)
# a lack, not a denial: "We cannot find enough doctors", "te weinig personeel"; it opposes a
# side about having enough ("We have enough doctors"), not one that some were hired
_SHORTAGE = re.compile(
    r"\b(?:not|cannot|\w+n't|never|niet|geen|nooit)(?:\s+[\w']+){0,3}?\s+(?:enough|sufficient\w*|genoeg|"
    r"voldoende)\b|\b(?:te\s+weinig|onvoldoende|too\s+few|too\s+little|short\s+of|tekort)\b",
    re.I,
)
_ENOUGH = re.compile(r"\b(?:enough|sufficient\w*|plenty|genoeg|voldoende)\b", re.I)
# Verbs of ending or losing: a denial of one is a positive stance ("Ik heb nooit gewild dat de
# winterdienst zou stoppen" wants the service to go on; "No crew member will lose their job"
# keeps everyone), so it opposes a side that ends the thing, not one that keeps it. Part of a
# hyphenated compound ("lost-time accident", "stop-start") it is no verb.
_ENDING = re.compile(
    r"(?<!-)\b(?:stop|stops|stopped|stopping|stoppen|stopt|gestopt|close|closes|closed|closing|"
    r"shut|shuts|shutting|sluit|sluiten|gesloten|dicht|cancel\w*|scrap|scrapped|scrapping|"
    r"schrap\w*|abandon\w*|quit|quits|halt|halted|terminat\w*|lay\s+off|laid\s+off|laying\s+off|"
    r"fire|fired|dismiss\w*|ontsla\w*|ontslag|ontslagen|lose|loses|losing|lost|verlie\w*|"
    r"verlo\w*|leave|leaves|leaving|afschaf\w*|afgeschaft|opheff\w*|opgeheven|opzeg\w*|"
    r"opgezegd|beëindig\w*|ended|geschrapt|annul\w*|geannuleerd|gecanceld|stopgezet|stopzet\w*|"
    r"vertrek\w*|vertrok\w*|withdraw\w*|ingetrokken|intrek\w*|discontinu\w*|axed|loslaten|"
    r"losgelaten|laten\s+(?:\w+\s+){0,3}?los|let\s+go|give\s+up|gave\s+up|given\s+up|opgeven|"
    r"opgegeven|geven\s+(?:\w+\s+){0,3}?op)\b(?!-)",
    re.I,
)
# a negation and what it governs, up to a colon or semicolon ("PACS-02 was not: your radiology
# department cancelled its window" denies no cancelling)
_DENIAL_SCOPE = re.compile(
    r"\b(?:not|never|no|none|nobody|cannot|\w+n't|against|niet|nooit|geen|niemand|niets|tegen)\b"
    r"[^:;]*",
    re.I,
)
# a contrast after a comma that names the alternative left out ("Our cheese belongs in the
# specialty shop, not at the discounter.", "op daken, niet op akkers"): a positive claim and a
# negated one at once, so it opposes neither a negated nor a positive side by polarity
_CONTRAST = re.compile(
    r",\s*(?:and\s+|en\s+)?(?:not|niet)\s+(?:at|in|on|to|for|from|by|with|the|a|an|op|bij|aan|"
    r"naar|voor|van|met|de|het|een)\b[^,;.]*[.!]?\s*$",
    re.I,
)

# Opposite words as stems (a word matches a stem it starts with); a pair matches when one
# side has a stem of one group and the other a stem of the other group, and neither has both.
_ANTONYMS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("open",), ("clos", "shut", "sluit", "geslot", "dicht")),
    (("start", "begin", "begon"), ("stop", "end", "ended", "beëind", "beeind")),
    (("pass", "gehaald", "geslaagd"), ("fail", "gezakt", "mislukt")),
    (("support", "favour", "favor", "steun", "voorstander"), ("oppos", "against",
                                                                         "tegenstander")),
    (("buy", "bought", "purchas", "koop", "kocht", "gekocht", "aankoop"),
     ("sell", "sold", "verkoop", "verkocht")),
    (("hire", "hired", "aangenomen", "nemen aan"), ("fire", "fired", "laid off", "lay off",
                                                      "ontsla", "ontslag")),
    (("win", "won", "gewonnen"), ("lose", "lost", "verlor", "verloren")),
    (("accept", "approv", "aanvaard", "goedgekeurd", "goedkeur", "akkoord"),
     ("reject", "refus", "declin", "afgewez", "afwijz", "weiger")),
    (("profit", "winst"), ("loss", "verlies")),
    (("keep", "kept", "retain", "behoud", "houden"), ("cancel", "terminat", "scrap", "opzeg",
                                                       "opgezegd", "schrap")),
    (("stay", "remain", "blijf", "blijv", "bleef"), ("leav", "left", "vertrek", "vertrok")),
    (("more", "meer"), ("fewer", "less", "minder")),
    # one measure judged right and wrong ("the council is right to ban …" / "het verbod is onzin")
    (("right to ", "rightly", "terecht ", "a good idea", "een goed idee", "verstandig"),
     ("onzin", "nonsense", "wrong to ", "a mistake", "een vergissing", "onterecht", "unwise")),
    # a schedule kept against one missed
    (("on schedule", "on time", "as planned", "op tijd", "volgens planning", "volgens plan",
      "volgens schema"), ("behind schedule", "delay", "vertraag", "uitgesteld", "postpone")),
    (("alone", "alleen"), ("together", "samen", "partner")),
    # paid from one's own money against borrowed money
    (("volledig betaald", "geheel betaald", "helemaal betaald", "paid entirely", "paid in full",
      "fully paid", "entirely from our own", "own reserves", "eigen reserves", "own money",
      "eigen geld", "eigen middelen", "inleg"), ("borrow", "loan", "lening", "leen", "geleend")),
)  # fmt: skip


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


# "Without the subsidy, the project cannot go ahead", "Zonder de lening kunnen we het park niet
# bouwen": two negations that state a need, not a denial
_NEED = re.compile(
    r"\b(?:without|zonder)\b[^.;:!?]*?\b(?:cannot|can't|could\s+not|couldn't|will\s+not|won't|"
    r"(?:kan|kunnen|kon|konden|zal|zullen)\b(?:\s+\w+){0,5}?\s+niet)\b",
    re.I,
)


def negated(text: str) -> bool:
    """The statement is negated: a negation word ("not", "never", "n't", "niet", "geen",
    "tegen" as "against") outside fixed phrases that negate nothing ("not only", "without
    problems") and outside a need stated by two negations ("Without X we cannot …")."""
    text = _NEED.sub(" ", _NOT_NEGATION.sub(" ", text))
    return any(w in _NEGATIONS or w.endswith("n't") for w in _words(text))


def _without_negation(text: str) -> str:
    """The text without its negation words ("against", "tegen" are both negation and
    opposite word: left out, they count once)."""
    return " ".join(w for w in _words(text) if w not in _NEGATIONS and not w.endswith("n't"))


def _has(text: str, stems: tuple[str, ...]) -> bool:
    low = " " + " ".join(_words(text)) + " "
    return any(f" {s}" in low for s in stems)


# "stay"/"blijven" as a copula ("it has to stay cheap", "de prijzen blijven gelijk") is no
# staying against leaving; before a place or "open" the adjective is what counts
_COPULA = re.compile(
    r"\b(?:stay|stays|stayed|remain|remains|remained|blijf|blijft|blijven|bleef|bleven)\s+"
    r"(?!(?:in|at|on|with|here|there|home|until|bij|op|aan|hier|daar|thuis|tot|lid|member)\b)",
    re.I,
)


# "later open dan gepland", "six months later than planned": a delay
_LATER = re.compile(
    r"\blater\s+(?:[\w']+\s+){0,2}?(?:than|dan)\s+(?:planned|gepland|expected|verwacht)\b", re.I
)


def antonyms(a: str, b: str) -> bool:
    """One side has a word of an opposite pair and the other side its opposite."""
    a, b = (_LATER.sub(" delayed ", _COPULA.sub(" ", without_focus(t))) for t in (a, b))
    for one, other in _ANTONYMS:
        a1, a2, b1, b2 = _has(a, one), _has(a, other), _has(b, one), _has(b, other)
        if (a1 and b2 and not a2 and not b1) or (a2 and b1 and not a1 and not b2):
            return True
    return False


# a percentage by which something changed ("met tien procent verlaagd", "a rise of 1.4%"), not
# a share of something ("a third of the support staff", "bij 7 procent van de patiënten")
_BY = re.compile(r"\b(?:by|met|with)\s*$", re.I)
_SHARE = re.compile(r"^\s*(?:of|van)\b", re.I)


def _change_percent(text: str, q: Quantity, changes: bool) -> bool:
    if q.kind != PERCENT or _SHARE.match(text[q.span[1] :]):
        return False
    return changes or _BY.search(text[: q.span[0]]) is not None


def _firm_amounts(text: str, lang: str | None) -> list[Quantity]:
    changes = direction(text) not in (None, 0)
    return [
        q
        for q in quantities(text, lang)
        if q.kind in (COUNT, DURATION, MONEY, PERCENT)
        and not (q.negated or q.hedged or q.change or q.need_negated)
        and not (q.need and not realised_cost(text, q))
        and not planned(text, q)
        and not margin(text, q)
        and not _change_percent(text, q, changes)
        and q.enough is None
        and q.per is None
    ]


# A count of what was added ("we hired twenty new mechanics", "vier nieuwe artsen
# aangenomen") is no total ("we now have ninety mechanics"): one thing in two roles.
_ADDED_AFTER = re.compile(r"^\s*(?:\w+\s+)?(?:new|nieuwe?|extra|additional|more|meer)\b", re.I)
_ADDED_BEFORE = re.compile(
    r"\b(?:hired|hire|hiring|recruited|recruit|added|add|took\s+on|taken\s+on|welcomed|bought|"
    r"gained|aangenomen|geworven|aannemen|erbij|bijgekomen|gekocht|toegevoegd|verwelkomd)"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)


# "Vorig jaar kwamen er 35 cafés bij": what came in that year
_CAME_IN = re.compile(r"\b(?:kwam|kwamen|komen|komt|zijn|is)\s+er\s+[^,;.]{0,40}?\s+bij\b", re.I)
# what was let go or lost ("zes mensen van het proeflokaal laten gaan", "we laid off 40
# people"): a count of an ending, no total either ("Klaproos now employs eighteen people")
_LET_GO_BEFORE = re.compile(
    r"\b(?:laid\s+off|lay\s+off|let|fired|dismissed|lost|ontslagen|ontslaan|verloren)"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)
_LET_GO_AFTER = re.compile(
    r"^[^,;.]{0,30}?\b(?:laten\s+gaan|lieten\s+gaan|ontslagen|ontslaan|left|"
    r"vertrokken|verloren|kwijt)\b",
    re.I,
)


def added(text: str, q: Quantity) -> str | None:
    """What role the amount counts: ``"added"`` for what was added (hired, bought, new, came
    in), ``"let go"`` for what was let go or lost, None for how many there are."""
    before, after = text[max(0, q.span[0] - 40) : q.span[0]], text[q.span[1] : q.span[1] + 30]
    if q.unit and _ADDED_AFTER.match(text[q.span[0] : q.span[1]].split(" ", 1)[-1] or ""):
        return "added"
    if _ADDED_BEFORE.search(before) or _ADDED_AFTER.match(after):
        return "added"
    around = text[max(0, q.span[0] - 40) : q.span[1] + 60]
    if _CAME_IN.search(around):
        return "added"
    if _LET_GO_BEFORE.search(before) or _LET_GO_AFTER.match(text[q.span[1] : q.span[1] + 40]):
        return "let go"
    return None


def amount_clash(
    a: str,
    b: str,
    lang_a: str | None = None,
    lang_b: str | None = None,
    kinds: tuple[str, ...] = (COUNT, DURATION, MONEY, PERCENT),
) -> str | None:
    """The kind of amount (``count``, ``duration``, ``money``, ``percent``) of which each side
    states one firm value, of one unit (across languages: :func:`same_unit`), and the two do
    not overlap ("120,000 passengers" / "tachtigduizend passagiers"); None when there is none,
    or when a side states several of that unit (which one is meant is unclear). Hedged amounts
    ("about"), changes ("up 20 %"), denials and needs are not firm."""
    qa = [q for q in _firm_amounts(a, lang_a) if q.kind in kinds]
    qb = [q for q in _firm_amounts(b, lang_b) if q.kind in kinds]
    for p in qa:
        match = [h for h in qb if same_measure(p, h)]
        if len(match) != 1 or sum(same_measure(q, match[0]) for q in qa) != 1:
            continue
        if added(a, p) != added(b, match[0]):
            continue
        if disjoint(interval(p, True), interval(match[0], True)):
            return p.kind
    return None


def _object_words(text: str, lang: str | None) -> set[str]:
    """Content words outside the amounts, cut to five letters."""
    for q in sorted(quantities(text, lang), key=lambda q: -q.span[0]):
        text = text[: q.span[0]] + " " + text[q.span[1] :]
    stop = STOP.get(lang or "", STOP_ANY)
    return {
        w[:5]
        for w in _words(text)
        if len(w) >= 3 and not w.isdigit() and w not in stop and w not in STOP_ANY
    }


def same_object(a: str, b: str, lang_a: str | None, lang_b: str | None) -> bool:
    """Two amounts are about one thing: in one language, at least two content words
    besides the amounts in common ("eight million euros from the bank to build the new drying
    tower" and "a loan of two million euros for a new cheese press" share none); across
    languages words cannot be compared, so yes."""
    if not lang_a or lang_a != lang_b:
        return True
    shared = _object_words(a, lang_a) & _object_words(b, lang_b)
    return len(shared) >= 2 or one_measure(a, b, lang_a, lang_b)


# Where a thing comes from: "made in China", "komen uit Duitsland", "in Leeuwarden gemaakt"
_ORIGIN_VERB = re.compile(
    r"\b(?:made|produced|manufactured|built|sourced|imported|grown|brewed|comes?|came|"
    r"welded|assembled|gemaakt|geproduceerd|gebouwd|geïmporteerd|gebrouwen|geteeld|afkomstig|"
    r"gelast|geassembleerd|"
    r"(?:komen|komt|kwam|kwamen)\s+(?:\w+\s+){0,3}?uit)\b",
    re.I,
)
_PLACE = re.compile(
    r"\b(?:in|uit|from|van|by|door)\s+(?:the\s+)?((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)"
)
# one country in English and Dutch
_COUNTRIES = {
    "duitsland": "germany", "belgië": "belgium", "belgie": "belgium", "nederland": "netherlands",
    "the netherlands": "netherlands", "frankrijk": "france", "polen": "poland", "spanje": "spain",
    "italië": "italy", "italie": "italy", "engeland": "england", "denemarken": "denmark",
    "zweden": "sweden", "noorwegen": "norway", "turkije": "turkey", "oostenrijk": "austria",
    "zwitserland": "switzerland", "verenigde staten": "united states", "amerika": "united states",
    "america": "united states", "chinese": "china", "japanese": "japan", "german": "germany",
}  # fmt: skip


def _origins(text: str) -> set[str]:
    if _ORIGIN_VERB.search(text) is None:
        return set()
    out = set()
    for m in _PLACE.finditer(text):
        place = m.group(1).lower()
        out.add(_COUNTRIES.get(place, place))
    return out


def alternatives(a: str, b: str) -> bool:
    """Both sides say where something comes from or is made, and name different places ("Al
    onze zonnepanelen komen uit Duitsland." / "All of our panels were made in China."): two
    exclusive answers to one question, with no opposition word."""
    oa, ob = _origins(a), _origins(b)
    return bool(oa) and bool(ob) and not (oa & ob)


# a denial that waits for the future: "Nobody has decided anything about Rotterdam yet.",
# "Het contract is nog niet getekend."
_NOT_YET = re.compile(
    r"\b(?:yet|as\s+of\s+now|so\s+far|nog\s+(?:niet|geen|niemand|niets|nooit)|"
    r"(?:niet|geen|niemand|niets)\s+(?:\w+\s+){0,3}?nog)\b",
    re.I,
)


# a proposal or plan, one's own or someone else's: "The council has proposed a ban on beer
# bikes", "De raad stelt een verbod voor", "We plan to …"
_PROPOSAL = re.compile(
    r"\b(?:propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing)?|plans?|planned|planning|voorgesteld|"
    r"voorstel(?:len)?|stel(?:t|len|de|den)?\s+(?:[\w'’]+\s+){0,6}?voor|plannen|gepland)\b",
    re.I,
)


def undecided(x: str, y: str) -> bool:
    """One side says something is not decided or done *yet*, the other (not negated) proposes
    or plans it ("The council has proposed a ban on beer bikes." / "De gemeenteraad heeft nog
    niet over het verbod beslist."): an open matter is not the opposite of a proposal, in
    either order."""
    for waits, plan in ((x, y), (y, x)):
        if not negated(waits) or _NOT_YET.search(waits) is None or negated(plan):
            continue
        if _PROPOSAL.search(plan) or prospective(plan):
            return True
    return False


def not_yet(earlier: str, later: str) -> bool:
    """The earlier statement denies something *yet* and the later one says it happened ("Nobody
    has decided anything about Rotterdam yet." / "De sluiting van de fabriek in Rotterdam was
    een moeilijk besluit."): what changed since, not a contradiction."""
    return negated(earlier) and not negated(later) and _NOT_YET.search(earlier) is not None


# a coordinated clause: "…, and nobody loses their job", "…, en dat vergeet ik nooit"
_AND_CLAUSE = re.compile(r",\s+(?:and|en)\s+", re.I)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in _words(text) if len(w) >= 4 and w not in STOP_ANY}


def _polar(text: str, other: str, same_lang: bool) -> bool:
    """Whether the statement is negated where it speaks of the other side's matter: its first
    clause, and a coordinated clause (", and …", ", en …") only where it shares a word with
    the other side (in one language; across languages the first clause alone): "All of our
    frames are still welded in Zwolle, and nobody loses their job." is not a denial of frame
    welding."""
    first, *rest = _AND_CLAUSE.split(text)
    if not rest:
        return negated(text)
    theirs = _stems(other) if same_lang else set()
    return negated(first) or any(negated(c) and _stems(c) & theirs for c in rest)


def ends(text: str) -> bool:
    """The statement has a verb of ending or losing ("stop", "close", "lay off", "sluiten")."""
    return _ENDING.search(text) is not None


# staying as one is: "We will stay a bottle brewery", "Klaproos blijft onafhankelijk"
_CONTINUITY = re.compile(
    r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|blijf|blijft|blijven|"
    r"bleef|bleven|gebleven)\b",
    re.I,
)
_AS_ALWAYS = re.compile(
    r"\b(?:as\s+(?:we|it|they)\s+always\s+(?:have|has|did)|zoals\s+altijd)\b", re.I
)


_KEEP = re.compile(
    r"\b(?:keep|keeps|kept|keeping|continu\w*|houd\w*|houden|behoud\w*|voortzet\w*|doorgaan|"
    r"gaat\s+door|gaan\s+door)\b",
    re.I,
)


def _kept(denial: str, other: str) -> bool:
    """The positive side's main clause says a thing stays as it is, and the negated side
    denies no staying: "Klaproos gaat nooit in blik, wij zijn een flessenbrouwerij." and "We
    will stay a bottle brewery" both say nothing changes, a restatement in other words. A denied staying or
    keeping ("We will not stay in Zwolle", "We do not keep the shop") still opposes "we remain
    in Zwolle", and so does a denial of a word of the kept state ("The taproom is not open" /
    "The taproom stays open"; by four letters, cognates across languages included)."""
    main = _AND_CLAUSE.split(other, maxsplit=1)[0]
    m = _CONTINUITY.search(main) or _AS_ALWAYS.search(other)
    if m is None:  # "Vale Motors would fund Lumen's compute, and Lumen would stay a research
        return False  # lab inside the company": the staying is part of a change
    kept = {w[:4] for w in _words(other[m.end() :]) if len(w) >= 4 and w not in STOP_ANY}
    for scope in _DENIAL_SCOPE.finditer(denial):
        if _CONTINUITY.search(scope.group()) or _KEEP.search(scope.group()):
            return False
        if any(w[:4] in kept for w in _words(scope.group())[1:] if len(w) >= 4):
            return False
    return True


def _positive_denial(denial: str, other: str) -> bool:
    """The negated side is positive after all, against a side that says nothing opposite: it
    denies an ending ("Ik heb nooit gewild dat de winterdienst zou stoppen" against "Westkaap
    needs the ferry every day") where the other side ends nothing, or it states a lack ("We
    cannot find enough doctors") where the other side does not speak of enough."""
    if any(ends(m.group()) for m in _DENIAL_SCOPE.finditer(denial)) and not (
        ends(other) or departs(other)
    ):
        return True
    return bool(_SHORTAGE.search(denial)) and not _ENOUGH.search(other)


def opposition(
    a: str,
    b: str,
    lang_a: str | None = None,
    lang_b: str | None = None,
    ordered: bool = False,
) -> str | None:
    """Why two statements on one matter may say opposite things, or None: ``polarity``,
    ``antonym`` or ``amount`` (see the module's docstring). With ``ordered`` (``a`` is the
    earlier) a "not yet" followed by what happened (:func:`not_yet`) is no opposition."""
    contrast = _CONTRAST.search(a) is not None or _CONTRAST.search(b) is not None
    if (ordered and not_yet(a, b)) or undecided(a, b):
        return None
    same = (lang_a or "") == (lang_b or "")
    if not contrast and speech_polarity(a, b, negated):
        return POLARITY  # "promised that no aircraft …" / "nooit beloofd dat geen vliegtuigen …"
    wa, wb = (main_part(t) for t in drop_shared_weak(a, b))
    pa, pb = _polar(wa, b, same), _polar(wb, a, same)
    # both deny one thing ("never put additives" / "nothing but water: ... no additives")
    alike = same and denied_alike(a, b)
    if not contrast and pa != pb and not (pronoun_stance(a) or pronoun_stance(b) or alike):
        if antonyms(_without_negation(a), _without_negation(b)):
            return None  # "geen lening nodig" / "betaald met de inleg": a denial of one of an
            # opposite pair and the other of the pair say the same
        denial, other = (a, b) if pa else (b, a)
        if not _positive_denial(denial, other) and not _kept(denial, other):
            return POLARITY
    if antonyms(a, b) or alternatives(a, b):
        return ANTONYM
    da, db = direction(a), direction(b)
    if da is not None and db is not None and da != db:
        return ANTONYM  # "went down" / "gestegen": a change each way, in any two languages
    q = compare(a, b, lang_a, lang_b)
    kind = q.premise_q.kind if q is not None and q.relation == "conflict" else None
    if kind and added(a, q.premise_q) != added(b, q.hypothesis_q):
        kind = None
    kind = kind or amount_clash(a, b, lang_a, lang_b)
    if kind and (kind != MONEY or same_object(a, b, lang_a, lang_b)):
        return AMOUNT
    if opposed(a, b, lang_a, lang_b):
        return AMOUNT
    return POLARITY if stance_clash(a, b) else None  # "would be a mistake" / "needs its own"


_REPORTED = re.compile(
    r"^(?!(?:We|Wij|Ik|Our|Onze|My|Mijn)\b)(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}|"
    r"(?i:he|she|they|hij|zij|ze)|(?i:the|de|het)\s+\w+)"
    r"(?:,[^,]{1,60},)?\s+(?:says?|said|thinks?|thought|believes?|believed|claims?|claimed|"
    r"argues?|argued|feels?|expects?|zegt|zei|denkt|dacht|vindt|vond|gelooft|geloofde|"
    r"(?:heard|hears|hoorde|hoort)\s+(?:that|dat)|"
    r"verwacht|meent|beweert)\b"
)


def reported(text: str) -> bool:
    """The statement gives someone else's view ("Ruud thinks the station will be ready.",
    "Ruud Hermans, our harbour master, says …", "De bank denkt …"), not the writer's."""
    return _REPORTED.match(text.strip()) is not None


def hedged_side(text: str) -> bool:
    """The writer's main clause is a hedge or a condition ("If they keep rising, we may have to
    …", "We may need a loan, but …"); a hedge word in a clause it governs ("Ik heb nooit gewild
    dat de dienst zou stoppen") is not the writer's doubt."""
    words = _words(text)
    if not words:
        return False
    if words[0] in _CONDITIONAL_START:
        return True
    # the main clause ends at a comma once it has a subject and verb: "De brug gaat later open
    # dan gepland, waarschijnlijk pas in 2020." states the delay; the hedge is on the date
    raw = _CLAUSE_WORD.findall(_LEAD.sub("", _plain(text).strip()))
    words = [w.lower().replace("’", "'") for w in raw]
    main = _main_clause(words)
    if _CONSEQUENCE.search(" ".join(main)):
        return True
    return any(w in _HEDGE and raw[i] != "May" for i, w in enumerate(main))


# a consequence imagined, not a position: "So an electric ferry would also mean a new pier."
# ("would" alone also describes a plan: "Vale Motors would fund Lumen's compute")
_CONSEQUENCE = re.compile(
    r"\bwould\s+(?:\w+\s+)?(?:mean|imply|require|cost|involve|lead\s+to)\b", re.I
)


# words and commas, and a short lead-in before a comma ("Yes, we might …") that is no clause
_LEAD = re.compile(r"^(?:[\w'’]+\s+){0,1}[\w'’]+\s*,\s*")
_CLAUSE_WORD = re.compile(r"[\w'’]+|,")


_FIRST_PERSON = {"we", "wij", "ik", "i", "our", "onze", "ons", "my", "mijn"}
_LABEL = re.compile(r"^[^:.!?]{1,40}:\s+")  # "Good news: ", "For the press release: "
_DETERMINER = {"the", "de", "het", "our", "onze", "ons"}
# third parties whose act is not the writer's: public bodies (org_kinds), banks, government
_AGENTS = (PUBLIC_BODY - {"om", "office", "city", "stad"}) | {
    "bank", "government", "regering", "overheid", "state", "staat", "insurer", "verzekeraar",
    "supplier", "leverancier", "landlord", "verhuurder",
}  # fmt: skip


def _opener(text: str) -> tuple[str, str | None]:
    """Who a statement's main clause opens with: ``("first", None)`` for we/I, ``("agent",
    noun)`` for a third party ("De gemeente heeft …", "The province never …"), else
    ``("other", None)``; a leading label ("Good news: ") is skipped."""
    words = _words(_LABEL.sub("", text.strip(), count=1))[:3]
    if not words:
        return "other", None
    if words[0] in _FIRST_PERSON:
        return "first", None
    if words[0] in _DETERMINER:
        for w in words[1:3]:
            if w in _AGENTS:
                return "agent", w
    return "other", None


def _names_agent(text: str, agent: str) -> bool:
    kin = next((g for g in _AGENT_GROUPS if agent in g), {agent})
    return any(w in kin or w.startswith(agent[:5]) for w in _words(text))


def other_agent(a: str, b: str) -> bool:
    """One side says what we (or I) did, the other what a third party did or did not do (a
    public body, a bank: "We took out a loan with the bank for the new pier." / "The
    municipality never promised to pay for the pier."), and the first side does not name that
    party: two acts of two agents, not one position and its opposite."""
    (ka, wa), (kb, wb) = _opener(a), _opener(b)
    if ka == "first" and kb == "agent" and wb:
        return not _names_agent(a, wb)
    if kb == "first" and ka == "agent" and wa:
        return not _names_agent(b, wa)
    return False


#: Across languages two places of origin (:func:`alternatives`) are of one thing from this
#: similarity (a cross-language neighbour starts at 0.77).
ALTERNATIVE_SIMILARITY = 0.82
#: Rank factor of a pair with no visible opposition (no negation on one side only, no opposite
#: words, no clashing amount): a plan and its execution, a restatement, two matters of one
#: project. On the three development cases this class held most false positives.
NO_OPPOSITION = 0.1
#: Rank factor of a pair of which a side gives someone else's view ("Ruud thinks …") or act
#: (:func:`other_agent`).
REPORTED = 0.3
#: Rank factor of a pair of which a side is a hedge or a condition.
HEDGED = 0.5
#: ... and, times :data:`NO_OPPOSITION`, of a plan and a later report with no opposition
#: between them ("The new paint line will start running in March." / "The new paint line
#: started running on Monday."): what became of the plan.
PLAN_DONE = 0.5


def carried_out(earlier: str, later: str) -> bool:
    """The earlier side plans or proposes a change and the later one reports a change of the
    same direction ("I propose that we raise the keg price by six percent" / "De fustprijs is
    met zes procent omhoog gegaan"): the plan was carried out, whatever amounts differ (an
    estimate and its outcome)."""
    if not prospective(earlier) or prospective(later):
        return False
    way = direction(earlier)
    return way in (1, -1) and direction(later) == way


def stance_factor(
    a: str,
    b: str,
    lang_a: str | None = None,
    lang_b: str | None = None,
    other_time: bool = False,
    similarity: float = 1.0,
) -> float:
    """The rank factor of a pair (``a`` the earlier) from how its sides stand to each other:
    :data:`NO_OPPOSITION`,
    :data:`REPORTED`, :data:`HEDGED` (multiplied), 1.0 for two own, firm, opposed statements.
    With ``other_time`` (the sides are about different years) amounts that differ are no
    opposition: 300 members at the end of 2019 and 400 at the end of 2020. Across languages two
    places of origin oppose from :data:`ALTERNATIVE_SIMILARITY` only (under it they are often
    of two things: "De boter komt uit onze fabriek in Dokkum." / "… all our cheese was made
    … in Belgium.")."""
    opp = opposition(a, b, lang_a, lang_b, ordered=True)
    if other_time and opp == ANTONYM and not (antonyms(a, b) or alternatives(a, b)):
        opp = AMOUNT  # changes each way in two years: sales doubled in 2020 and fell in 2022
    if (
        opp == ANTONYM
        and (lang_a or "") != (lang_b or "")
        and similarity < ALTERNATIVE_SIMILARITY
        and alternatives(a, b)
        and not antonyms(a, b)
    ):
        opp = None
    f = 1.0 if opp and not (other_time and opp == AMOUNT) else NO_OPPOSITION
    if opp == AMOUNT and (carried_out(a, b) or estimate_then_outcome(a, b)):
        f = NO_OPPOSITION  # "raise the keg price by six percent" / "raised by five percent"
    if f < 1.0 and prospective(a) and not prospective(b):
        f *= PLAN_DONE
    if reported(a) or reported(b) or other_agent(a, b) or other_party(a, b):
        f *= REPORTED
    if hedged_side(a) or hedged_side(b):
        f *= HEDGED
    return f

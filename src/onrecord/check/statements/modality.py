"""How firmly a sentence says what it says: a plan, a hedge, a claim over all time.

A journalist reads "I will present the new procedure in May" as a plan, not as proof that it
was presented; "we might lose customers" as a worry, not a prediction made with certainty; and
"Hendriks always opposed the move" as falsified by one message in which he supported it. The
judge reads none of that reliably, so the evidence policy asks these questions here:

* :func:`prospective`: the main clause is a plan, intention or proposal ("I will …", "we should
  …", "… is planned for …", "Ik ga …", "we moeten …"), not a report of what happened.
* :func:`hedged`: the sentence is uncertain or conditional ("might", "perhaps", "if …",
  "misschien", "als …").
* :func:`universal`: a claim over all time or a whole period ("always", "never", "from the
  start", "held to", "altijd", "nooit", "tot het einde", "hield vast aan"): one contrary
  statement falsifies it, however many agree.
* :func:`certain`: a claim that something was said with certainty ("certainly", "met zekerheid").
* :func:`firm`: a claim that someone committed to or decided something ("announced", "promised",
  "decided", "assured", "kondigde aan", "beloofde", "besloot"): a hedge does not support it.
* :func:`retrospective`: a writer's account of their own past stance or part ("I have always
  opposed …", "I was not involved in …", "Ik heb nooit …"): a later account, even in mail.

Word lists, no model: each function looks at the words before the first subordinate clause.
"""

from __future__ import annotations

import re

__all__ = ["certain", "firm", "hedged", "performative", "prospective", "retrospective", "universal"]

_WORD = re.compile(r"[\w'’]+|[,;:]")

_FUTURE_EN = {
    "will", "shall", "'ll", "should", "must", "plan", "plans", "planned", "intend", "intends",
    "going", "want", "wants", "propose", "scheduled", "expect", "expects", "hope", "hopes",
    "let's", "lets", "would", "need", "needs", "ought",
}  # fmt: skip
_FUTURE_NL = {
    "zal", "zullen", "zult", "ga", "gaat", "gaan", "moet", "moeten", "wil", "wilt", "willen",
    "gepland", "plan", "plannen", "laten", "zou", "zouden", "hoop", "hopen", "verwacht",
    "verwachten", "voorstel", "stel",
}  # fmt: skip
# the end of the main clause: a subordinate clause or a new one starts
_CLAUSE_END = {
    "that", "because", "if", "when", "while", "although", "which", "who", "so", "but", "and",
    "dat", "omdat", "als", "wanneer", "toen", "terwijl", "hoewel", "die", "dus", "maar", "en",
    ",", ";", ":",
}  # fmt: skip
# a past or present-perfect main verb before the modal: "I decided we should …" reports a
# decision, "we agreed to …" an agreement
_REPORT = {
    "decided", "agreed", "said", "told", "wrote", "promised", "announced", "confirmed",
    "besloot", "besloten", "zei", "schreef", "beloofde", "bevestigde", "heb", "hebben", "had",
    "has", "have", "did", "was", "were", "is", "are",
}  # fmt: skip
_HEDGE = {
    "might", "may", "maybe", "perhaps", "possibly", "probably", "could", "unsure", "unclear",
    "misschien", "wellicht", "mogelijk", "mogelijkerwijs", "eventueel", "waarschijnlijk",
    "zou", "zouden", "hopelijk", "allicht", "guess",
}  # fmt: skip
_CONDITIONAL_START = {"if", "unless", "als", "indien", "tenzij", "mocht", "should"}
_UNIVERSAL = re.compile(
    r"\b(?:always|never|consistently|all along|from the (?:very )?(?:start|beginning|outset)|"
    r"at no point|at all times|repeatedly|to the (?:very )?end|throughout|held (?:on )?to|"
    r"stuck to|stood by|still stood|kept (?:to|his|her|their) (?:word|promise|pledge)|"
    r"altijd|nooit|steeds|consequent|vanaf het (?:allereerste )?begin|telkens|"
    r"geen enkele keer|tot het (?:bittere )?einde|hield\w* (?:\S+ ){0,6}?vast|"
    r"bleef (?:\S+ ){0,6}?(?:bij|trouw))\b",
    re.I,
)
_CERTAIN = re.compile(
    r"\b(?:certainly|definitely|surely|for certain|for sure|without (?:a )?doubt|guaranteed?|"
    r"with certainty|no doubt|zeker|met zekerheid|beslist|ongetwijfeld|gegarandeerd|"
    r"zonder twijfel|stellig)\b",
    re.I,
)


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _main_clause(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if w in _CLAUSE_END and out:
            break
        out.append(w)
    return out


def prospective(text: str) -> bool:
    """A plan, intention or proposal in the main clause, not a report of an act."""
    words = _words(text)
    if not words:
        return False
    if words[0] in ("let's", "lets", "laten"):
        return True
    main = _main_clause(words)
    if performative(main):  # the words said are what may plan: "I want to say that we will …"
        rest = words[len(main) + 1 :]
        return bool(rest) and prospective(" ".join(rest))
    for i, w in enumerate(main):
        if w in _REPORT:
            # "I decided …", "We agreed …"; but "It is planned …", "I have to …" are plans
            nxt = main[i + 1] if i + 1 < len(main) else ""
            after = main[i + 2] if i + 2 < len(main) else ""
            if nxt in ("planned", "scheduled", "gepland") or (nxt, after) == ("going", "to"):
                return True
            if nxt == "to" and (w in ("has", "have", "had") or after == "be"):
                return True  # "I have to …", "it is to be …"
            if w in ("heb", "hebben", "had", "has", "have", "is", "are", "was", "were"):
                continue  # an auxiliary: the verb that follows decides
            return False
        if _plan_noun(main, i):
            continue  # "the new rostering plan", "het voorstel": a noun, not an intent
        if w in _FUTURE_EN or w in _FUTURE_NL:
            if w in ("want", "wants", "wil", "wilt", "willen", "hope", "hopes", "hoop", "hopen"):
                return True
            if w in ("need", "needs") and i + 1 < len(main) and main[i + 1] != "to":
                continue
            if w == "going" and (i + 1 >= len(main) or main[i + 1] != "to"):
                continue
            if w in ("ga", "gaat", "gaan") and not _dutch_go_future(main, i):
                continue  # "De verkoop gaat gewoon door", "Het gaat goed": going, not will
            return True
        if w == "'ll" or w.endswith("'ll"):
            return True
    return False


# after "gaan", a verb of its own that makes it no future: "gaat (gewoon) door" (continues),
# "gaat niet door" (is off), "gaat mis", "gaat over" (is about), "gaat om" (concerns), "gaat
# goed", "ga niet akkoord" (agree); "gaat per 1 juli dicht" still announces
_GO_PARTICLES = {"door", "verder", "mis", "over", "om", "uit", "goed", "slecht", "fout", "akkoord"}


def _dutch_go_future(main: list[str], i: int) -> bool:
    """ "gaan" at ``main[i]`` as the future ("We gaan de afdeling sluiten", "De afdeling gaat
    per 1 juli dicht"), not the verb "doorgaan", "misgaan", "akkoord gaan", "gaan om"."""
    rest = main[i + 1 :]
    return not rest or (rest[0] not in _GO_PARTICLES and rest[-1] not in _GO_PARTICLES)


# "I want to thank", "Ik wil het helder zeggen", "Ik wilde je laten weten": wanting to say is
# saying it; the mail is the act, not a plan of it
_WANT = {"want", "wants", "wanted", "like", "wil", "wilt", "willen", "wilde", "wilden"}
_PERFORMATIVE = {
    "thank", "apologise", "apologize", "congratulate", "welcome", "stress", "emphasise",
    "emphasize", "reiterate", "assure", "clarify", "bedanken", "danken", "feliciteren",
    "verwelkomen", "benadrukken", "onderstrepen", "verzekeren", "herhalen", "excuses",
}  # fmt: skip
# verbs that are the act only with the reader as addressee or with the words said following
# ("I want to tell you", "ik wil het helder zeggen"; not "I want to tell the board in June")
_SAYING = {
    "say", "tell", "inform", "zeggen", "vertellen", "informeren", "weten", "clear", "duidelijk",
}  # fmt: skip
_TO_READER = {"you", "je", "jullie", "u", "iedereen", "everyone", "all", "het", "it", "this", "dit"}


def performative(main: list[str]) -> bool:
    """The main clause wants to do what the sentence does: thanking, apologising, stressing,
    telling the reader ("I would like to thank the team", "Ik wil mijn excuses aanbieden",
    "Daarom wil ik het helder zeggen: ...", "Ik wilde je persoonlijk laten weten dat ...")."""
    for i, w in enumerate(main):
        if w not in _WANT:
            continue
        if w == "like" and (not i or main[i - 1] not in ("would", "'d", "i'd", "we'd")):
            continue
        rest = main[i + 1 : i + 8]
        if any(x in _PERFORMATIVE for x in rest):
            return True
        for j, x in enumerate(rest):
            if x in _SAYING and (set(rest[:j]) & _TO_READER or j + 1 == len(rest)):
                return True
    return False


_DETERMINERS = {
    "the", "a", "an", "this", "that", "our", "my", "his", "her", "their", "your", "its",
    "de", "het", "een", "dit", "dat", "deze", "die", "ons", "onze", "mijn", "zijn", "haar", "hun",
}  # fmt: skip
_PRONOUNS = {"i", "we", "they", "you", "he", "she", "ik", "wij", "ze", "zij", "jullie"}


def _plan_noun(main: list[str], i: int) -> bool:
    """ "plan" as a noun ("the new rostering plan", "het plan", "ons voorstel"), not an intent:
    English "plan(s)" is the verb only before "to", Dutch "plan" only in "van plan", "plannen"
    only after a pronoun, "voorstel" not after a determiner."""
    w = main[i]
    nxt = main[i + 1] if i + 1 < len(main) else ""
    prev = main[i - 1] if i else ""
    after = main[i + 2] if i + 2 < len(main) else ""
    if w in ("plan", "plans"):  # "plan to close", "plan om te", not "the plan to the board"
        return prev != "van" and (nxt not in ("to", "om") or after in _DETERMINERS)
    if w == "plannen":
        return prev not in _PRONOUNS
    if w == "voorstel":
        return prev in _DETERMINERS
    return False


_REPORTED_FUTURE = {"zou", "zouden"}
# a superlative, not a doubt: "zo duidelijk mogelijk", "zo snel mogelijk", "as clearly as
# possible", "as soon as possible"
_AS_POSSIBLE = re.compile(
    r"\b(?:zo\s+(?:\w+\s+){1,2}?mogelijk|zoveel\s+mogelijk|as\s+\w+\s+as\s+possible)\b", re.I
)


def without_superlatives(text: str) -> str:
    """``text`` without "zo … mogelijk" and "as … as possible" ("Daarom zeg ik het zo duidelijk
    mogelijk: ik beloof jullie ..."): "mogelijk" there is a superlative, not a hedge."""
    return _AS_POSSIBLE.sub(" ", text)


def hedged(text: str, *, reported: bool = False) -> bool:
    """Uncertain or conditional: a hedge word anywhere, or a sentence opening with "if". In
    ``reported`` speech ("beloofde dat de brug open zou gaan") "zou" is the future, not a hedge."""
    raw = _WORD.findall(without_superlatives(text))
    words = [w.lower().replace("’", "'") for w in raw]
    if not words:
        return False
    if words[0] in _CONDITIONAL_START:
        return True
    skip = _REPORTED_FUTURE if reported else set()
    # "May" inside a sentence is the month
    return any(
        w in _HEDGE and w not in skip and not (i and raw[i] == "May") for i, w in enumerate(words)
    )


_FIRST = re.compile(
    r"^\s*(?:(?:but|and|honestly|frankly|maar|en|eerlijk gezegd),?\s+)?(?:i|we|ik|wij|we)\b", re.I
)
_OWN_PAST = re.compile(
    r"\b(?:always|never|all along|from the (?:start|beginning|outset)|at no point|not involved|"
    r"had nothing to do|only (?:heard|learned|found out)|was (?:never|not) (?:told|consulted|asked)|"
    r"altijd|nooit|vanaf het begin|niet betrokken|niets mee te maken|pas achteraf|"
    r"(?:werd|ben) (?:nooit|niet) (?:geraadpleegd|gevraagd|ingelicht))\b",
    re.I,
)


def retrospective(text: str) -> bool:
    """The writer's account of their own past stance or part ("I have always opposed the move",
    "I was not involved in the decision", "Ik heb altijd gezegd …"), not a plan or pledge."""
    if not _FIRST.search(text) or prospective(text):
        return False
    return _OWN_PAST.search(text) is not None


def universal(text: str) -> bool:
    """A claim over all time: one contrary statement on record falsifies it."""
    return _UNIVERSAL.search(text) is not None


def certain(text: str) -> bool:
    """The claim says the statement was made with certainty."""
    return _CERTAIN.search(text) is not None


_FIRM = re.compile(
    r"\b(?:announced?|announces|promised?|promises|pledged?|pledges|vowed?|vows|assured?|"
    r"assures|guaranteed?|guarantees|decided?|decides|declared?|declares|confirmed?|confirms|"
    r"committed|commits|insisted|insists|ruled out|kondigde\w* (?:\S+ ){0,8}?aan|"
    r"beloofde\w*|belooft|beloven|verzekerde\w*|garandeerde\w*|besloot|besloten|"
    r"zegde\w* (?:\S+ ){0,8}?toe|bevestigde\w*|stond (?:\S+ ){0,4}?erop)\b",
    re.I,
)


def firm(text: str) -> bool:
    """The claim says its subject committed to, decided or announced something (or said it with
    certainty): a hedged or conditional statement of the same content does not show that."""
    return _FIRM.search(text) is not None or certain(text)

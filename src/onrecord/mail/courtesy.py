"""Salutations and sign-offs: the courtesy lines of a mail, which say nothing and endorse nothing.

"Marcus, Sam, Greta,", "Hi all,", "Beste Daan,", "Dear Board" open a mail; "Best, Ilse",
"Groet, Daan", "Thanks, Marcus", "Met vriendelijke groet" close it. Neither is a statement of
its writer, and an assent or a forward's comment never endorses one.

:func:`is_courtesy` reads one sentence or line as written (names keep their capitals):

- a greeting word, then at most five name-like words (or none): "Hi Marcus,", "Dear all";
- without a greeting word, at most four name-like words that end in a comma or colon
  ("Marcus, Sam, Greta,", "Priya:"): a bare "Marcus." or "Prima," is not one, nor an
  all-capitals label ("STEPS FOR APPROVAL:") or an adverb ("Unfortunately,");
- a sign-off phrase, then nothing or at most four name-like words ("Best, Ilse").

The check layer's :mod:`onrecord.check.statements.salience` judges chatter more broadly (thanks,
pleasantries, scheduling); this is the narrow, ingest-time part of it.
"""

from __future__ import annotations

import re

__all__ = ["is_courtesy"]

_GREETING = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|morning|"
    r"hoi|hallo|beste|geachte|lieve|goedemorgen|goedemiddag|goedenavond|dag|hé|"
    r"liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|bonjour|bonsoir|salut|"
    r"cher|chère|chers|chères)\b[ \t]*",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:best|best regards|kind regards|warm regards|warmest regards|regards|many regards|"
    r"cheers|sincerely|yours sincerely|sincerely yours|yours truly|yours|best wishes|"
    r"all the best|all best|take care|talk soon|speak soon|thanks|thank you|many thanks|"
    r"thanks again|thanks a lot|thx|love|groet|groeten|groetjes|gr|grt|mvg|"
    r"(?:met )?(?:vriendelijke|hartelijke|beste|collegiale|warme) groet(?:en)?|met groet|"
    r"dank|dank je(?: wel)?|dankjewel|bedankt|alvast bedankt|tot (?:zo|straks|morgen|snel|ziens)|"
    r"liefs|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|gruß|mfg|lg|vg|"
    r"cordialement|bien à vous|amicalement|bises)(?![\w'])[ \t]*[,.!:;-]*",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words of an address that are not capitalised names
_ADDRESS_WORDS = _words(
    "all everyone everybody team folks guys colleagues friends board sir madam mr mrs ms dr prof "
    "allemaal iedereen collega's collegas heer mevrouw dhr mevr mw bestuur "
    "and en & und et y e"
)
# capitalised words that open a sentence and are no name
_NOT_NAMES = _words(
    "yes no ok okay yup yep sure right well so but and also however agreed fine thanks great "
    "good true indeed exactly perfect prima ja nee klopt akkoord goed top oke precies inderdaad "
    "eens zeker helaas dus maar en ook wel the a an this that it we i you he she they dit dat "
    "het de een wij ik je jij u hij zij ze note fyi nb ps update re fwd"
)
_WORD = re.compile(r"[^\s,:;!.]+\.?")
_SEPARATORS = re.compile(r"[,:;!]|\s+(?:and|en|&|und|et)\s+")


def _name_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in _ADDRESS_WORDS:
        return True
    if low in _NOT_NAMES or not word[:1].isupper():
        return False
    if len(word) <= 3 and word.endswith("."):
        return True  # an initial: "M." / "J.P."
    if (len(word) > 4 and word.isupper()) or low.endswith(("ly", "ing", "'s")):
        return False  # "STEPS FOR APPROVAL:", "Unfortunately,", "Today's"
    return word.rstrip(".").replace("-", "").replace("'", "").isalpha()


def _names(text: str, most: int) -> bool:
    """``text`` is nothing but at most ``most`` name-like words (separators between them)."""
    words = _WORD.findall(_SEPARATORS.sub(" ", text))
    return len(words) <= most and all(_name_like(w) for w in words)


def is_courtesy(text: str) -> bool:
    """Whether ``text`` (one sentence or line) is only a salutation or a sign-off."""
    s = " ".join(text.split()).strip(" -–—")
    if not s or len(s) > 80:
        return False
    m = _GREETING.match(s)
    if m:
        return _names(s[m.end() :], 5)
    m = _SIGN_OFF.match(s)
    if m:
        return _names(s[m.end() :], 4)
    if s[-1] not in ",:" or len(s) < 3:
        return False
    return _names(s[:-1], 4)

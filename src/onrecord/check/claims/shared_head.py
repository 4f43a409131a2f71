"""A second verb phrase that shares the first one's head: "promised to keep X and to spend Y",
"promised that the bridge would stay within budget and open in 2021".

Two assertions, one said once: the frame, the subject and the modal before the first verb are
the second one's too. :func:`shared_head` writes the second out in full ("In 2016 Ashdown
promised to spend 60 million euros"; "In May 2016 Oosterhout promised that the bridge would
open in 2021"), so that each can be checked on its own: a claim whose first half the record
bears out and whose second half it refutes is mixed (``verdicts.conjuncts``). English only:
a Dutch subordinate clause puts its verbs last, and the two halves share no head to copy.
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import is_verb

__all__ = ["shared_head"]

# "to keep ... and to spend": the head is everything before the first half's "to"; a word after
# "to" that is no determiner, pronoun or number is a verb's base form ("to spend", "to move")
_TO = re.compile(r"\bto\s+(?=[a-z])")
# "that the bridge would stay ... and open": the head ends with the modal after "that"
_MODAL = re.compile(
    r"\bthat\s+[^,;]+?\s(?:would|will|should|could|must|can|may|might)\s+(?=[a-z])", re.I
)
_NOT_BASE = frozenset(
    re.findall(
        r"\w+",
        """the a an this that these those his her its their our my your all some any every each
        no one two three four five six seven eight ten them him us it me you there what which
        who more less most not never also both""",
    )
)


def _base(word: str) -> bool:
    """Could be an English verb's base form (what follows "to" or a modal)."""
    w = word.strip(",.;:")
    return w.isalpha() and w.islower() and w not in _NOT_BASE and not w.endswith(("ed", "ly"))


def shared_head(head: str, tail: str, lang: str | None) -> str | None:
    """The second half written out with the first half's head, or None where ``tail`` (what
    follows "and") does not start a verb phrase sharing it."""
    if lang != "en":
        return None
    first = tail.split()
    if len(first) < 2:
        return None
    if first[0] == "to" and _base(first[1]):
        to = (t for t in _TO.finditer(head) if _base(head[t.end() :].split()[0]))
        m = next(to, None)
        return f"{head[: m.start()]}{tail}" if m else None
    if not _base(first[0]) or first[0].endswith("s") or is_verb(first[0], lang):
        return None  # "and opened in 2021" is its own past tense, "and opens" a new present
    modals = list(_MODAL.finditer(head))
    return f"{head[: modals[-1].end()]}{tail}" if modals else None

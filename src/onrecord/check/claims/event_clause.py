"""A time clause whose subject is a pronoun reports an event of its own.

The gold convention makes two assertions two claims, and a time clause with a pronoun subject
is one: "Tidewell has sold more than 18,000 home batteries since it was founded in 2017." ->
"Tidewell was founded in 2017."; "she had not known about the emails when she recommended
dismissal" -> "She recommended dismissal." (the record decides whether she recommended it, apart
from what she knew then); "toen zij in 2023 werd ontslagen" -> "Zij werd in 2023 ontslagen.".

Who the pronoun is decides how the clause is written:

- the main clause opens with the same pronoun ("she ... when she ..."), or holds its object form
  ("told him about it when he ..."): the pronoun stays, and the subject resolver reads it as it
  reads the main clause's;
- otherwise it stands for the main clause's named subject, which the caller puts in its place
  ("Saffron Delahaye had worked ... when she was dismissed" -> "Saffron Delahaye was
  dismissed").

A thing's "when it ..." tells how it did what the main clause says ("Lumen abandoned the promise
when it began to keep its research internal": one act) and stays; "since it was founded in 2017"
dates a period by an event of its own and is split.

With another subject ("injured when the crane fell") the clause dates the main clause and stays
in it. "after" / "nadat" is left alone: "Adeyemi was moved to another team after she raised the
leak again", "Vink werd in maart ontslagen nadat zij had geklaagd" is one claim in the gold of
every writer but one (the order of the two events is what is claimed); so is "before" /
"voordat", and a clause in a quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TimeEvent", "time_event"]

_CLAUSE = re.compile(
    r"^(?P<main>[^\"“”]+?),?\s+(?P<conj>when|since|until|toen|sinds|totdat)\s+"
    r"(?P<pron>she|he|it|they|zij|hij|ze)\s+(?P<rest>[^\"“”]+)$",
    re.I,
)
#: the object forms a subject pronoun may stand for in the main clause
_OBJECT_FORMS = {
    "he": ("him",),
    "she": ("her",),
    "they": ("them",),
    "hij": ("hem",),
    "zij": ("haar",),
    "ze": ("haar", "hen", "hun"),
    "it": (),
}
#: pronouns for things: only "since" / "sinds" gives them an event of their own
_THING_PRONOUNS = frozenset({"it", "they"})  # "ze" is also "she"
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class TimeEvent:
    """A sentence split at its time clause: the main clause, the clause's pronoun and the words
    after it, and whether the pronoun stays (``keep``) or gives way to the main clause's named
    subject."""

    main: str
    pronoun: str
    rest: str
    keep: bool


def time_event(s: str) -> TimeEvent | None:
    """The time clause with a pronoun subject that ends ``s``, or None."""
    m = _CLAUSE.match(s.strip())
    if not m:
        return None
    main, pron, rest = m["main"], m["pron"], m["rest"]
    main_words = [w.lower() for w in _WORD.findall(main)]
    if len(main_words) < 3 or len(_WORD.findall(rest)) < 2:
        return None
    low = pron.lower()
    if low in _THING_PRONOUNS and m["conj"].lower() not in ("since", "sinds"):
        return None  # "abandoned the promise when it began to keep its research internal"
    same = main_words[0] == low
    object_form = any(o in main_words[1:] for o in _OBJECT_FORMS.get(low, ()))
    return TimeEvent(main, pron, rest, keep=same or object_form)

"""A claim that joins two assertions is checked part by part, and its verdict is theirs together.

"Sluiter verzette zich zowel in 2019 als in 2021 tegen een hogere bijdrage" makes two
assertions, one per year; "In May 2016 Oosterhout promised that the bridge would stay within
budget, and in 2022 she denied it" makes two with one subject. The judge reads a pair of
sentences and answers for the whole: a record that bears out one half and refutes the other
comes out as whichever half its strongest statement speaks to. A careful reader checks each
half and says so:

- every part supported: supported;
- one part supported and another contradicted: mixed;
- a part contradicted and none supported: contradicted (one false half makes the whole false);
- otherwise: not enough info (a half the record does not show leaves the whole unshown).

Parts come from three forms: a time phrase that joins two periods ("both in 2019 and in 2021",
"zowel in 2019 als in 2021", "in both 2019 and 2021") gives the claim once per period; two
reported clauses ("told the board that A and that B") give the frame with each
(``complement_parts``); two figures at two times with the verb said once ("had 61 pupils in
October 2020 and 55 in October 2021") give the first half and the second written out
(``gapped_parts``); and a sentence the article splitter cuts at "and"/"en"/"maar" into clauses with their own verb
(``clauses.split_compound``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from onrecord.check.claims.clauses import split_compound
from onrecord.check.claims.complement_parts import complement_parts
from onrecord.check.claims.extract import Claim
from onrecord.check.claims.gapped_parts import gapped_parts
from onrecord.check.language.claim_names import NameContext
from onrecord.check.verdicts.aggregate import CONTRADICTED, MIXED, NEI, SUPPORTED
from onrecord.text.months import MONTHS

_YEAR = r"(?:19|20)\d\d"
# "both in 2019 and in 2021", "zowel in 2019 als in 2021", "in both 2019 and 2021",
# "zowel in 2018 als in 2022"
_TWO_TIMES = re.compile(
    rf"\b(?:(?P<both>both|zowel)\s+(?P<p1>in|op|on)\s+(?P<t1>(?:\w+\s+)?{_YEAR})\s+"
    rf"(?:and|als)\s+(?:(?:in|op|on)\s+)?(?P<t2>(?:\w+\s+)?{_YEAR})"
    rf"|(?P<p2>in|op|on)\s+(?:both|zowel)\s+(?P<u1>(?:\w+\s+)?{_YEAR})\s+(?:and|als)\s+"
    rf"(?:(?:in|op|on)\s+)?(?P<u2>(?:\w+\s+)?{_YEAR}))\b",
    re.I,
)

_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# two months of one year: "in both September and October 2020", "zowel in september als in
# oktober 2020"
_TWO_MONTHS = re.compile(
    rf"\b(?:(?:both|zowel)\s+(?P<p1>in|op|on)\s+(?P<t1>{_MONTH})\s+(?:and|als)\s+"
    rf"(?:(?:in|op|on)\s+)?(?P<t2>{_MONTH})\s+(?P<y1>{_YEAR})"
    rf"|(?P<p2>in|op|on)\s+(?:both|zowel)\s+(?P<u1>{_MONTH})\s+(?:and|als)\s+"
    rf"(?:(?:in|op|on)\s+)?(?P<u2>{_MONTH})\s+(?P<y2>{_YEAR}))\b",
    re.I,
)


_JOINER = re.compile(r"\b(?:and|but|en|maar|both|zowel)\b|;", re.I)


def may_join(text: str) -> bool:
    """The claim has a word that can join two assertions (a cheap test before the parse)."""
    return _JOINER.search(text) is not None


def time_parts(text: str) -> list[str]:
    """The claim once per period it joins ("zowel in 2019 als in 2021" -> "in 2019", "in
    2021"; "in both September and October 2020" -> "in September 2020", "in October 2020");
    ``[text]`` when it joins none."""
    m = _TWO_TIMES.search(text)
    if m is None:
        m = _TWO_MONTHS.search(text)
        if m is None:
            return [text]
    prep = m.group("p1") or m.group("p2")
    times = (m.group("t1"), m.group("t2")) if m.group("t1") else (m.group("u1"), m.group("u2"))
    year = m.groupdict().get("y1") or m.groupdict().get("y2")
    if year:  # the months share the year
        times = (f"{times[0]} {year}", f"{times[1]} {year}")
    head, tail = text[: m.start()], text[m.end() :]
    return [" ".join(f"{head}{prep} {t}{tail}".split()) for t in times]


# a clause that only repeats the first one's act: "en deed dat in 2022 nog steeds", "and did so
# again in 2020", "en deed dat ook"
_PRO_VERB = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:deed|deden|did|does|do)\s+(?:dat|so|that|the\s+same|hetzelfde)\b",
    re.I,
)
_A_YEAR = re.compile(rf"\b{_YEAR}\b")


def _repeat(first: str, again: str) -> str | None:
    """ "Roozendaal deed dat in 2022 nog steeds" after "Roozendaal hield in 2019 vast aan het
    plafond": the first clause in the second one's year; None where a year is missing."""
    old, new = _A_YEAR.findall(first), _A_YEAR.findall(again)
    if len(old) != 1 or len(new) != 1:
        return None
    return _A_YEAR.sub(new[0], first)


def parts(claim: Claim, ctx: NameContext) -> list[Claim]:
    """The assertions the claim joins, each a claim of its own with the claim's subject where
    the part names none of its own; ``[claim]`` for a single assertion."""
    lang = claim.lang if claim.lang in ("en", "nl") else None
    texts = time_parts(claim.text)
    if len(texts) == 1:
        texts = complement_parts(claim.text, lang)
    if len(texts) == 1:
        texts = gapped_parts(claim.text, lang)
    if len(texts) == 1:
        texts = split_compound(claim.text, lang, ctx)
    if len(texts) < 2:
        return [claim]
    for n, t in enumerate(texts[1:], 1):
        if _PRO_VERB.match(t):
            again = _repeat(texts[0], t)
            if again is None:
                return [claim]  # "en deed dat ook": what it did is in the first clause's words
            texts[n] = again
    out = []
    for t in texts:
        subject = ctx.subject(t) or claim.subject
        out.append(replace(claim, text=t, subject=subject))
    return out


def joined(verdicts: list[str]) -> str:
    """The verdict of a claim from its parts' verdicts."""
    if all(v == SUPPORTED for v in verdicts):
        return SUPPORTED
    if SUPPORTED in verdicts and (CONTRADICTED in verdicts or MIXED in verdicts):
        return MIXED
    if MIXED in verdicts:
        return MIXED
    if CONTRADICTED in verdicts:
        return CONTRADICTED
    return NEI

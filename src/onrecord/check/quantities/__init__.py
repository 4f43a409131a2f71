"""Explicit comparison of amounts, numbers and dates between a premise and a hypothesis.

An NLI judge reads "$1B" and "only $100 million" as two sentences about money and rarely notices
that the amounts disagree. This module extracts the quantities a sentence states and compares
them as intervals, so a claim check can see a number clash (or agreement) directly. It is
stdlib only, rule-based and fast (compiled patterns; every text is analysed once and cached, a
comparison of analysed texts costs some 0.1 ms).

Usage::

    compare(statement_text, claim_text, lang_p="nl", lang_h="en")  # QuantityCheck | None
    quantities("Lumen had twaalf medewerkers in januari 2017.", "nl")  # [Quantity, ...]

Pass the statement's own text, not a framed premise; the claim checker's frame ("On 13 Jan
2016, Marcus Vale wrote: ") is recognised and skipped anyway.

Extraction (:func:`quantities`)
===============================

Each :class:`Quantity` is an interval ``[lo, hi]`` (``lo_open``/``hi_open`` mark strict bounds)
of one ``kind``:

``money``
    An amount with a currency (``$``, ``US$``, ``USD``, ``dollar(s)``, ``€``, ``EUR``,
    ``euro(s)``, ``£``, ``GBP``, ``pound(s)``; ``unit`` is the ISO code) or a bare large amount
    ("5 million", "the billions this needs": ``unit`` None, compatible with any currency).
    Scales: ``k``, ``m``/``mn``/``mln``/``M``/``Mio``, ``bn``/``B``/``mld``/``mrd``, hundred,
    thousand, million, billion, honderd, duizend, miljoen, miljard, Million(en), Milliarde(n),
    million(s), milliard(s) (German and French "Billion"/"billion" are 10^12); "half a
    million", "4 and a half million", "anderhalf miljoen", Dutch compounds ("vijfduizend").
``percent``
    ``%``, percent, per cent, procent, Prozent, pour cent, and fractions ("half of", "a third",
    "a fifth", "two thirds", "de helft", "een derde", "een kwart", "drie kwart", "driekwart");
    ``unit`` ``%`` (``pp`` for percentage points, never compared with ``%``). Halving ("halve
    the budget", "gehalveerd") is a change of 50 %.
``duration``
    A length of time in minutes, ``unit`` ``min`` (seconds to years; a month 30.44 days, a
    year 365.25): "35 minutes", "hooguit tien minuten", "more than half an hour", "een half
    uur", "een kwartier", "drie kwartier", "anderhalf uur", "3 hours and 35 minutes"; "a week",
    "een jaar" only after a bound ("ruim een jaar"). Working time is ``unit`` ``workday`` ("ten
    working days", "twee werkweken" = 10), never compared with calendar time. "35 minutes
    longer", "add half an hour", "tien minuten extra" are changes. Not durations: times of day
    ("om drie uur", "van 9 tot 17 uur"), rates ("once an hour", "per uur"), "a 7 year gap" (a
    count of gaps). See :mod:`~onrecord.check.quantities.durations`.
``count``
    A number with the noun it counts: "40 staff", "twaalf medewerkers", "three offices",
    "dozens of engineers", "honderden mensen", "187 km". ``unit`` is the head noun ("twelve
    studio albums" → album, "a 7 year gap" → gap), normalised across English, Dutch, German and
    French for common nouns (staff = employees = people = medewerkers = Mitarbeiter …), else a
    crude stem. No noun, no count: "one of the", "no one", "at 40", "we hired 40." are not read.
``year``
    "in 2016", "since 2019", "before 2016", "between 2015 and 2017", "in the 1990s", "in de
    jaren 80", "85 BC": ``lo``/``hi`` are years.
``date``
    A month, day or part of a year: "in januari 2017", "13 January 2016", "2016-01-13",
    "13-01-2016" (an ambiguous 02/03/2016 covers both readings), "early 2016": ``lo``/``hi``
    are proleptic ordinals (``datetime.date.toordinal``), ``unit`` ``day``, ``month`` or
    ``part``. Years and dates compare with each other.

``qualifier`` names the time role (``point`` after in/on/op/im/en, ``since``, ``until``,
``before``, ``after``, ``by``, ``between``, ``around``); a year or date without one ("the 2016
budget", "e-mails uit 2016", "In the 2016 election") is a ``mention``.

Values: exact numbers have ``lo == hi`` and a rounding ``slack`` of 0.4 × the place of their
last significant digit ("40" ± 4, "$1.2B" ± 40M, "12" ± 0.4); bounds and hedges widen them:
"more than 30" (30, inf), "at least 40" [40, inf), "under/less than 5" [0, 5), "up to / at most
5" [0, 5], "about/roughly/around/ongeveer/zo'n" ±15 %, "almost/nearly/bijna" [0.85x, x],
"just over" (x, 1.15x], "ruim/dik" (x, 1.3x], "only/slechts/maar" x, "40 or more", "5-10 million", "between 40
and 50", "ten or fifteen thousand". Vague amounts: "a few/een paar" [2, 5], "several/enkele"
[2, 9], "a couple of" [2, 3] times the scale ("several hundred million" [2e8, 9e8], "a few
hundred million" [2e8, 5e8]); "dozens" [24, 100), "tientallen" [20, 100), "hundreds/honderden"
[200, 1000), "thousands" [2e3, 1e6), "tens of thousands/tienduizenden" [2e4, 1e5), "millions"
[2e6, 1e9), "hundreds of millions" [2e8, 1e9), "billions/miljarden" [2e9, inf). Numbers follow
the text's language: "1.000.000", "2,5 miljoen", "€ 2,5 mln" in Dutch, German and French,
"1,000,000" and "2.5" in English; a lone "1.500"/"1,500" whose reading depends on the language
is skipped when ``lang`` is not given and the text does not make it clear.

Not quantities: times of day ("at 3pm", "om 15.00 uur", "10:30"), phone numbers, versions
("3.2.1", "v2", "version 3.2"), IP addresses, list markers, ids ("#123", "nr. 5", "page 4",
"art. 5", message ids, URLs, e-mail addresses), ordinals ("2nd", "the third meeting"), codes
and names with numbers ("Q3", "A4", "COVID-19", "Formula 3", "PlayStation 3"), arithmetic
("10 minus 4").

How the sentence uses each quantity:

- ``negated``: a negation governs the amount, with at most one word (the verb) between ("will
  never raise the billions", "didn't offer $1B", "geen 5 miljoen", Dutch "de 5 miljoen niet
  opgehaald"); not "didn't expect to raise $5M", "not only $5M", "no one raised $5M". A negated
  bound flips instead: "hasn't raised more than $5M" is at most $5M.
- ``enough``: True for "X is/would be enough", "X is more than enough", "X volstaat", "X is
  voldoende", "X reicht"; False for "X won't be enough", "X is far from enough", "X falls
  short", "X is niet genoeg", "X volstaat niet", "X is te weinig", "X ne suffit pas"; None
  otherwise, also for "enough time" (enough of something else).
- ``need`` (and ``need_negated``): the amount is what something needs or costs ("needs
  billions", "will cost $2M", "$5M is needed", "heeft 5 miljoen nodig", "we don't need $5M").
  ``plain`` is False when the amount is only the subject of a sufficiency or the object of a
  need; "raise the billions this needs" is both a raised amount and a need.
- ``per``: a rate ("$5M a year", "per maand", "each day", "annually"); ``change``: a change or
  difference, not a level ("grew by 20 %", "met 20 % gestegen", "$500,000 more than", "four
  other formations", "15 years ago"); ``hedged``: "possibly", "misschien", "could be".
- ``context``: content words near the number with their distance (up to the neighbouring
  quantity or the clause end; commas and conjunctions count as three words), normalised across
  languages for common money, staff, event and organisation words; names kept as they are.

Comparison (:func:`compare`)
============================

Each hypothesis quantity looks for a premise quantity of the same kind (money with a compatible
currency, no conversion; percent with the same unit; counts of the same noun; durations of the
same unit; years and dates together), the same rate and change/level role, and the same use (plain amounts with plain
amounts, sufficiency and need statements with each other). Among several candidates it pairs
with the one whose context words next to the number are shared most (score: the sum over shared
words of 1 / (distance in the hypothesis × distance in the premise)), only if that score is at
least 0.2 and 1.5 times the runner-up's. A lone candidate for a lone quantity pairs when any
context word is shared, or when one side is a bare fragment ("only $100 million"); times pair
when the sentences share any content word. Otherwise the quantity stays unpaired: ambiguity
gives no answer rather than a guess.

Each pair gets a relation:

``consistent``
    The premise's interval lies within the hypothesis' (an exact hypothesis number counts with
    its rounding slack): "$1.2B" vs "more than a billion", "$1.23B" vs "$1.2B", "in 2016" vs
    "between 2015 and 2017", "this needs billions" vs "several hundred million won't be
    enough". One way only: "more than a billion" vs "$1.2B" is ``overlap``.
``conflict``
    - amounts: disjoint intervals even after the rounding slack of exact numbers ("$1B" vs
      "$100 million", "ten percent" vs "a fifth", "40 staff" vs "twaalf medewerkers"; not "$1B"
      vs "$1.3B", "40" vs "42", "more than $1B" vs "$1B"), unless either side is hedged, or a
      percentage may be the complement of the other and a sentence negates or speaks of "the
      rest" ("80 % of the market" vs "20 % is not controlled by them");
    - negation: one side denies, with the same verb, a money or percentage amount the other
      asserts ("will never raise the billions" vs "could raise billions");
    - sufficiency: about the same amount, one side enough and the other not ("several hundred
      million won't be enough" vs "a few hundred million would be enough"), or no needed amount
      satisfies both ("billions needed" vs "a few hundred million would be enough", "$100M is
      enough" vs "$150M is not enough");
    - times: disjoint event times (point, before, after, by, between, around; not "since" or
      "until", not a mention) when both sentences name the same one-off event (founded, born,
      died, began, launched, released, joined, left, resigned, signed, first, … in any supported
      language): "founded in 2017" vs "founded in 2019", or both sides are bare time expressions
      ("in 2017" vs "in 2019"). "We spent $2M in 2016" vs "in 2017" is two different years,
      not a contradiction.

    A conflict is dropped (the quantity counts as unmatched) when another pairing agrees: the
    premise states the hypothesis' very number elsewhere ("54 novels, including seven under a
    pen name" vs "7 novels under a pen name"), or the hypothesis the premise's, or another
    candidate is consistent and scores at least a third as well, or the conflict's own score is
    below 0.5.
``overlap``
    Neither: the intervals overlap without containment, or the times differ without a one-off
    event. When the paired times differ, or the hypothesis' event times match none of the
    premise's, amount conflicts of the same pair are reported as overlap (different periods,
    different facts).

The result is one :class:`QuantityCheck` for the whole hypothesis: ``conflict`` when any pair
conflicts (money first, then counts, percentages, times), else ``consistent`` when every pair is
consistent, else ``overlap``; ``pairs`` holds every pair's check and ``unmatched`` counts the
hypothesis quantities that found no partner. ``None`` when the hypothesis states no quantity,
the premise none of a comparable kind, or no pair could be made.

Precision over recall: a wrong ``conflict`` would turn into a confidently wrong verdict, so
every rule above errs toward ``overlap`` or ``None``. ``benchmarks/quantities_eval.py``
measures it on FEVER, ANLI, MultiNLI, Breaking NLI and English-Dutch translations.

Layout
======

This module is the public face; the work is done in:

- :mod:`~onrecord.check.quantities.types`: :class:`Quantity`, :class:`QuantityCheck` and names;
- :mod:`~onrecord.check.quantities.lexicon`: word lists and patterns;
- :mod:`~onrecord.check.quantities.tokens`: tokens, language guess, content-word concepts;
- :mod:`~onrecord.check.quantities.numbers`: digit strings and number words;
- :mod:`~onrecord.check.quantities.dates`: dates, years and their time roles;
- :mod:`~onrecord.check.quantities.durations`: time units, durations in words, joined units;
- :mod:`~onrecord.check.quantities.usage`: bounds, hedges, rate, change, negation,
  sufficiency and need around an amount;
- :mod:`~onrecord.check.quantities.scan`: the scanner that reads each number phrase;
- :mod:`~onrecord.check.quantities.extract`: context windows, the cached analysis,
  :func:`quantities`;
- :mod:`~onrecord.check.quantities.intervals`: intervals, containment, descriptions;
- :mod:`~onrecord.check.quantities.compare`: pairing, relations and :func:`compare`.
"""

from __future__ import annotations

from onrecord.check.quantities.compare import compare
from onrecord.check.quantities.extract import quantities
from onrecord.check.quantities.types import CONFLICT as CONFLICT
from onrecord.check.quantities.types import CONSISTENT as CONSISTENT
from onrecord.check.quantities.types import COUNT as COUNT
from onrecord.check.quantities.types import DATE as DATE
from onrecord.check.quantities.types import DURATION as DURATION
from onrecord.check.quantities.types import INF as INF
from onrecord.check.quantities.types import MONEY as MONEY
from onrecord.check.quantities.types import OVERLAP as OVERLAP
from onrecord.check.quantities.types import PERCENT as PERCENT
from onrecord.check.quantities.types import YEAR as YEAR
from onrecord.check.quantities.types import Quantity, QuantityCheck

__all__ = ["Quantity", "QuantityCheck", "compare", "quantities"]

"""Numbers that are no quantities, masked before the scanner reads a text: message ids, links,
addresses, phone numbers and versions first; once dates are read, times of day, list markers
and ids ("Q3", "FY2016", "COVID-19", "nr. 12")."""

from __future__ import annotations

import re

from onrecord.check.quantities.lexicon import _ID_WORDS

#: Masked before anything is read: the claim checker's frame, addresses, links, versions,
#: phone numbers.
MASKS_FIRST = [
    # the claim checker's frame: "On 13 Jan 2016, Marcus Vale wrote: "
    re.compile(
        r"^\s*On \d{1,2} [A-Z][a-z]{2} \d{4}, [^:\n]{1,160}?"
        r"(?:wrote|agreed with|disagreed with)[^:\n]{0,160}?:\s",
    ),
    re.compile(r"<[^<>\s]+@[^<>\s]+>"),  # message ids
    re.compile(r"(?:https?://|ftp://|www\.)\S+", re.I),
    re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"),
    re.compile(r"(?<![\w])v\.?\d+(?:\.\d+)*\b", re.I),
    re.compile(
        r"\b(?:version|versie|release|v\.|ver\.|versión|build)\s+\d+(?:[.,]\d+)*\b",
        re.I,
    ),
    # phone numbers: +31 20 123 4567, 020-1234567, (555) 123-4567
    re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s\-./]*(?:\(\d{1,4}\)[\s\-./]*)?\d[\d\s\-./]{6,}\d"),
    re.compile(r"(?<![\w])\(?0\d{1,3}\)?[\s\-/]?\d{3,4}[\s\-]?\d{2,4}\b"),
    re.compile(r"(?<![\w])\(\d{3}\)\s?\d{3}-\d{4}\b"),
    re.compile(
        r"\b(?:tel|phone|fax|mob|gsm|telefoon|tél|mobile|cell)\.?:?\s*[+\d][\d\s\-./()]{5,}\d",
        re.I,
    ),
    re.compile(r"(?<![\w])\d{3}-\d{3}-\d{4}\b"),
]
#: Masked once dates are read: versions, times of day, list markers and ids.
MASKS_AFTER_DATES = [
    # versions and IPs: 3.2.1, v2, v2.0, version 3.2
    re.compile(r"(?<![\w.])v?\d+(?:\.\d+){2,}(?![\w.]?\d)"),
    # times of day: 3pm, 3 p.m., 10:30, 15.00 uur, 3 o'clock, om 3 uur, at 9
    re.compile(
        r"(?<![\w.,$€£])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h\b|hrs?\b|o'clock)",
        re.I,
    ),
    re.compile(r"(?<![\w.,$€£])\d{1,2}:\d{2}(?::\d{2})?\b"),
    re.compile(r"\b(?:om|at|um|à|vers|tegen)\s+\d{1,2}[.h]\d{2}\b", re.I),
    re.compile(r"\b(?:om|tegen|rond|vanaf)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:uur|u)\b", re.I),
    # list markers at line start: "1. ", "2) ", "(3) "
    re.compile(r"(?m)^[ \t>]*\(?\d{1,3}[.)]\s"),
    # ids: #123, No. 5, nr. 12, page 4, Q3, FY2016, COVID-19, A4
    re.compile(r"#\s?\d+"),
    re.compile(
        r"\b(?:" + "|".join(sorted(_ID_WORDS, key=len, reverse=True)) + r")\.?\s*#?\s*\d+[\w\-/.]*",
        re.I,
    ),
    re.compile(r"\b(?!(?:mid|medio|pre|post|early|late|begin|eind)-)[A-Za-z]+[\-_]\d[\w\-]*", re.I),
    re.compile(r"\b\d+(?:[.,]\d+)*[\-_/][A-Za-z][\w\-]*"),
    re.compile(r"\b\d+/\d+(?:/\d+)*\b"),
]

"""Document conventions around the claims: speaker labels of a transcript and front matter that
is not valid YAML.

An interview printed as a transcript gives each turn its speaker as a label at the start of the
paragraph ("**Meijer:** Dat klopt niet. We hebben ...", "Q:"/"A:" aside): every sentence of that
paragraph is the labelled person's, as if "..., zegt Meijer" followed each. A label counts only
when it is the name of a person the document knows (a record person, the author, or a name it
mentions elsewhere), so "Media contact: Sam Patel" or "Signed: ..." are no labels.
"""

from __future__ import annotations

import re

from onrecord.check.claims.bold_questions import answer_labels
from onrecord.check.claims.label_case import ROLE_NOTE
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.claim_text import clean_markup

__all__ = ["lenient_front_matter", "speaker_label", "speaker_labels", "without_answer_label"]

_LABEL_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?P<name>[A-Z][\w'’-]+(?:\s+(?:van|de|der|den|el|[A-Z][\w'’-]+)){0,3})"
    + ROLE_NOTE
    + r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+"
)
_FRONT_LINE_RE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
#: the interviewer's turn: "**Vraag:**", "Q:", "Interviewer:" (the document's own voice)
_ASKER_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:vraag|question|q|v|interviewer)\s*(?:\*\*|__)?\s*:\s*"
    r"(?:\*\*|__)?\s+",
    re.I,
)


#: the answerer's turn in a transcript without names: "A:", "Antwoord:", "**Answer:**"
_ANSWER_RE = re.compile(
    r"^\s*(?:\*\*|__)?\s*(?:a|answer|antwoord)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+(?=\S)",
    re.I,
)


def without_answer_label(text: str) -> str:
    """The statement without the "A:" that opens an answer in a transcript ("A: We never
    promised our growers a minimum price."): the label is the layout, not the words, and left
    in place it hides how the sentence opens (an account of one's past, "We never promised"),
    which the rules read from its first words."""
    m = _ANSWER_RE.match(text)
    return text[m.end() :] if m else text


def speaker_label(paragraph: str, ctx: NameContext, author: str | None) -> tuple[str, int] | None:
    """(the person, the label's length) when ``paragraph`` opens with a speaker label; an
    interviewer's label ("**Vraag:**") is the author's (the document's own voice)."""
    asker = _ASKER_RE.match(paragraph)
    if asker:
        return author or "", asker.end()
    m = _LABEL_RE.match(paragraph)
    if not m:
        return None
    name = m["name"]
    if author and ctx.same_person(name, author):
        return author, m.end()
    return (name, m.end()) if ctx.known_match(name) else None


def _turns(body: str, spans: list[tuple[int, int]]) -> dict[str, bool]:
    """The names that label two or more paragraphs (a transcript's speakers, whether or not the
    document names them elsewhere: "**Kerkhoven:**"), each with whether it is the one who asks:
    the only speaker whose turns hold questions (the presenter; the answers are the claims)."""
    paras: dict[str, list[str]] = {}
    for p in re.split(r"\n\s*\n", body):
        m = _LABEL_RE.match(clean_markup(p.strip()))
        if m:  # "IMRAN DALE (host):" once, then "DALE:": one speaker
            paras.setdefault(_surname(m["name"]), []).append(p)
    named = {k: v for k, v in paras.items() if len(v) >= 2}
    if len(named) < 2:
        return {}
    asking = [k for k, v in named.items() if sum("?" in p for p in v) * 2 >= len(v)]
    return {k: len(asking) == 1 and k == asking[0] for k in named}


def _surname(label: str) -> str:
    return label.split()[-1]


def lenient_front_matter(text: str) -> tuple[dict[str, str], int] | None:
    """(fields, length of the block) of a front matter block that YAML refused (a title with a
    quotation and more after it), read line by line as ``key: value``."""
    m = re.match(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*(?:\r?\n|\Z)", text, re.S)
    if not m:
        return None
    fields: dict[str, str] = {}
    for line in (m.group(1) or "").splitlines():
        kv = _FRONT_LINE_RE.match(line)
        if not kv:
            return None
        key, value = kv.group(1).lower(), kv.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields["author" if key in ("authors", "by") else key] = value
    return fields, m.end()


def speaker_labels(
    body: str, spans: list[tuple[int, int]], ctx: NameContext, author: str | None, title: str = ""
) -> list[tuple[str | None, int]]:
    """Per sentence: the speaker its paragraph's label names (a transcript), and the length of
    the label to cut when the sentence opens with it; in an interview without labels, whose
    questions are bold, the guest who gives each answer."""
    out: list[tuple[str | None, int]] = []
    current: str | None = None
    para = -1
    turns = _turns(body, spans)
    for a, b in spans:
        start = body.rfind("\n\n", 0, a) + 1
        if start != para:
            para = start
            got = speaker_label(clean_markup(body[a:b]), ctx, author)
            m = None if got else _LABEL_RE.match(clean_markup(body[a:b]))
            if m and _surname(m["name"]) in turns:  # a label the document repeats: a
                asker = turns[_surname(m["name"])]  # transcript's
                got = ((author or "") if asker else m["name"], m.end())
            current = (got[0] or None) if got else None
            out.append((current, got[1] if got else 0))
        else:
            out.append((current, 0))
    return answer_labels(body, spans, out, ctx, author, title)

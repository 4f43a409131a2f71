"""Agreement of onrecord's MIME decoder with reference parses.

1. stalwart-mail-parser ``eml/*/NNN.eml`` vs ``NNN.json``: plain-text body, HTML body and
   attachment count (whitespace-normalized text equality), per folder and overall;
2. address parsing vs bigbang ``address_header_test_file.yaml`` and stalwart ``address.json``;
3. date parsing vs stalwart ``date.json``.

Usage: ``.venv/bin/python benchmarks/mime_agreement.py [--failures] [CORPORA_DIR]``
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from onrecord.mail.addresses import decode_words, parse_address_list
from onrecord.mail.mime import parse_date, parse_mail

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
_WS = re.compile(r"\s+")


@dataclass
class Score:
    agree: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    def add(self, ok: bool, label: str) -> None:
        self.total += 1
        if ok:
            self.agree += 1
        else:
            self.failures.append(label)

    @property
    def rate(self) -> float:
        return self.agree / self.total if self.total else 1.0


def _norm(text: str | None) -> str:
    return _WS.sub(" ", (text or "").replace("\x00", "")).strip()


# ---------------------------------------------------------------------------- eml bodies


def _expected_bodies(doc: dict) -> tuple[str | None, str | None, int]:
    parts = doc["parts"]

    def bodies(indexes: list[int], kind: str) -> list[str]:
        out = []
        for i in indexes:
            body = parts[i]["body"]
            if isinstance(body, dict) and kind in body:
                out.append(body[kind])
        return out

    texts = bodies(doc["text_body"], "Text")
    htmls = bodies(doc["html_body"], "Html")
    text = "\n".join(texts) if texts else None
    html = "\n".join(htmls) if htmls else None
    return text, html, len(doc["attachments"])


def score_eml(corpora: Path) -> dict[str, dict[str, Score]]:
    """Per folder: Scores for 'text', 'html' and 'attachments'."""
    result: dict[str, dict[str, Score]] = {}
    for eml in sorted((corpora / "stalwart-mail-parser" / "eml").glob("*/*.eml")):
        folder = eml.parent.name
        doc = json.loads(eml.with_suffix(".json").read_text())
        want_text, want_html, want_atts = _expected_bodies(doc)
        scores = result.setdefault(folder, {k: Score() for k in ("text", "html", "attachments")})
        label = f"{folder}/{eml.name}"
        try:
            mail = parse_mail(eml.read_bytes())
        except Exception as exc:
            for s in scores.values():
                s.add(False, f"{label}: {exc!r}")
            continue
        if want_text is not None:
            scores["text"].add(_norm(mail.body_text) == _norm(want_text), label)
        scores["html"].add(_norm(mail.body_html) == _norm(want_html), label)
        scores["attachments"].add(
            len(mail.attachments) == want_atts,
            f"{label}: {len(mail.attachments)} != {want_atts}",
        )
    return result


# ---------------------------------------------------------------------------- addresses


def _name_key(name: str | None) -> str:
    return _norm(decode_words(name or "")).strip("\"'").casefold()


def _addr_key(addr: str | None) -> str:
    return _WS.sub("", addr or "").lower()


def score_bigbang_addresses(corpora: Path) -> Score:
    import yaml

    path = corpora / "bigbang-mailing-lists" / "address_header_test_file.yaml"
    cases = yaml.safe_load(path.read_text())
    score = Score()
    for header, expected in cases.items():
        got = parse_address_list(header)
        if expected and isinstance(expected[0], dict):  # a list: [{1: [email, local, domain]}]
            want = [next(iter(e.values()))[0].lower() for e in expected]
            ok = [a.email for a in got] == want
        elif expected == [None, None, None]:
            ok = not any(a.email for a in got)
        else:
            name, local, domain = expected
            first = got[0] if got else None
            ok = (
                first is not None
                and first.email == f"{local}@{domain}".lower()
                and _name_key(first.name) == _name_key(name)
            )
        score.add(ok, f"{header!r} -> {got}")
    return score


def _flatten(expected: dict) -> list[tuple[str, str]]:
    if "List" in expected:
        items = expected["List"]
    else:
        items = [a for g in expected["Group"] for a in g["addresses"]]
    return [(_name_key(a.get("name")), _addr_key(a.get("address"))) for a in items]


def score_stalwart_addresses(corpora: Path) -> Score:
    cases = json.loads((corpora / "stalwart-mail-parser" / "address.json").read_text())
    score = Score()
    for case in cases:
        got = [(_name_key(a.name), _addr_key(a.email)) for a in parse_address_list(case["header"])]
        want = _flatten(case["expected"])
        score.add(got == want, f"{case['header']!r}: {got} != {want}")
    return score


# ---------------------------------------------------------------------------- dates


def score_dates(corpora: Path) -> Score:
    cases = json.loads((corpora / "stalwart-mail-parser" / "date.json").read_text())
    score = Score()
    for case in cases:
        want = case["expected"]
        got = parse_date(case["header"])
        if want is None:
            ok = got is None
            desc = str(got)
        elif got is None:
            ok, desc = False, "None"
        else:
            dt, offset = got
            sign = -1 if want["tz_before_gmt"] else 1
            want_offset = sign * (want["tz_hour"] * 60 + want["tz_minute"])
            from datetime import timedelta

            local = dt + timedelta(minutes=offset)
            got_t = (local.year, local.month, local.day, local.hour, local.minute, local.second)
            want_t = tuple(want[k] for k in ("year", "month", "day", "hour", "minute", "second"))
            ok = got_t == want_t and offset == want_offset
            desc = f"{got_t} {offset}"
        score.add(ok, f"{case['header']!r}: {desc} != {want}")
    return score


# ---------------------------------------------------------------------------- report


def all_scores(corpora: Path = DEFAULT_CORPORA) -> dict[str, Score]:
    """Flat mapping of benchmark name to Score (eml per folder/criterion and overall)."""
    out: dict[str, Score] = {}
    overall = Score()
    for folder, scores in score_eml(corpora).items():
        for crit, s in scores.items():
            out[f"eml/{folder}/{crit}"] = s
            overall.agree += s.agree
            overall.total += s.total
            overall.failures += [f"{crit}: {f}" for f in s.failures]
    out["eml/overall"] = overall
    out["addresses/bigbang"] = score_bigbang_addresses(corpora)
    out["addresses/stalwart"] = score_stalwart_addresses(corpora)
    out["dates/stalwart"] = score_dates(corpora)
    total = Score()
    for key in ("eml/overall", "addresses/bigbang", "addresses/stalwart", "dates/stalwart"):
        total.agree += out[key].agree
        total.total += out[key].total
    out["overall"] = total
    return out


def main(argv: list[str]) -> int:
    show = "--failures" in argv
    args = [a for a in argv if not a.startswith("--")]
    corpora = Path(args[0]) if args else DEFAULT_CORPORA
    scores = all_scores(corpora)
    for name, s in scores.items():
        print(f"{name:32s} {s.agree:4d}/{s.total:<4d} {100 * s.rate:6.1f}%")
        if (show and not name.startswith("eml/")) or (show and name == "eml/overall"):
            for f in s.failures:
                print(f"    FAIL {f[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

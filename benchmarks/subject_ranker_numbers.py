"""Numbers only, for any split: how often the rules' subject agrees with the gold, how often
some candidate of :mod:`onrecord.check.subjects.subject_features` does (the ceiling of any choice among
them), and what a stored ranker model changes (switches that fix a subject, switches that break
one). Prints no sentence, so that a held-out split can be measured without reading its errors.

    PYTHONPATH=src .venv/bin/python benchmarks/subject_ranker_numbers.py --split heldout \
        [--only NAME ...] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import extraction_eval as ev  # noqa: E402
from train_subject_ranker import examples  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    from onrecord.check.subjects.subject_ranker import WEIGHTS, choose, load

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "heldout"], default="dev")
    ap.add_argument("--only", nargs="+", default=None, metavar="NAME")
    ap.add_argument("--model", type=Path, default=WEIGHTS)
    args = ap.parse_args(argv)
    model = load(args.model)
    files = sorted((ev.ARTICLES / args.split).glob("*.md"))
    if args.only:
        files = [f for f in files if f.stem in args.only]
    n = rules_ok = ceiling = model_ok = fixed = broken = wrong_switch = 0
    for md in files:
        for site, gold in examples(md):
            n += 1
            r = ev.same_name(gold, site.rules)
            got = choose(site, model)
            m = ev.same_name(gold, got)
            rules_ok += r
            model_ok += m
            ceiling += any(ev.same_name(gold, c) for c in site.candidates)
            if got != site.rules:
                fixed += m and not r
                broken += r and not m
                wrong_switch += not r and not m
    print(
        f"{args.split}: {len(files)} articles, {n} matched claims | rules {rules_ok / n:.1%} | "
        f"a candidate agrees {ceiling / n:.1%} | model {model_ok / n:.1%} (switches: {fixed} "
        f"fixed, {broken} broken, {wrong_switch} wrong to wrong)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

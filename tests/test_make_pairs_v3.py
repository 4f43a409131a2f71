"""training/make_pairs_v3.py: deterministic, the mixes asked for, valid rows, Dutch grammar spot
checks and labels of specific templates."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "training" / "make_pairs_v3.py"


def _load():
    spec = importlib.util.spec_from_file_location("make_pairs_v3", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


mp = _load()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return mp.build()[0]


def _strip_date(premise: str) -> str:
    return re.sub(r"^On \d{1,2} [A-Z][a-z]{2} \d{4}, ", "", premise)


def test_deterministic(rows):
    again = mp.build()[0]
    assert again == rows


def test_written_file_is_current(rows):
    if not mp.OUT.exists():
        pytest.skip("pairs not generated")
    on_disk = [json.loads(line) for line in mp.OUT.open(encoding="utf-8")]
    assert on_disk == rows


def test_counts_and_mixes(rows):
    n = len(rows)
    assert n >= 4000
    lang = Counter(r["lang"] for r in rows)
    assert abs(lang["en-en"] / n - 0.35) < 0.04
    assert abs(lang["nl-nl"] / n - 0.25) < 0.04
    assert abs((lang["en-nl"] + lang["nl-en"]) / n - 0.40) < 0.04
    label = Counter(r["label"] for r in rows)
    assert abs(label["entailment"] / n - 0.30) < 0.04
    assert abs(label["neutral"] / n - 0.40) < 0.04
    assert abs(label["contradiction"] / n - 0.30) < 0.04
    frame = Counter(r["frame"] for r in rows)
    assert frame["related-neutral"] / n >= 0.25
    assert set(frame) == set(mp.TEMPLATES)
    for cat in mp.TEMPLATES:  # every category: every label, every language pairing
        sub = [r for r in rows if r["frame"] == cat]
        assert {r["label"] for r in sub} == {"entailment", "neutral", "contradiction"}, cat
        assert {r["lang"] for r in sub} == set(mp.LANGS), cat
    dated = sum(bool(re.match(r"On \d{1,2} [A-Z][a-z]{2} \d{4}, ", r["premise"])) for r in rows)
    assert 0.15 < dated / n < 0.35


def test_rows_valid_and_unique(rows):
    keys = set()
    for r in rows:
        assert set(r) == {"premise", "hypothesis", "label", "frame", "lang"}
        assert r["label"] in ("entailment", "neutral", "contradiction")
        assert r["lang"] in mp.LANGS
        assert r["premise"].strip() and r["hypothesis"].strip()
        assert "{" not in r["premise"] + r["hypothesis"]  # no unfilled slot
        assert "  " not in r["premise"] + r["hypothesis"]
        assert r["hypothesis"][0].isupper() or r["hypothesis"][0].isdigit()
        keys.add((r["premise"], r["hypothesis"]))
    assert len(keys) == len(rows)


def test_no_sample_case_names(rows):
    banned = re.compile(r"\b(Lumen|Vale|Okafor|de Groot|Marcus|Ilse|Daan|Techblad)\b", re.I)
    for r in rows:
        assert not banned.search(r["premise"] + " " + r["hypothesis"]), r


def test_date_prefix_is_english(rows):
    for r in rows:
        assert not r["premise"].startswith("Op ")


def test_dutch_subordinate_clause_is_verb_final():
    rng = random.Random(0)
    ctx = mp.Ctx(rng)
    depot = mp.ACTS[0]
    en, nl = mp.framed(ctx, "ruled_out", "Berg", depot)
    assert en == f"Berg ruled out selling the bus depot in {ctx.city}."
    assert nl == f"Berg sloot uit dat het busdepot in {ctx.city} verkocht zou worden."
    pool = next(x for x in mp.ACTS if x.nl_inf == "openhouden")
    _, nl = mp.framed(ctx, "pledged", "Berg", pool)
    assert nl == f"Berg beloofde het zwembad in {ctx.city} open te houden."
    _, nl = mp.framed(ctx, "rejected", "Berg", pool)
    assert nl == f"Berg wees het plan om het zwembad in {ctx.city} open te houden af."
    # every action verb has its finite form for "... wilde dat Jansen <obj> <verb>"
    for act in mp.ACTS:
        assert mp.inf_sub(act).endswith("t")
    assert mp.inf_sub(depot) == "verkoopt"


def test_dutch_rows_spot_checks(rows):
    nl = [r["hypothesis"] for r in rows if r["lang"].endswith("nl")]
    second = [r["hypothesis"] for r in rows if r["frame"] == "second-person"]
    wilde_dat = [h for h in second if " wilde dat " in h]
    assert wilde_dat
    for h in wilde_dat:  # the finite verb closes the clause
        assert h.rstrip(".").split()[-1].endswith("t"), h
    for h in nl:
        assert " plan om " not in h or " te " in h, h  # "het plan om ... te <inf>"
        assert "zou worden" in h or "zouden worden" in h or "sloot uit" not in h, h


HEDGED = r"(\w+ wrote: )?(We might|We could|Maybe we will|Misschien gaan we)"


FIRM = r"( will (definitely )?be [a-z ]+| (wordt|worden) (zeker )?[a-z ]+)\.$"


def test_hedge_vs_firm_is_neutral(rows):
    hedged = [
        r
        for r in rows
        if r["frame"] == "hedge"
        and re.match(
            r"(\w+ wrote: )?(We might|We could|Maybe we will|Misschien gaan we)",
            _strip_date(r["premise"]),
            re.I,
        )
        and re.search(FIRM, r["hypothesis"])
        and not re.search(r" (not|niet|misschien) ", r["hypothesis"])
    ]
    assert hedged
    assert {r["label"] for r in hedged} == {"neutral"}
    ruled = [
        r
        for r in rows
        if r["frame"] == "hedge"
        and "will definitely" in r["premise"]
        and " ruled out " in r["hypothesis"]
    ]
    assert ruled and {r["label"] for r in ruled} == {"contradiction"}


def test_template_labels():
    rng = random.Random(5)
    seen = Counter()
    for _ in range(300):
        fr = mp.t_related(mp.Ctx(rng))
        prem = fr.prem["en"]
        if any(prem == cc[0] for cc in mp.CHITCHAT):  # chit-chat vs any claim: neutral
            assert {h[2] for h in fr.hyps} == {mp.N}
            seen["chitchat"] += 1
    assert seen["chitchat"]
    # quantities: "ten percent" vs "a fifth" is a contradiction, "billions" entails "a billion or more"
    percent = dict((q[0], q[2]) for q in dict((p[0], p[2]) for p in mp.PERCENT)["ten percent"])
    assert percent["a fifth"] == mp.C
    money = {p[0]: {q[0]: q[2] for q in p[2]} for p in mp.MONEY}
    assert money["billions"]["a billion or more"] == mp.E
    assert money["$1 billion"]["only $100 million"] == mp.C
    staff = {p[0]: {q[0]: q[2] for q in p[2]} for p in mp.STAFF}
    assert staff["at least 40"]["more than 30"] == mp.E
    assert staff["at least 40"]["at least 50"] == mp.N


def test_hedge_template_labels():
    """Straight from the template: "We might x." does not entail "x will (definitely) be done"."""
    rng = random.Random(3)
    n = 0
    for _ in range(200):
        ctx = mp.Ctx(rng)
        fr = mp.t_hedge(ctx)
        if not re.match(r"(We might|We could|Maybe we will|Perhaps we should)", fr.prem["en"]):
            continue
        for en, nl, label, _ in fr.hyps:
            if re.search(FIRM, en) and " not " not in en:
                assert label == mp.N, (fr.prem["en"], en)
                n += 1
            if " ruled out " in en or "uitgesloten" in nl:
                assert label == mp.C, (fr.prem["en"], en)
    assert n > 20

"""Check a hand-written pair file: python3 training/pairs/hand/validate.py FILE.jsonl"""
import json, sys, collections
LABELS = {"entailment", "neutral", "contradiction"}
KINDS = {"paraphrase", "act", "opposite", "negated-entail", "related", "overclaim", "distractor", "agree-reply"}
n = 0; c = collections.Counter(); bad = 0
for k, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.strip()
    if not line:
        continue
    try:
        r = json.loads(line)
        assert set(r) >= {"id", "writer", "lang", "text", "hyps"}, "missing keys"
        assert r["lang"] in ("en", "nl"), "lang"
        assert r["text"].strip() and r["writer"].strip()
        assert isinstance(r["hyps"], list) and len(r["hyps"]) >= 3, "need >= 3 hyps"
        for h in r["hyps"]:
            assert h["label"] in LABELS, f"label {h['label']}"
            assert h["lang"] in ("en", "nl"), "hyp lang"
            assert h["kind"] in KINDS, f"kind {h['kind']}"
            assert h["text"].strip()
            c[(h["label"])] += 1; c[h["lang"] + "<-" + r["lang"]] += 1; c[h["kind"]] += 1
            n += 1
    except Exception as e:  # noqa: BLE001
        bad += 1
        print(f"line {k}: {e}")
print(f"{n} pairs, {bad} bad lines;", dict(c))

"""Extra candidate pairs for denials: a statement that denies something ("None of the Tripel
batches was infected.") is often a loose topic neighbour of the act it denies ("we had to pour
away three batches of Tripel because of a wild yeast infection", similarity 0.79): the words
of the report differ from the denial's, so e5 places them under the topic threshold. Each
negated statement is also paired with its ``k`` nearest statements that are not negated, in
any language, from ``threshold``: few pairs (only denials take part), ranked low by their
closeness unless the judge or the rules find a clear opposition.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from onrecord.check.opposition import negated

#: Nearest non-negated statements paired with each denial...
DENIAL_NEIGHBOURS = 2
#: ... from this similarity (the topic threshold is 0.80).
DENIAL_SIMILARITY = 0.75


def denial_pairs(
    vecs: np.ndarray,
    texts: Sequence[str],
    messages: Sequence[int | None],
    *,
    k: int = DENIAL_NEIGHBOURS,
    threshold: float = DENIAL_SIMILARITY,
    duplicate: float = 0.99,
) -> dict[tuple[int, int], float]:
    """Candidate pairs ``(i, j)``, ``i < j``, with their similarity: each negated statement with
    its ``k`` nearest statements that are not negated (never of one message)."""
    neg = np.asarray([negated(t) for t in texts], dtype=bool)
    pairs: dict[tuple[int, int], float] = {}
    if k <= 0 or not neg.any() or neg.all():
        return pairs
    msg = np.asarray([-1 - i if m is None else m for i, m in enumerate(messages)], dtype=np.int64)
    for i in np.flatnonzero(neg).tolist():
        sims = vecs @ vecs[i]
        sims[neg] = -np.inf
        sims[msg == msg[i]] = -np.inf
        sims[sims >= duplicate] = -np.inf
        for j in np.argsort(-sims, kind="stable")[:k].tolist():
            if sims[j] >= threshold:
                pairs[(i, j) if i < j else (j, i)] = float(sims[j])
    return pairs

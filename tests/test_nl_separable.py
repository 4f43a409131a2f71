"""Dutch separable verbs in reported speech: the main clause splits the particle off ("dat de
raad ermee instemde" -> "De raad stemde ermee in."), and "dat" as the object of one ("Verbaan
wees dat af.") opens no reported clause."""

from __future__ import annotations

from onrecord.check.claims.claimant import strip_framing
from onrecord.check.language.claim_names import NameContext
from onrecord.check.language.nl_order import separable

CTX = NameContext([])


def test_the_particle_splits_off_in_the_main_clause() -> None:
    assert strip_framing("Vos zei dat de raad ermee instemde.", "nl", CTX, reported=True) == (
        "Vos",
        "De raad stemde ermee in.",
    )
    got = strip_framing(
        "Vos verklaarde dat de gemeente het voorstel afwees.", "nl", CTX, reported=True
    )
    assert got == ("Vos", "De gemeente wees het voorstel af.")
    got = strip_framing("Jansen wees erop dat de termijn in mei afliep.", "nl", CTX, reported=True)
    assert got == ("Jansen", "De termijn liep in mei af.")


def test_verbs_that_do_not_split() -> None:
    for verb in ("aanvaardde", "opende", "overleed", "verkocht", "informeerde"):
        assert separable(verb) is None
    assert separable("afwees") == ("af", "wees")
    assert separable("instemde") == ("in", "stemde")


def test_dat_as_the_object_of_a_separable_verb_is_no_frame() -> None:
    for s in ("Smeenk wees dat voorstel in maart 2024 af.", "Verbaan wees dat af."):
        assert strip_framing(s, "nl", CTX, reported=True) == (None, s)

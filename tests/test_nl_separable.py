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


def test_a_quote_before_the_verb_keeps_its_closing_mark() -> None:
    got = strip_framing(
        'Een woordvoerder zei dat NoordGas de druk "binnen de vergunning" heeft gehouden.',
        "nl",
        CTX,
        reported=True,
    )
    assert got[1] == 'NoordGas heeft de druk "binnen de vergunning" gehouden.'


def test_the_speaker_after_a_fronted_phrase_lets_know() -> None:
    ctx = NameContext(["Gerrit Lindeboom"])
    got = strip_framing(
        'In een reactie laat Lindeboom weten dat hij "geen spijt" heeft.', "nl", ctx, reported=True
    )
    assert got == ("Lindeboom", 'Hij heeft "geen spijt".')  # not "In een reactie"
    got = strip_framing(
        "In een verklaring liet de gemeente weten dat de brug dicht blijft.",
        "nl",
        ctx,
        reported=True,
    )
    assert got == ("de gemeente", "De brug blijft dicht.")


def test_two_coordinated_verbs_are_left_in_their_order() -> None:
    from onrecord.check.language.nl_order import reorder_nl_sub

    s = 'Stichting Lichtval "andere keuzes" maakt en de samenwerking "met respect" afsluit.'
    assert reorder_nl_sub(s, CTX) == s


def test_het_before_a_preposition_is_the_subject() -> None:
    got = strip_framing(
        "Roelofs stelde dat het om een eerste reactie ging.", "nl", CTX, reported=True
    )
    assert got == ("Roelofs", "Het ging om een eerste reactie.")
    got = strip_framing("Roelofs stelde dat het bedrijf failliet ging.", "nl", CTX, reported=True)
    assert got == ("Roelofs", "Het bedrijf ging failliet.")

"""A claim about an act toward a change is not opposed by the change's direction
(check/figures/change_object.py): sentences from the training cases, English and Dutch."""

from __future__ import annotations

from onrecord.check.figures.change_object import act_toward_change
from onrecord.check.figures.direction import opposed


def test_refusing_asking_or_not_wanting_a_change_is_an_act_toward_it() -> None:
    refused = "In februari 2019 weigerde Brouwer de huren harder te laten stijgen dan de inflatie."
    promise = (
        "Ik heb de huurders beloofd dat de huren niet harder stijgen dan de inflatie, en daar "
        "houd ik me aan."
    )
    # the direction rule reads the two as opposite ways; the claim is the promise in other words
    assert opposed(promise, refused, "nl", "nl")
    assert act_toward_change(refused)
    assert act_toward_change(
        "Zuidema did not want the private equity increase mentioned in the members' newsletter."
    )
    assert act_toward_change(
        "De huurderscommissie vroeg het bestuur in maart 2021 de huurstijging niet hoger te "
        "laten uitvallen dan de inflatie van 1,3 procent."
    )
    assert act_toward_change(
        "Zuidema stemde in maart 2018 in met het voorstel om het aandeel private equity te "
        "verhogen van 2 naar 12 procent."
    )


def test_a_change_reported_or_promised_in_a_that_clause_still_counts() -> None:
    assert not act_toward_change(
        "Karin Vos reported in April 2020 that advertising revenue had risen by 38 percent in "
        "March."
    )
    assert not act_toward_change(
        "Kloosterman beloofde in september 2017 dat de studiemateriaalbijdrage van 150 euro de "
        "komende jaren niet omhoog zou gaan."
    )
    assert not act_toward_change(
        "Van Rijn never promised that rents would rise no faster than inflation."
    )


def test_a_plain_report_of_a_change_is_no_act_toward_it() -> None:
    assert not act_toward_change("De provincie verhoogde in 2017 haar bijdrage aan RTV Vlietland.")
    assert not act_toward_change(
        "Private equity never rose above 10 percent of Graafland's portfolio."
    )
    assert not act_toward_change(
        "De huren van Woonstede zijn onder Brouwer nooit harder gestegen dan de inflatie."
    )

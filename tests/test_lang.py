from __future__ import annotations

import pytest

from onrecord.text.lang import LANGUAGES, UND, detect_lang, detect_langs, detect_message_langs
from onrecord.text.sentences import split_sentences

NL = (
    "Dhr. Jansen stuurde op 3 jan. de stukken o.a. naar art. 5 van het contract. "
    "Zie bijv. de bijlage."
)
EN = "I spoke with Mr. Smith yesterday; he will send the signed contract before Friday."
DE = "Wir haben die Unterlagen gestern an Herrn Müller geschickt und warten auf seine Antwort."
FR = "Nous avons envoyé les documents à M. Dupont hier soir, il nous répondra demain."


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (NL, "nl"),
        (EN, "en"),
        (DE, "de"),
        (FR, "fr"),
        ("Kun je de offerte nog even nakijken voor vrijdag?", "nl"),
        ("Mijn excuses voor de late reactie.", "nl"),
        ("De vergadering is verplaatst naar donderdag.", "nl"),
        ("Could you have another look at the quote before Friday?", "en"),
        ("Die Besprechung ist morgen um zehn Uhr.", "de"),
        ("Hemos enviado los documentos ayer por la tarde.", "es"),
        ("Можем ли мы встретиться завтра утром?", "ru"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


@pytest.mark.parametrize(
    "text", ["Yup", "+1", "OK", "ok", "Thanks!", "", "   ", "https://example.com/x", "12:30"]
)
def test_too_short_is_und(text: str) -> None:
    assert detect_lang(text) == UND


def test_hint_fills_undecidable() -> None:
    texts = ["Yup", "+1", "Dat klopt", NL]
    assert detect_langs(texts) == [UND, UND, UND, "nl"]
    assert detect_langs(texts, hint="nl") == ["nl", "nl", "nl", "nl"]
    assert detect_langs(["Yup"], hint="en") == ["en"]
    assert detect_langs(["Yup"], hint=UND) == [UND]


def test_hint_does_not_override_clear_other_language() -> None:
    texts = ["Bedankt voor je snelle reactie!", "Sounds good to me, see you tomorrow.", DE]
    assert detect_langs(texts, hint="nl") == ["nl", "en", "de"]
    assert detect_langs(texts, hint="en") == ["nl", "en", "de"]


def test_short_ambiguous_sentence_takes_hint() -> None:
    # Short Dutch that scores close to Scandinavian/German stays with the message language.
    assert detect_langs(["Ik kom morgen"], hint="nl") == ["nl"]
    assert detect_langs(["Tot morgen!"], hint="nl") == ["nl"]


def test_batch_matches_single() -> None:
    texts = [NL, EN, DE, FR, "Yup", "De vergadering is morgen.", "The meeting is tomorrow."]
    assert detect_langs(texts) == [detect_lang(t) for t in texts]


def test_empty_batch() -> None:
    assert detect_langs([]) == []
    assert detect_message_langs([]) == (UND, [])


def test_mixed_dutch_mail_per_sentence() -> None:
    body = (
        "Beste Piet,\n\n"
        "Ik heb de stukken gisteren naar dhr. Jansen gestuurd, o.a. de\n"
        "conceptovereenkomst en de bijlagen. Hij reageert waarschijnlijk\n"
        "voor vrijdag. The English summary is attached for our colleagues in\n"
        "London. Dat klopt toch?\n\n"
        "Groet,\nJan\n"
    )
    sentences = [body[a:b] for a, b in split_sentences(body)]
    assert sentences[0] == "Beste Piet,"
    msg, langs = detect_message_langs(sentences)
    assert msg == "nl"
    assert langs == detect_langs(sentences, hint="nl")
    by_text = dict(zip(sentences, langs))
    assert by_text["Beste Piet,"] == "nl"
    assert by_text["The English summary is attached for our colleagues in\nLondon."] == "en"
    assert by_text["Dat klopt toch?"] == "nl"
    assert by_text["Jan"] == "nl"
    assert detect_lang(body) == "nl"


def test_no_afrikaans_or_frisian() -> None:
    assert "af" not in LANGUAGES and "fy" not in LANGUAGES and "lb" not in LANGUAGES
    for text in ["Dat is goed zo", "Ek het die dokumente gestuur", "Ik ben it iens"]:
        assert detect_lang(text) in {"nl", UND}


def test_upper_case_text() -> None:
    assert detect_lang("PLEASE SEND THE SIGNED CONTRACT BEFORE FRIDAY MORNING") == "en"

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from onrecord.text import lang
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


# --- the fast path (vectorised automaton walk, regex shortcuts) against the reference path ---

CORPUS = Path("/work/shared/corpora/notmuch-corpora")


def _corpus_messages(limit: int) -> list[list[str]]:
    from onrecord.mail.mime import parse_mail

    out: list[list[str]] = []
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.name in {"README", "SOURCE.md"}:
            continue
        try:
            body = parse_mail(path.read_bytes()).body_text
        except Exception:  # not every file there is a message
            continue
        sentences = [body[a:b] for a, b in split_sentences(body)]
        if sentences:
            out.append(sentences)
        if sum(map(len, out)) >= limit:
            break
    return out


def test_window_covers_automaton() -> None:
    """From any state, _WINDOW bytes lead where they lead from the start state."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint32).astype(np.int64)
    rowbase = np.asarray(ident.tk_row, dtype=np.int64) << 8
    nstates = len(rowbase)
    byte = np.arange(256)
    # Pairs (state from some state, state from the start) that still differ; none may be left.
    pairs = np.stack([np.arange(1, nstates), np.zeros(nstates - 1, dtype=np.int64)], axis=1)
    for _ in range(lang._WINDOW):
        a = nextmove[(rowbase[pairs[:, 0]][:, None] + byte).ravel()]
        b = nextmove[(rowbase[pairs[:, 1]][:, None] + byte).ravel()]
        keys = np.unique(a[a != b] * nstates + b[a != b])
        pairs = np.stack([keys // nstates, keys % nstates], axis=1)
    assert len(pairs) == 0


def test_fast_features_match_sequential_walk() -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

    rnd = random.Random(7)
    texts = [
        NL.encode(), EN.encode(), DE.encode(), FR.encode(), b"a", b"ab",
        "Можем ли мы встретиться завтра утром?".encode(), "会議は明日です".encode(),
    ] + [bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 40))) for _ in range(300)]  # fmt: skip
    model = lang._get_model()
    keys = np.sort(model._keys(texts))
    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    walk = [visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, t) for t in texts]
    expected = sorted(
        i * model.nfeat + f for i, c in enumerate(walk) for f in (c.elements() if c else ())
    )
    assert keys.tolist() == expected
    assert keys.tolist() == sorted(
        i * model.nfeat + f for i, t in enumerate(texts) for f in model.features(t)
    )
    assert np.array_equal(model.scores(texts), model.scores(texts, reference=True))


def test_prepare_shortcuts_match_reference() -> None:
    rnd = random.Random(3)
    alphabet = [*"ahtpswAHT :/.@#_1 \n\té٣中x-", "http://", "https://", "www.", "a@b.c", "Word "]
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(20000)]
    texts += [NL, EN, DE, FR, "mail jan@example.com of https://x.nl/a_1 #tag @piet 12:30 uur"]
    for text in texts:
        assert lang._prepare(text) == lang._prepare(text, reference=True), text


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs /work/shared/corpora/notmuch-corpora")
def test_fast_path_matches_reference_on_real_mail() -> None:
    messages = _corpus_messages(600)
    flat = [s for ss in messages for s in ss]
    assert len(flat) >= 300
    todo, raw = lang._score(flat)
    todo_ref, raw_ref = lang._score(flat, reference=True)
    assert todo == todo_ref
    assert raw is not None and raw_ref is not None
    assert np.array_equal(raw, raw_ref)
    for sentences in messages:
        assert detect_message_langs(sentences) == lang._detect_message_langs(
            sentences, reference=True
        )


def test_score_cache_gives_the_batch_rows() -> None:
    """Cached rows are bit for bit what a fresh batch gives, also after slots were reused."""
    messages = _corpus_messages(200)
    flat = [s for ss in messages for s in ss]
    model = lang._get_model()
    fresh = lang._ScoreCache(model, size=1 << 16)
    todo, raw = fresh.score(flat)
    again = fresh.score(flat)  # all hits now
    assert again[0] == todo and np.array_equal(again[1], raw)
    inputs = [lang._prepare(flat[i]) for i in todo]
    assert np.array_equal(raw, model.scores(inputs))
    tiny = lang._ScoreCache(model, size=7)  # constant eviction, repeats within a batch
    for sentences in [*messages, *messages, flat[:50] * 2]:
        got = tiny.score(sentences)
        want = fresh.score(sentences)
        assert got[0] == want[0]
        assert (got[1] is None and want[1] is None) or np.array_equal(got[1], want[1])
        assert detect_message_langs(sentences) == lang._detect_message_langs(
            sentences, reference=True
        )

"""Language identification for sentences and messages.

Built on py3langid's naive-Bayes byte n-gram model, restricted to :data:`LANGUAGES` (the
languages one meets in European business mail, plus the major other scripts) so that short
Dutch is not taken for Afrikaans or Frisian, nor German for Luxembourgish. Sentences are scored
in batches, without a Python loop over bytes: the model's n-gram automaton is walked over all
bytes of the batch at once with numpy (see :meth:`_Model.scores`), then one gather-and-sum gives
the scores. A sequential reference implementation (``reference=True``) is kept for the tests.

``"und"`` (undetermined) is returned for text that is too short or too unclear to call ("Yup",
"+1", "OK", a bare URL); :func:`detect_langs` replaces those by the message-level ``hint`` and
also prefers the hint when it is nearly as likely as the winner.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["LANGUAGES", "UND", "detect_lang", "detect_langs", "detect_message_langs"]

UND = "und"

# Latin-script languages of (mostly) Europe, then languages with their own scripts, which the
# model tells apart reliably. Deliberately absent: close relatives that steal short sentences
# from the big ones (af, fy, lb, li, nn, gl, oc, wa, bs, ...).
LANGUAGES: tuple[str, ...] = (
    "en", "nl", "de", "fr", "es", "it", "pt", "da", "sv", "no", "fi", "pl", "cs", "sk", "hu",
    "ro", "hr", "sl", "et", "lv", "lt", "tr", "id", "ca",
    "el", "ru", "uk", "bg", "sr", "ar", "he", "fa", "hi", "th", "zh", "ja", "ko",
)  # fmt: skip

# Below these, a text is undecidable: fewer than _MIN_LETTERS letters in words of 2+ letters,
# or a single word shorter than _MIN_SINGLE_WORD letters.
_MIN_LETTERS = 8
_MIN_SINGLE_WORD = 14
# Decisions work on log-likelihood gaps (nats) of the naive-Bayes model. A text is decided when
# its winner beats the runner-up by at least _MIN_MARGIN; with a hint, the hint is kept when it
# is within _HINT_MARGIN of the winner (short sentences of a Dutch mail that score a bit more
# Danish or English stay Dutch, while a full English sentence in it is still English).
_MIN_MARGIN = 4.0
_HINT_MARGIN = 5.0

# URLs, email addresses, @handles and digits say nothing about the language; drop them.
_NOISE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|[@#]\w+|[\d_]+")
# _NOISE in two steps, with the same result (checked in tests/test_lang.py), several times
# faster. The e-mail branch can only match from the start of a run of non-space characters (if
# it matches further on, it matches at the start too) and then takes the whole run, so it can
# go first and only on text with an "@"; the other branches start with one of a few characters,
# which lets the regex engine skip ahead, and are told apart by a look back at that character.
# (The e-mail branch is a scan of the runs, not the regex ``(?<!\S)\S+@\S+\.\S+``, which
# backtracks quadratically on a long run of "@": 60 KB of them took 4.5 s.)
_RUNS = re.compile(r"(\s+)")


def _is_email_run(run: str) -> bool:
    r"""True when ``\S+@\S+\.\S+`` matches the whole run: an "@" past its first character,
    then a "." at least two characters on and before its last."""
    at = run.find("@", 1)
    return at > 0 and run.find(".", at + 2, len(run) - 1) >= 0


def _drop_email_runs(text: str) -> str:
    """``text`` with each e-mail-like run of non-space characters replaced by a space."""
    parts = _RUNS.split(text)
    for i in range(0, len(parts), 2):  # (the odd ones are the whitespace between)
        if "@" in parts[i] and _is_email_run(parts[i]):
            parts[i] = " "
    return "".join(parts)


_NOISE_REST = re.compile(
    r"[\d_#@hw](?:(?<=h)ttps?://\S+|(?<=w)ww\.\S+|(?<=[@#])\w+|(?<=[\d_])[\d_]*)"
)
_NOISE_NO_URL = re.compile(r"[\d_#@](?:(?<=[@#])\w+|(?<=[\d_])[\d_]*)")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Two words of 4+ letters: enough to be decidable (see _prepare); found quickly in most text,
# which spares counting all words. Each run of letters is tried once, so this stays linear.
_TWO_WORDS = re.compile(r"(?<![^\W\d_])[^\W\d_]{4}[^\W\d_]*+[\W\d_][\s\S]*?[^\W\d_]{4}")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# The model's automaton recognises byte n-grams of at most this many bytes: its state after
# any input is the state reached from the start by the last _WINDOW bytes alone. That lets
# _Model.scores compute every byte's state in _WINDOW vectorised steps rather than a
# sequential walk. Checked against the model in tests/test_lang.py.
_WINDOW = 6


class _Model:
    """py3langid's model, restricted to :data:`LANGUAGES`, with float32 weights for speed."""

    def __init__(self, languages: Sequence[str]) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident: Any = LanguageIdentifier.from_model_file(MODEL_FILE)
        classes: list[str] = list(ident.nb_classes)
        wanted = set(languages)
        # One column per label, in order of first appearance; then the further columns of
        # labels that own several (script variants, e.g. sr Cyrillic/Latin), each folded into
        # its label's column by a maximum after scoring.
        labels: list[str] = []
        cols: list[int] = []
        extra: list[tuple[str, int]] = []
        for i, c in enumerate(classes):
            if c not in wanted:
                continue
            if c in labels:
                extra.append((c, i))
            else:
                labels.append(c)
                cols.append(i)
        self.labels = labels
        self.label_index = {c: k for k, c in enumerate(labels)}
        self.fold = [(self.label_index[c], len(labels) + j) for j, (c, _) in enumerate(extra)]
        cols += [i for _, i in extra]
        self.ptc = np.ascontiguousarray(np.asarray(ident.nb_ptc)[:, cols], dtype=np.float32)
        self.pc = np.asarray(ident.nb_pc, dtype=np.float32)[cols]
        self.pc_labels = self.pc[: len(labels)]
        self.nfeat = self.ptc.shape[0]
        # The automaton, as py3langid walks it: from state s, byte b leads to state
        # nextmove[(row[s] << 8) + b], which emits feature output[state] when that is >= 0.
        # Here both tables are indexed by that transition number and give, for the state
        # reached, its row base (row << 8) and the feature it emits.
        nextmove = np.frombuffer(ident.tk_nextmove, dtype=np.uint32)
        rowbase = np.asarray(ident.tk_row, dtype=np.int32) << 8
        self.step = rowbase[nextmove]
        self.emit = np.asarray(ident.tk_output, dtype=np.int32)[nextmove]
        self.start = int(rowbase[0])

    def features(self, data: bytes) -> list[int]:
        """Feature indices hit while walking the automaton over ``data`` (with repeats).

        The sequential reference for :meth:`scores`.
        """
        step = memoryview(self.step)
        emit = memoryview(self.emit)
        base = self.start
        feats: list[int] = []
        append = feats.append
        for byte in data:
            t = base + byte
            f = emit[t]
            if f >= 0:
                append(f)
            base = step[t]
        return feats

    def _keys(self, texts: Sequence[bytes]) -> np.ndarray:
        """``i * nfeat + f`` for every hit of feature ``f`` in ``texts[i]``, without a Python
        loop over bytes.

        The transition taken at byte ``t`` depends only on bytes ``t - _WINDOW + 1 .. t`` (and
        the start of its text): take every byte from the start state, then _WINDOW - 1 times
        take it from the state its predecessor reached, all bytes of all texts at once.
        """
        lens = np.fromiter(map(len, texts), dtype=np.intp, count=len(texts))
        data = np.frombuffer(b"".join(texts), dtype=np.uint8).astype(np.intp)
        starts = np.cumsum(lens)
        starts -= lens
        if len(data) > 1:
            starts = starts[lens > 0]
            trans = data + self.start  # transition taken at each byte
            first = trans[starts]
            base = np.empty(len(data), dtype=np.int32)
            for _ in range(_WINDOW - 1):
                self.step.take(trans, out=base, mode="clip")  # state reached, as a row base
                np.add(base[:-1], data[1:], out=trans[1:])
                trans[starts] = first
        else:
            trans = data + self.start
        feats = self.emit[trans]
        hit = feats >= 0
        offset = np.repeat(np.arange(0, len(texts) * self.nfeat, self.nfeat), lens)
        return (offset + feats)[hit]

    def scores(self, texts: Sequence[bytes], reference: bool = False) -> np.ndarray:
        """Log-posterior per text and label, shape ``(len(texts), len(labels))``.

        Same model as py3langid: sum over distinct features of ``log1p(count) * log P(f|c)``,
        plus the class prior. ``reference`` walks the automaton byte by byte in Python
        (:meth:`features`); the result is the same, only slower.
        """
        n = len(texts)
        nfeat = self.nfeat
        if reference:
            key_list: list[int] = []
            for i, data in enumerate(texts):
                key_list.extend([i * nfeat + f for f in self.features(data)])
            keys = np.asarray(key_list, dtype=np.int64)
        else:
            keys = self._keys(texts)
        out = np.zeros((n, self.ptc.shape[1]), dtype=np.float32)
        if len(keys):
            # Distinct (text, feature) pairs and their counts, as np.unique would give them.
            keys.sort()
            new = np.empty(len(keys), dtype=bool)
            new[0] = True
            np.not_equal(keys[1:], keys[:-1], out=new[1:])
            pos = np.flatnonzero(new)
            uniq = keys[pos]
            counts = np.empty(len(pos), dtype=np.float32)
            np.subtract(pos[1:], pos[:-1], out=counts[:-1])
            counts[-1] = len(keys) - pos[-1]
            row = uniq // nfeat
            contrib = self.ptc.take(uniq - row * nfeat, axis=0)
            contrib *= np.log1p(counts)[:, None]
            new = new[: len(row)]
            np.not_equal(row[1:], row[:-1], out=new[1:])
            starts = np.flatnonzero(new)
            out[row[starts]] = np.add.reduceat(contrib, starts, axis=0)
        out += self.pc
        for k, j in self.fold:
            np.maximum(out[:, k], out[:, j], out=out[:, k])
        return out[:, : len(self.labels)]


_model: _Model | None = None
_lock = threading.Lock()


def _get_model() -> _Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _Model(LANGUAGES)
    return _model


def load() -> None:
    """Load the model now (before forking workers, so that they share its pages)."""
    _get_model()


def _prepare(text: str, reference: bool = False) -> bytes | None:
    """Model input for ``text``; None when it is too short to decide.

    ``reference`` skips the shortcuts (which give the same result).
    """
    if reference:
        cleaned = _NOISE.sub(" ", text)
    else:
        cleaned = _drop_email_runs(text) if "@" in text else text
        if "http" in cleaned or "www." in cleaned:
            cleaned = _NOISE_REST.sub(" ", cleaned)
        else:
            cleaned = _NOISE_NO_URL.sub(" ", cleaned)
    if reference or not _TWO_WORDS.search(cleaned):
        words = _WORD.findall(cleaned)
        nwords = len(words)
        letters = sum(map(len, words))
        too_short = letters < _MIN_LETTERS or (nwords < 2 and letters < _MIN_SINGLE_WORD)
        # CJK has no spaces and packs a word into 1-2 characters.
        if too_short and not (letters >= 4 and _CJK.search(cleaned)):
            return None
    if cleaned.isupper():
        cleaned = cleaned.lower()
    if not cleaned.isascii():
        cleaned = unicodedata.normalize("NFC", cleaned)
    return " ".join(cleaned.split()).encode("utf-8", "surrogatepass")


def _score(texts: Sequence[str], reference: bool = False) -> tuple[list[int], np.ndarray | None]:
    """Indices of the decidable texts and their raw scores (None when there are none)."""
    if not reference:
        return _cache().score(texts)
    todo: list[int] = []
    inputs: list[bytes] = []
    for i, text in enumerate(texts):
        prepared = _prepare(text, reference)
        if prepared is not None:
            todo.append(i)
            inputs.append(prepared)
    if not todo:
        return todo, None
    return todo, _get_model().scores(inputs, reference)


class _ScoreCache:
    """The raw scores of the texts seen last, by text (a bounded ring, so memory stays flat).

    Mail repeats itself: every reply quotes what it answers, and sign-offs, greetings and
    footers come back in message after message (about half the sentences of the real corpora,
    more in large archives). A text's scores do not depend on the other texts of its batch
    (:meth:`_Model.scores` sums each text's features in their own order), so a cached row is
    exactly the row a new batch would give.
    """

    _UNDECIDABLE = -1

    def __init__(self, model: _Model, size: int = 32768) -> None:
        self.model = model
        self.size = size
        self.rows = np.zeros((size, len(model.labels)), dtype=np.float32)
        self.keys: list[str | None] = [None] * size
        self.slot: dict[str, int] = {}
        self.next = 0
        self.lock = threading.Lock()

    def _put(self, text: str, value: int | None) -> int:
        """Give ``text`` a slot (a fresh one for a row; ``value`` for the undecidable)."""
        if len(self.slot) >= 2 * self.size:  # undecidable texts take no slot: bound them too
            self.slot.clear()
            self.keys = [None] * self.size
        if value is not None:
            self.slot[text] = value
            return value
        k = self.next
        self.next = (k + 1) % self.size
        old = self.keys[k]
        if old is not None and self.slot.get(old) == k:
            del self.slot[old]
        self.keys[k] = text
        self.slot[text] = k
        return k

    def score(self, texts: Sequence[str]) -> tuple[list[int], np.ndarray | None]:
        with self.lock:  # a slot may be reused by another thread's texts
            return self._score(texts)

    def _score(self, texts: Sequence[str]) -> tuple[list[int], np.ndarray | None]:
        todo: list[int] = []
        hits: list[tuple[int, int]] = []  # (row in the result, cache slot)
        misses: dict[str, list[int]] = {}  # text -> rows in the result
        inputs: list[bytes] = []
        slot = self.slot
        for i, text in enumerate(texts):
            k = slot.get(text)
            if k is None:
                rows = misses.get(text)
                if rows is not None:
                    rows.append(len(todo))
                    todo.append(i)
                    continue
                prepared = _prepare(text)
                if prepared is None:
                    self._put(text, self._UNDECIDABLE)
                    continue
                misses[text] = [len(todo)]
                inputs.append(prepared)
                todo.append(i)
            elif k >= 0:
                hits.append((len(todo), k))
                todo.append(i)
        if not todo:
            return todo, None
        raw = np.empty((len(todo), self.rows.shape[1]), dtype=np.float32)
        if hits:
            at, ks = zip(*hits, strict=True)
            raw[list(at)] = self.rows[list(ks)]
        if inputs:
            new = self.model.scores(inputs)
            for j, (text, rows) in enumerate(misses.items()):
                raw[rows] = new[j]
                self.rows[self._put(text, None)] = new[j]
        return todo, raw


_cache_obj: _ScoreCache | None = None


def _cache() -> _ScoreCache:
    global _cache_obj
    if _cache_obj is None:
        _cache_obj = _ScoreCache(_get_model())
    return _cache_obj


def _decide(n: int, todo: list[int], raw: np.ndarray | None, hint: str | None) -> list[str]:
    fallback = hint if hint and hint != UND else UND
    result = [fallback] * n
    if raw is None:
        return result
    model = _get_model()
    best = raw.argmax(axis=1)
    top2 = np.sort(raw, axis=1)[:, -2:]
    best_v = top2[:, -1]
    second_v = top2[:, 0] if raw.shape[1] > 1 else best_v - _MIN_MARGIN
    decided = (best_v - second_v) >= _MIN_MARGIN
    hint_k = model.label_index.get(hint) if hint else None
    if hint_k is not None:  # texts that keep the hint already have it
        decided &= (best_v - raw[:, hint_k]) > _HINT_MARGIN
    labels = model.labels
    best_list = best.tolist()
    for j in np.flatnonzero(decided).tolist():
        result[todo[j]] = labels[best_list[j]]
    return result


def detect_langs(texts: Sequence[str], hint: str | None = None) -> list[str]:
    """ISO 639-1 code (or ``"und"``) for each of ``texts``, scored as one batch.

    ``hint`` is the language of the whole message, e.g. ``detect_lang(body)``. Texts that are
    undecidable on their own take the hint, and so do texts for which the hint is nearly as
    likely as the winner (within a few nats). Without a hint, undecidable texts are ``"und"``.
    """
    if not texts:
        return []
    todo, raw = _score(texts)
    return _decide(len(texts), todo, raw, hint)


def detect_message_langs(sentences: Sequence[str]) -> tuple[str, list[str]]:
    """Language of a whole message and of each of its sentences, in one pass.

    Equivalent to ``hint = detect_lang(" ".join(sentences))`` followed by
    ``detect_langs(sentences, hint)``, but walks the text only once: the message score is the
    sum of the sentence scores (naive Bayes is additive over features).
    """
    return _detect_message_langs(sentences)


def _detect_message_langs(
    sentences: Sequence[str], reference: bool = False
) -> tuple[str, list[str]]:
    if not sentences:
        return UND, []
    todo, raw = _score(sentences, reference)
    if raw is None:
        return UND, [UND] * len(sentences)
    model = _get_model()
    total = raw.sum(axis=0) - (len(raw) - 1) * model.pc_labels
    best = int(total.argmax())
    second_v, best_v = np.partition(total, -2)[-2:]
    msg = model.labels[best] if best_v - second_v >= _MIN_MARGIN else UND
    return msg, _decide(len(sentences), todo, raw, msg)


def detect_lang(text: str) -> str:
    """ISO 639-1 code of ``text``, or ``"und"`` when it is too short or unclear."""
    return detect_langs([text])[0]

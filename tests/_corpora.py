"""Locate the shared read-only corpora (``../shared/corpora`` next to the repo), or skip."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def corpora_dir(name: str = "") -> Path:
    """Path of the corpora folder (or one corpus in it); skips the test when absent."""
    path = CORPORA / name if name else CORPORA
    if not path.is_dir():
        pytest.skip(f"corpus not available: {path}")
    return path

"""The form two spellings of one name share: no accents, no case, no possessive 's, no dots.

Its own module because both the name context (``claim_names``) and the reader of words that
only open sentences (``initial_words``), which the name context uses, compare names this way.
"""

from __future__ import annotations

import re
import unicodedata

POSSESSIVE = re.compile(r"['’]s$")


def norm_name(name: str) -> str:
    """Accent- and case-free form of a name, without possessive 's and dots."""
    name = POSSESSIVE.sub("", name.strip())
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name = name.replace(".", " ").replace("’", "'")
    return " ".join(name.casefold().split())

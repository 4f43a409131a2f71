"""Forward markers: the line a mail client writes above a forwarded message.

Gmail's "---------- Forwarded message ---------", Thunderbird's "-------- Forwarded Message
--------", Apple Mail's "Begin forwarded message:" and their Dutch, German, French (and a few other)
translations, and Eudora's "--------- Inline attachment follows ---------". The header block that follows (From/Date/Subject/To) is read by
:func:`onrecord.mail.quotes.match_header_block`; an Outlook forward has no marker, only a header
block whose subject starts with ``FW:``/``Fwd:``/``WG:``/``TR:``, see :func:`is_forward_subject`.
"""

from __future__ import annotations

import re

__all__ = ["FORWARD_MARKER", "is_forward_marker", "is_forward_subject"]

_NAMES = (
    r"forwarded message|forwarded e-?mail|doorgestuurd bericht|doorgestuurde e-?mail|"
    r"weitergeleitete nachricht|weitergeleitete e-?mail|message transféré|message transfere|"
    r"courriel transféré|messaggio inoltrato|mensaje reenviado|mensagem encaminhada|"
    r"videresendt meddelelse|videresendt besked|videresendt melding|vidarebefordrat meddelande|"
    r"przekazana wiadomość|пересылаемое сообщение|välitetty viesti|inline attachment follows"
)
FORWARD_MARKER = re.compile(
    r"^[ \t]*(?:[-=_*]{2,}[ \t]*(?:" + _NAMES + r")[ \t]*[-=_*]{0,}[ \t]*:?"
    r"|(?:begin forwarded message|begin doorgestuurd bericht|anfang der weitergeleiteten nachricht|"
    r"début du message réexpédié|debut du message reexpedie|inizio messaggio inoltrato|"
    r"comienzo del mensaje reenviado|início da mensagem reencaminhada|"
    r"(?:" + _NAMES + r"))[ \t]*:?)[ \t]*$",
    re.IGNORECASE,
)
_FWD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw|wg|tr|doorst|vs|rv|enc|i|vb)\s*:", re.IGNORECASE)


def is_forward_marker(line: str) -> bool:
    return len(line) < 120 and FORWARD_MARKER.match(line) is not None


def is_forward_subject(subject: str) -> bool:
    return _FWD_SUBJECT.match(subject) is not None

"""Whether a short line is its writer signing off by name: "Jim", "Seab", "LM", "Carol St. Clair".

Signature rules (:mod:`onrecord.mail.signatures`) need to know whether the last lines of a
message are the writer's name. The writer is often known only by an address
(``mary.schoen@enron.com``: Enron's mail carries no display name in From), and people sign with
a short form of their name. So the line's words are compared with the words of the display name
and of the address's local part, allowing:

- a word equal to one of them ("Mary Schoen", "schoen");
- a prefix of at least three letters of one ("Seab" for Seabron, "Jon" for Jonathan);
- a usual English short form ("Jim" for James, "Mike" for Michael, "Steve" for Stephen);
- a name of five letters or more typed with one letter wrong ("Brendam" for Brendan);
- initials ("LM" for Luiz Maurer, "ss" for Sara Shackleton).

A line of more than five words, with sentence punctuation inside, or of several words not all
capitalized, is never a sign-off.
"""

from __future__ import annotations

import re

from onrecord.mail.names import formal_first_name
from onrecord.record.model import Address

__all__ = ["is_signoff_name", "name_words"]

_SHORT_FORMS = {
    "bill": "william", "bob": "robert", "chris": "christopher", "dan": "daniel",
    "dave": "david", "dick": "richard", "don": "donald", "ed": "edward", "greg": "gregory",
    "jim": "james", "jimmy": "james", "joe": "joseph", "jon": "jonathan", "ken": "kenneth",
    "kate": "katherine", "kathy": "kathryn", "liz": "elizabeth", "matt": "matthew",
    "mike": "michael", "nick": "nicholas", "pat": "patrick", "peggy": "margaret",
    "rick": "richard", "rob": "robert", "ron": "ronald", "sam": "samuel", "steve": "steven",
    "sue": "susan", "tom": "thomas", "tony": "anthony", "andy": "andrew", "tim": "timothy",
    "ted": "edward", "jeff": "jeffrey", "beth": "elizabeth", "becky": "rebecca",
    "jay": "james", "wally": "wallace", "trish": "patricia", "kim": "kimberly",
}  # fmt: skip
# a short form that stands for a second formal name too ("Steve" signs for Stephen Thome)
_OTHER_FORMS = {
    "steve": "stephen", "jeff": "geoffrey", "sam": "samantha", "chris": "christine",
    "pat": "patricia", "alex": "alexander", "jon": "john", "kathy": "katherine",
    "kate": "kathleen", "liz": "elisabeth",
}  # fmt: skip
_SPLIT = re.compile(r"[^\w']+")
_LETTERS = re.compile(r"^[^\W\d_]+$")


def name_words(who: Address | None) -> list[str]:
    """The lower-cased words of a writer's display name and address local part (2+ letters)."""
    if who is None:
        return []
    words = [w for w in _SPLIT.split(who.name.lower()) if len(w) > 1]
    local = who.email.split("@")[0].lower() if who.email else ""
    words += [w for w in re.split(r"[._\-+]", local) if len(w) > 1]
    if local and len(local) > 1:
        words.append(local)
    return [w for w in words if _LETTERS.match(w)]


def _initials(words: list[str]) -> set[str]:
    """Initials of the name words in order (first+last, and all of them)."""
    out: set[str] = set()
    if len(words) >= 2:
        out.add(words[0][0] + words[-1][0])
        out.add("".join(w[0] for w in words))
    return out


_VOWELS = frozenset("aeiouy")
# short words that stand alone on a line and are nobody's initials
_WORDS = frozenset(("ok", "no", "hi", "yes", "fyi", "pm", "am", "re", "cc", "thx", "tks", "ty"))


def _skeleton(word: str) -> str:
    """A name without its vowels but the first letter ("ginger" -> "gngr"), as some sign."""
    return word[:1] + "".join(c for c in word[1:] if c not in _VOWELS) if len(word) >= 4 else ""


def _initials_of(letters: str, parts: list[str], local: str) -> bool:
    """Whether 2-3 letters are the writer's initials: first and last name with a middle initial
    between them ("hxd": Huy Dinh), or read off an address local part that is a surname with
    the first initial after it ("messinaj": "jm") or before it ("jparks": "jp")."""
    if not 2 <= len(letters) <= 3 or not letters.isalpha() or letters in _WORDS:
        return False
    first, last = letters[0], letters[-1]
    if len(parts) >= 2 and first == parts[0][0] and last == parts[-1][0]:
        return len(letters) == 3  # two letters: _initials covers them
    if len(letters) == 2 and len(local) >= 4 and local.isalpha():
        return (local[-1] == first and local[0] == last) or local[:2] == letters
    return False


def _one_letter_off(typed: str, name: str) -> bool:
    """Whether a name of five letters or more is typed with one letter changed or two swapped
    ("Brendam", "Brendna" for Brendan); the first letter is never the wrong one. A letter more
    or less is another name as often ("Brenda", "Christophe")."""
    if len(typed) != len(name) or len(typed) < 5 or typed[0] != name[0] or typed == name:
        return False
    diff = [i for i in range(len(typed)) if typed[i] != name[i]]
    if len(diff) == 1:
        return True
    a, b = diff[0], diff[-1]
    return len(diff) == 2 and b == a + 1 and typed[a] == name[b] and typed[b] == name[a]


def is_signoff_name(line: str, who: Address | None) -> bool:
    """Whether ``line`` is nothing but (a short form of) the name of ``who``."""
    s = line.strip().strip("-–—~/*_ ,")
    if not s or len(s) > 60 or who is None:
        return False
    tokens = [t for t in _SPLIT.split(s.lower()) if t]
    if not tokens or len(tokens) > 5 or re.search(r"[!?;:]|\w\w\.\s+\w{4,}", s):
        return False
    if len(tokens) > 1 and not all(w[:1].isupper() for w in s.split()):
        return False  # a name of several words is written with capitals ("see the notes" is not)
    words = name_words(who)
    if not words:
        return False
    name_parts = [w for w in _SPLIT.split(who.name.lower()) if len(w) > 1]
    local_parts = [w for w in re.split(r"[._\-+]", who.email.split("@")[0].lower()) if w]
    initials = _initials(name_parts) | _initials(local_parts)
    local = who.email.split("@")[0].lower() if who.email else ""
    if len(tokens) >= 2 and local in (tokens[0][0] + tokens[-1], tokens[0] + tokens[-1][0]):
        return True  # "Jim Parks" for jparks@, "Kim Theriot" for kimt@
    letters = "".join(tokens)
    parts = name_parts or local_parts
    orders = [parts, parts[::-1]] if "," in who.name else [parts]  # "Dinh, Huy"
    if (all(len(t) == 1 for t in tokens) or len(tokens) == 1) and any(
        _initials_of(letters, p, local) for p in orders
    ):
        return True  # "HXD" for Huy Dinh, "J.M." for messinaj@, "JP" for jparks@
    for t in tokens:
        if t in words or formal_first_name(t) in words:
            return True
        if _SHORT_FORMS.get(t, "") in words or _OTHER_FORMS.get(t, "") in words:
            return True
        if len(tokens) == 1 and any(_one_letter_off(t, w) for w in words):
            return True  # "Brendam" for Brendan: a typed name, one letter off
        if len(tokens) == 1 and len(t) >= 3 and any(_skeleton(w) == t for w in words):
            return True  # "gngr" for Ginger
        if len(t) >= 3 and any(w.startswith(t) for w in words):
            return True
        if 2 <= len(t) <= 3 and len(tokens) == 1 and t in initials:
            return True
        if len(t) == 1 and len(tokens) == 1 and s.rstrip(".") == s.rstrip(".")[:1]:
            first = (name_parts or local_parts or [""])[0]  # "B" for Bruce Hutt
            return t == first[:1]
    return False

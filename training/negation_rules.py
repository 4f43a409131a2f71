"""A claim said the other way round (training only: the negation toggles of ``data_v9``):
"Van Lier had lunch with Koster" -> "Van Lier did not have lunch with Koster", "Whitfield
pleitte voor sluiting" -> "Whitfield pleitte niet voor sluiting", and a negated claim with its
negation taken out.

The judge sees a contradiction much less often than an entailment: "Lunchen lukt helaas niet"
against "Van Lier had lunch with Koster" reads as neutral (contradiction 0.06), but it entails
"Van Lier did not have lunch with Koster" (0.87). The checker therefore also reads each
statement against the claim's negation (:mod:`onrecord.check.verdicts.verify`). The negation is made by
rule on the first finite verb of the sentence, so it is ``None`` where no verb is found or the
sentence is not one the rules can turn (a quantified negation such as "none of", "geen enkele").
"""

from __future__ import annotations

import re

from onrecord.check.language.claim_lexicon import EN_VERBS, is_verb

_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")

# -- English -----------------------------------------------------------------------------------

_EN_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "does",
        "do",
        "did",
    ]
)
_EN_HAVE = {"has": "does", "have": "do", "had": "did"}
_EN_NOT = {
    "not": "",
    "never": "",
    "didn't": "did",
    "doesn't": "does",
    "don't": "do",
    "wasn't": "was",
    "weren't": "were",
    "isn't": "is",
    "aren't": "are",
    "won't": "will",
    "wouldn't": "would",
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "shouldn't": "should",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
}
#: negations the rules do not turn: the negated claim would need more than a word taken out
_EN_HARD = frozenset(["no", "none", "nobody", "nothing", "neither", "nor", "nowhere"])
_EN_IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in [
        "said:say",
        "wrote:write",
        "told:tell",
        "made:make",
        "took:take",
        "gave:give",
        "went:go",
        "came:come",
        "left:leave",
        "became:become",
        "began:begin",
        "kept:keep",
        "held:hold",
        "knew:know",
        "thought:think",
        "sent:send",
        "sold:sell",
        "bought:buy",
        "won:win",
        "lost:lose",
        "paid:pay",
        "met:meet",
        "led:lead",
        "ran:run",
        "brought:bring",
        "sought:seek",
        "built:build",
        "stood:stand",
        "fell:fall",
        "chose:choose",
        "spoke:speak",
        "found:find",
        "got:get",
        "saw:see",
        "felt:feel",
        "heard:hear",
        "meant:mean",
        "spent:spend",
        "lent:lend",
        "rose:rise",
        "drove:drive",
        "wore:wear",
        "broke:break",
        "stole:steal",
        "hid:hide",
        "struck:strike",
        "swore:swear",
        "forgot:forget",
        "forgave:forgive",
        "understood:understand",
        "withdrew:withdraw",
        "drew:draw",
        "grew:grow",
        "threw:throw",
        "flew:fly",
        "fought:fight",
        "taught:teach",
        "caught:catch",
        "sat:sit",
        "slept:sleep",
        "woke:wake",
        "ate:eat",
        "overtook:overtake",
        "undertook:undertake",
        "upheld:uphold",
        "withheld:withhold",
        "oversaw:oversee",
        "foresaw:foresee",
        "shook:shake",
        "forbade:forbid",
        "bid:bid",
        "dealt:deal",
    ]
)
_EN_PARTICIPLE = frozenset(
    [
        "been",
        "done",
        "made",
        "taken",
        "given",
        "gone",
        "come",
        "left",
        "become",
        "begun",
        "kept",
        "held",
        "known",
        "thought",
        "sent",
        "sold",
        "bought",
        "won",
        "lost",
        "paid",
        "met",
        "led",
        "run",
        "brought",
        "sought",
        "built",
        "stood",
        "fallen",
        "chosen",
        "spoken",
        "found",
        "got",
        "gotten",
        "seen",
        "felt",
        "heard",
        "meant",
        "spent",
        "written",
        "told",
        "said",
        "put",
        "set",
        "cut",
        "let",
        "shut",
        "read",
    ]
)
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "every",
        "each",
        "some",
        "any",
        "no",
        "de",
        "het",
        "een",
        "zijn",
        "haar",
        "hun",
        "onze",
        "mijn",
        "deze",
        "die",
        "dit",
        "dat",
        "elk",
        "elke",
    ]
)
#: words a sentence-initial adverbial starts with ("In March 2017 ...", "After the sale, ...")
_EN_ADVERBIAL = frozenset(
    [
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "by",
        "since",
        "until",
        "from",
        "for",
        "with",
        "within",
        "over",
        "under",
    ]
)


def _en_base(word: str) -> str:
    """The base of a regular English past tense: "promised" -> "promise", "stopped" ->
    "stop", "applied" -> "apply", "wanted" -> "want" (by rule; the judge forgives a slip)."""
    low = word.lower()
    if low in _EN_IRREGULAR_PAST:
        return _EN_IRREGULAR_PAST[low]
    if low.endswith("ied") and len(low) > 4:
        return low[:-3] + "y"
    stem = low[:-2]
    if low.endswith("eed"):
        return low[:-1] if len(low) <= 6 else stem  # agreed -> agree, needed? (rare: need)
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1]  # stopped, planned, committed, preferred
    last, before = stem[-1:], stem[-2:-1]
    vowel = before in tuple("aeiou")
    pair = len(stem) >= 3 and stem[-3] in "aeiou" and vowel
    if last in "vczu" or (last == "g" and before != "g"):
        return stem + "e"  # approve, announce, seize, argue, change
    if last == "s":
        return stem if before == "s" else stem + "e"  # discuss; promise, raise, close
    if not vowel or pair:
        return stem  # wanted, asked, claimed, reached
    # consonant + single vowel + consonant: mostly a silent e (decide, vote, state, share),
    # except the endings that rarely take one (offer, open, develop, edit, visit)
    if stem.endswith(("er", "en", "on", "op", "it", "el", "ol", "et", "om")):
        return stem
    return stem + "e"


#: an edit of the token list: tokens ``i`` to ``j`` (exclusive) become ``text`` (``i == j``:
#: put in before token ``i``; ``text == ""``: taken out)
Edit = tuple[int, int, str]

_EN_PRE_ADVERBS = frozenset(
    ["always", "also", "still", "just", "really", "already", "ever", "once", "repeatedly"]
)


def _en_negate(words: list[str]) -> Edit | None:
    lows = [w.lower() for w in words]
    if any(w in _EN_HARD for w in lows):
        return None
    for i, w in enumerate(lows):
        if w in _EN_NOT:  # take the negation out: "did not have" -> "did have"
            return (i, i + 1, _EN_NOT[w])
    start = 0
    if lows and lows[0] in _EN_ADVERBIAL:
        comma = next((i for i, w in enumerate(words[:12]) if w == ","), None)
        start = comma + 1 if comma is not None else 1
    for i in range(start, len(words)):
        w, low = words[i], lows[i]
        if not w[:1].islower() or (i > 0 and lows[i - 1] in _DETERMINERS):
            continue
        nxt = lows[i + 1] if i + 1 < len(words) else ""
        at = i
        while at > start and lows[at - 1] in _EN_PRE_ADVERBS:
            at -= 1  # "always opposed" -> "did not always oppose"
        if low in _EN_AUX:
            return (i + 1, i + 1, "not")
        if low in _EN_HAVE:
            after = lows[i + 2] if nxt in _EN_PRE_ADVERBS and i + 2 < len(words) else nxt
            if after in _EN_PARTICIPLE or (after.endswith("ed") and len(after) > 3):
                return (i + 1, i + 1, "not")
            return (at, i + 1, f"{_EN_HAVE[low]} not " + " ".join([*words[at:i], "have"]))
        if low in _EN_IRREGULAR_PAST or (is_verb(w, "en") and low.endswith("ed")):
            return (at, i + 1, "did not " + " ".join([*words[at:i], _en_base(low)]))
        if low in EN_VERBS and low.endswith("s") and len(low) > 3:
            base = low[:-2] if low.endswith(("sses", "shes", "ches", "xes", "oes")) else low[:-1]
            if low.endswith("ies"):
                base = low[:-3] + "y"
            return (at, i + 1, "does not " + " ".join([*words[at:i], base]))
    return None


# -- Dutch -------------------------------------------------------------------------------------

_NL_HARD = frozenset(["geenszins", "niemand", "niets", "nergens", "noch"])
_NL_PRONOUNS = frozenset(["hij", "zij", "ze", "zich", "er", "men", "wij", "we", "jij", "je", "u"])
_NL_SUBORDINATORS = frozenset(
    [
        ",",
        "dat",
        "die",
        "om",
        "omdat",
        "als",
        "toen",
        "wanneer",
        "voordat",
        "nadat",
        "waar",
        "wat",
        "welke",
        "zodat",
        "terwijl",
    ]
)
_NL_PARTICIPLE = re.compile(r"^ge[a-z]{3,}(?:d|t|en)$")


def _nl_negate(words: list[str]) -> Edit | None:
    lows = [w.lower() for w in words]
    for i, w in enumerate(lows):
        if w in ("niet", "nooit"):
            return (i, i + 1, "")
    if "geen" in lows:
        i = lows.index("geen")
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if nxt == "enkele":
            return None
        plural = nxt.endswith(("en", "s")) or nxt.isdigit()
        return (i, i + 1, "" if plural else "een")
    if any(w in _NL_HARD for w in lows):
        return None
    for i, w in enumerate(words):
        if not is_verb(w, "nl") or (i > 0 and lows[i - 1] in _DETERMINERS):
            continue
        # a clause ending in a participle takes "niet" before it ("is het budget niet
        # gehalveerd")
        end = len(words) - (1 if words[-1] in ".!?" else 0)
        if (
            end - 1 > i + 1
            and _NL_PARTICIPLE.match(lows[end - 1])
            and not any(w in _NL_SUBORDINATORS for w in lows[i:end])
        ):
            return (end - 1, end - 1, "niet")
        j = i + 1
        while j < len(words) and (words[j][:1].isupper() or lows[j] in _NL_PRONOUNS):
            j += 1  # the subject after an inverted verb ("In 2017 schaarde Verbeek zich ...")
        if j < len(words) and lows[j] == "een":
            return (j, j + 1, "geen")
        return (j, j, "niet")
    return None


def negate(text: str, lang: str | None) -> str | None:
    """``text`` said the other way round, or None where the rules cannot turn it."""
    if not text or len(text) > 400:
        return None
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [text[a:b] for a, b in spans]
    edit = _nl_negate(words) if (lang or "").startswith("nl") else _en_negate(words)
    if edit is None:
        return None
    i, j, repl = edit
    if i == j:  # put in before token i (or at the end)
        at = spans[i][0] if i < len(spans) else len(text)
        out = f"{text[:at]}{repl} {text[at:]}" if i < len(spans) else f"{text} {repl}"
    else:
        a, b = spans[i][0], spans[j - 1][1]
        out = text[:a] + repl + text[b:]
    out = re.sub(r"\s{2,}", " ", out).strip()
    out = re.sub(r"\s+([,.;:!?])", r"\1", out)
    if text[:1].isupper() and not out[:1].isupper():
        out = out[:1].upper() + out[1:]
    return out if out != text else None

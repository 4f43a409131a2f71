"""The ``llm`` judge: any OpenAI-compatible chat endpoint (Ollama, vLLM, llama.cpp server, ...).

One request per (premise, hypothesis) pair to ``{base_url}/chat/completions`` with temperature 0
and a system prompt that defines the three labels. The answer is a JSON object
``{"label", "confidence", "rationale", "quote"}``, asked for with ``response_format`` as a JSON
schema; servers that refuse that (HTTP 400/422) are asked again in plain JSON mode, then with no
``response_format`` at all, and the first JSON object is taken from whatever text comes back.
Server errors (5xx, 429), timeouts, dropped connections and answers that aren't valid JSON are
retried with exponential backoff; other 4xx answers fail at once with a clear message.

Standard library only (``urllib.request``). Configuration from arguments or the environment:
``ONRECORD_LLM_URL`` (e.g. ``http://localhost:11434/v1`` for Ollama), ``ONRECORD_LLM_MODEL``,
``ONRECORD_LLM_KEY``.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from onrecord.models.base import LABELS, Judgment

ENV_URL, ENV_MODEL, ENV_KEY = "ONRECORD_LLM_URL", "ONRECORD_LLM_MODEL", "ONRECORD_LLM_KEY"

SYSTEM_PROMPT = """\
You check a claim against one piece of evidence: a statement quoted from an email or document, \
attributed to the person who wrote it. Decide how the EVIDENCE (premise) bears on the CLAIM \
(hypothesis). Use only the evidence, not outside knowledge.

Labels:
- "entailment": the evidence, taken as true, supports the claim: a careful reader would conclude \
the claim from it. Evidence that an identified person said, wrote, confirmed or agreed to X \
supports the claim "<that person> said/agreed X" (the evidence's author is the person who said it).
- "contradiction": the evidence, taken as true, makes the claim false: both cannot be true of the \
same people, event and time.
- "neutral": everything else: the evidence is unrelated, about a different event, person, thing \
or time, too vague, or only partly overlapping. Evidence about a different event is neutral, \
not contradiction; a missing mention is neutral, not contradiction.

Answer with one JSON object and nothing else:
{"label": "entailment" | "neutral" | "contradiction", "confidence": a number from 0 to 1, \
"rationale": "one short sentence", "quote": "the exact span of the evidence that decides, copied \
character for character, or an empty string when none does"}"""

USER_TEMPLATE = """\
EVIDENCE (premise):
<<<
{premise}
>>>

CLAIM (hypothesis):
<<<
{hypothesis}
>>>

Answer with the JSON object only."""

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "label": {"type": "string", "enum": list(LABELS)},
        "confidence": {"type": "number"},
        "rationale": {"type": "string"},
        "quote": {"type": "string"},
    },
    "required": ["label", "confidence", "rationale", "quote"],
    "additionalProperties": False,
}

# How to ask for JSON, most structured first; a server that refuses one gets the next.
MODES = ("json_schema", "json_object", "text")

_LABEL_ALIASES = {
    "entailment": "entailment",
    "entailed": "entailment",
    "entails": "entailment",
    "entail": "entailment",
    "supported": "entailment",
    "supports": "entailment",
    "support": "entailment",
    "true": "entailment",
    "neutral": "neutral",
    "unrelated": "neutral",
    "not_enough_info": "neutral",
    "not_enough_information": "neutral",
    "unknown": "neutral",
    "nei": "neutral",
    "contradiction": "contradiction",
    "contradicts": "contradiction",
    "contradicted": "contradiction",
    "contradict": "contradiction",
    "refuted": "contradiction",
    "refutes": "contradiction",
    "false": "contradiction",
}
MIN_CONFIDENCE = 0.34  # above 1/3, so the chosen label is always the most probable
DEFAULT_CONFIDENCE = 0.75  # for answers that give no usable confidence


class LLMError(RuntimeError):
    """A clear, one-line problem with the LLM judge; ``hint`` says what to do about it."""

    def __init__(self, message: str, hint: str = "", status: int | None = None) -> None:
        super().__init__(message)
        self.hint = hint
        self.status = status

    def __str__(self) -> str:
        msg = super().__str__()
        return f"{msg} ({self.hint})" if self.hint else msg


class _Retry(Exception):
    """A failure worth another try (server error, timeout, invalid answer)."""

    def __init__(self, message: str, delay: float | None = None) -> None:
        super().__init__(message)
        self.delay = delay


class _Refused(Exception):
    """The server refused the request's form (400/422): try the next response_format mode."""


def extract_json(text: str) -> dict[str, Any]:
    """The answer's JSON object: the whole text, a fenced block, or the first object in it.

    Raises ValueError where there is none.
    """
    text = re.sub(r"<think>.*?</think>", "", text or "", flags=re.S).strip()
    try:
        value = json.loads(text)
        if isinstance(value, dict):
            return value
    except ValueError:
        pass
    candidates = [m.group(1) for m in re.finditer(r"```(?:json|JSON)?\s*(.*?)```", text, re.S)]
    candidates.append(text)
    decoder = json.JSONDecoder()
    for chunk in candidates:
        for m in re.finditer(r"\{", chunk):
            try:
                value, _ = decoder.raw_decode(chunk, m.start())
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
    raise ValueError("no JSON object in the answer")


def _normalize_label(value: Any) -> str:
    key = re.sub(r"[\s\-]+", "_", str(value).strip().strip("\"'.").lower())
    label = _LABEL_ALIASES.get(key)
    if label is None:
        raise ValueError(f"label {value!r} is not one of {', '.join(LABELS)}")
    return label


def _confidence(value: Any) -> tuple[float, bool]:
    """(confidence in [MIN_CONFIDENCE, 1], whether the answer gave a usable one)."""
    try:
        if isinstance(value, str):
            value = value.strip().rstrip("%")
        c = float(value)
    except (TypeError, ValueError):
        return DEFAULT_CONFIDENCE, False
    if c != c:  # NaN
        return DEFAULT_CONFIDENCE, False
    if 1.0 < c <= 100.0:  # a percentage
        c /= 100.0
    return min(1.0, max(MIN_CONFIDENCE, c)), True


def probs_for(label: str, confidence: float) -> dict[str, float]:
    """The label gets the confidence; the other labels split the rest evenly."""
    rest = (1.0 - confidence) / (len(LABELS) - 1)
    return {k: (confidence if k == label else rest) for k in LABELS}


def _locate_quote(quote: str, premise: str) -> str | None:
    """The quote as it stands in the premise (exactly, or ignoring case and spacing), else None."""
    quote = quote.strip().strip("\"'“”„")
    if not quote:
        return ""
    if quote in premise:
        return quote
    words = quote.split()
    if not words:
        return ""
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.search(pattern, premise, re.I)
    return m.group(0) if m else None


def parse_answer(content: str, premise: str, judge_name: str) -> Judgment:
    """A Judgment from the model's answer text; ValueError where it isn't a valid answer."""
    data = extract_json(content)
    if "label" not in data:
        raise ValueError("the answer has no label")
    label = _normalize_label(data["label"])
    confidence, given = _confidence(data.get("confidence"))
    rationale = str(data.get("rationale") or "").strip()
    raw_quote = str(data.get("quote") or "")
    quote = _locate_quote(raw_quote, premise)
    extra: dict[str, object] = {"raw_label": data["label"]}
    if not given:
        extra["confidence_missing"] = True
    if quote is None:  # not a span of the premise: keep it aside, never as a quote
        extra["quote_not_in_premise"] = raw_quote
        quote = ""
    return Judgment(
        label=label,
        probs=probs_for(label, confidence),
        judge=judge_name,
        rationale=rationale,
        quote=quote,
        extra=extra,
    )


def _server_message(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    try:
        data = json.loads(text)
        err = data.get("error", data) if isinstance(data, dict) else data
        if isinstance(err, dict):
            text = str(err.get("message") or err.get("detail") or err)
        elif err:
            text = str(err)
    except ValueError:
        pass
    text = " ".join(text.split())
    return text[:300] + ("…" if len(text) > 300 else "")


class LLMJudge:
    """A chat model behind an OpenAI-compatible endpoint as a Judge.

    ``base_url`` is the API root that ``/chat/completions`` hangs off (``http://host:11434/v1``
    for Ollama, ``http://host:8000/v1`` for vLLM, ``http://host:8080/v1`` for llama.cpp).
    ``retries`` is how many times a failed request is tried again; ``concurrency`` how many
    requests run at once.
    """

    def __init__(
        self,
        base_url: str | None = None,
        model: str | None = None,
        api_key: str | None = None,
        timeout: float = 30,
        retries: int = 3,
        *,
        backoff: float = 1.0,
        max_tokens: int = 512,
        concurrency: int = 1,
        response_format: str = "auto",
    ) -> None:
        base_url = base_url or os.environ.get(ENV_URL)
        model = model or os.environ.get(ENV_MODEL)
        if not base_url:
            raise LLMError(
                "the llm judge needs the endpoint's URL",
                f"pass base_url or set {ENV_URL}, e.g. http://localhost:11434/v1 for Ollama",
            )
        if not model:
            raise LLMError(
                "the llm judge needs a model name",
                f"pass model or set {ENV_MODEL}, e.g. qwen2.5:7b-instruct",
            )
        if response_format != "auto" and response_format not in MODES:
            raise ValueError(f"response_format must be 'auto' or one of {MODES}")
        base = base_url.strip().rstrip("/")
        base = base.removesuffix("/chat/completions")
        self.base_url = base
        self.url = f"{base}/chat/completions"
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get(ENV_KEY) or None
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.backoff = float(backoff)
        self.max_tokens = int(max_tokens)
        self.concurrency = max(1, int(concurrency))
        self._fixed_mode = response_format != "auto"
        self.mode = MODES[0] if response_format == "auto" else response_format
        self.name = f"llm/{model}"
        host = (urllib.parse.urlsplit(self.url).hostname or "").lower()
        loopback = host in ("localhost", "::1") or host.startswith("127.")
        # A local server is reached directly, whatever proxy the environment sets.
        self._opener = (
            urllib.request.build_opener(urllib.request.ProxyHandler({}))
            if loopback
            else urllib.request.build_opener()
        )

    # -- requests --------------------------------------------------------------------------

    def request_body(self, premise: str, hypothesis: str, mode: str | None = None) -> dict:
        """The chat completion request for one pair."""
        mode = mode or self.mode
        body: dict[str, Any] = {
            "model": self.model,
            "temperature": 0,
            "max_tokens": self.max_tokens,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": USER_TEMPLATE.format(premise=premise, hypothesis=hypothesis),
                },
            ],
        }
        if mode == "json_schema":
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "judgment", "strict": True, "schema": SCHEMA},
            }
        elif mode == "json_object":
            body["response_format"] = {"type": "json_object"}
        return body

    def _post(self, body: dict) -> dict:
        """POST once; returns the decoded response, or raises _Retry, _Refused or LLMError."""
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        req = urllib.request.Request(
            self.url, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
        )
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            status, message = exc.code, _server_message(exc.read() or b"")
            if status >= 500 or status in (408, 429):
                delay = None
                after = exc.headers.get("Retry-After") if exc.headers else None
                if after and after.strip().isdigit():
                    delay = min(float(after), 60.0)
                raise _Retry(f"HTTP {status}: {message}", delay) from exc
            if status in (400, 422) and "response_format" in body:
                raise _Refused(f"HTTP {status}: {message}") from exc
            raise self._client_error(status, message) from exc
        except TimeoutError as exc:  # socket.timeout is TimeoutError
            raise _Retry(f"no answer within {self.timeout:g}s") from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _Retry(f"no answer within {self.timeout:g}s") from exc
            raise _Retry(f"can't connect: {exc.reason}") from exc
        except OSError as exc:  # connection reset, refused, ...
            raise _Retry(f"connection failed: {exc}") from exc
        try:
            data = json.loads(raw.decode("utf-8", "replace"))
        except ValueError as exc:
            raise _Retry("the server's reply is not JSON") from exc
        if not isinstance(data, dict):
            raise _Retry("the server's reply is not a JSON object")
        return data

    def _client_error(self, status: int, message: str) -> LLMError:
        where = f"{self.url} (model {self.model})"
        if status in (401, 403):
            return LLMError(
                f"the LLM endpoint {where} refused the request: HTTP {status}: {message}",
                f"set the API key with {ENV_KEY} or api_key",
                status,
            )
        if status == 404:
            return LLMError(
                f"the LLM endpoint {where} answered HTTP 404: {message}",
                "check the model name and that the URL is the API root "
                "(often ending in /v1, e.g. http://localhost:11434/v1)",
                status,
            )
        return LLMError(
            f"the LLM endpoint {where} rejected the request: HTTP {status}: {message}",
            "check the model name and the server's limits (context length)",
            status,
        )

    @staticmethod
    def _content(data: dict) -> str:
        try:
            message = data["choices"][0]["message"]
        except (KeyError, IndexError, TypeError) as exc:
            if isinstance(data.get("error"), dict | str):
                reported = _server_message(json.dumps(data).encode())
                raise _Retry(f"the server reported an error: {reported}") from exc
            raise _Retry("the reply has no choices[0].message") from exc
        content = message.get("content") if isinstance(message, dict) else None
        if not content and isinstance(message, dict):
            # Some servers put a structured answer in "parsed", or all of it in reasoning.
            parsed = message.get("parsed")
            if isinstance(parsed, dict):
                return json.dumps(parsed)
            content = message.get("reasoning_content") or message.get("reasoning")
        if not isinstance(content, str) or not content.strip():
            raise _Retry("the reply's message is empty")
        return content

    def judge_one(self, premise: str, hypothesis: str) -> Judgment:
        """Judge one pair, with retries and response_format fallbacks."""
        attempt, mode = 0, self.mode
        while True:
            try:
                data = self._post(self.request_body(premise, hypothesis, mode))
                content = self._content(data)
                try:
                    judgment = parse_answer(content, premise, self.name)
                except ValueError as exc:
                    raise _Retry(f"invalid answer: {exc}") from exc
                judgment.extra.update({"attempts": attempt + 1, "response_format": mode})
                if MODES.index(mode) > MODES.index(self.mode):
                    self.mode = mode  # the server takes this form: start with it from now on
                return judgment
            except _Refused as exc:
                nxt = MODES.index(mode) + 1
                if self._fixed_mode or nxt >= len(MODES):
                    raise LLMError(
                        f"the LLM endpoint {self.url} rejected the request: {exc}",
                        "check the model name and the server's limits",
                    ) from exc
                mode = MODES[nxt]  # a different request, not a retry
                continue
            except _Retry as exc:
                if attempt >= self.retries:
                    raise LLMError(
                        f"the LLM endpoint {self.url} failed after {attempt + 1} attempt(s): {exc}",
                        "check that the server is up and the model loaded; raise timeout for "
                        "slow models",
                    ) from exc
                delay = exc.delay
                if delay is None:
                    delay = self.backoff * (2**attempt) * (1 + 0.25 * random.random())
                time.sleep(delay)
                attempt += 1

    def judge(self, pairs: Sequence[tuple[str, str]]) -> list[Judgment]:
        """Judge (premise, hypothesis) pairs, in order."""
        if self.concurrency == 1 or len(pairs) < 2:
            return [self.judge_one(p, h) for p, h in pairs]
        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(pairs))) as pool:
            return list(pool.map(lambda pair: self.judge_one(*pair), pairs))

    def __repr__(self) -> str:
        return f"LLMJudge({self.base_url!r}, {self.model!r})"

"""The llm judge's protocol, against a local OpenAI-compatible server started by the test."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from onrecord.models.base import LABELS, Judge
from onrecord.models.judges.llm import (
    ENV_KEY,
    ENV_MODEL,
    ENV_URL,
    SYSTEM_PROMPT,
    LLMError,
    LLMJudge,
    extract_json,
    parse_answer,
    probs_for,
)

PREMISE = "Alice Jansen: Yes, I agree we should close the Utrecht office by March."
CLAIM = "Alice agreed to close the Utrecht office."


def chat(content: str) -> dict:
    return {
        "id": "x",
        "object": "chat.completion",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
    }


GOOD = json.dumps(
    {
        "label": "entailment",
        "confidence": 0.9,
        "rationale": "Alice says she agrees.",
        "quote": "I agree we should close the Utrecht office",
    }
)


class Reply:
    """A scripted reply: status, JSON body (or raw bytes), and an optional delay."""

    def __init__(
        self, body: dict | bytes, status: int = 200, delay: float = 0.0, headers=None
    ) -> None:
        self.body, self.status, self.delay, self.headers = body, status, delay, headers or {}


class FakeLLM:
    """An OpenAI-compatible /v1/chat/completions that checks requests and replays replies."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.paths: list[str] = []
        self.replies: list[Reply | Callable[[dict], Reply]] = []
        self.default: Reply | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length))
                fake.requests.append(body)
                fake.headers.append(dict(self.headers))
                fake.paths.append(self.path)
                if self.path != "/v1/chat/completions":
                    reply = Reply({"error": {"message": "not found"}}, 404)
                else:
                    item = fake.replies.pop(0) if fake.replies else fake.default
                    assert item is not None, "unexpected request"
                    reply = item(body) if callable(item) else item
                if reply.delay:
                    time.sleep(reply.delay)
                data = (
                    reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                )
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeLLM:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def server(monkeypatch) -> Iterator[FakeLLM]:
    for var in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    with FakeLLM() as fake:
        yield fake


def make(server: FakeLLM, **kw) -> LLMJudge:
    kw.setdefault("backoff", 0)
    kw.setdefault("timeout", 5)
    return LLMJudge(server.url, "test-model", **kw)


def check_request(body: dict, premise: str = PREMISE, claim: str = CLAIM) -> None:
    assert body["model"] == "test-model"
    assert body["temperature"] == 0
    msgs = body["messages"]
    assert [m["role"] for m in msgs] == ["system", "user"]
    assert msgs[0]["content"] == SYSTEM_PROMPT
    assert premise in msgs[1]["content"] and claim in msgs[1]["content"]
    assert msgs[1]["content"].index(premise) < msgs[1]["content"].index(claim)


# -- protocol ----------------------------------------------------------------------------------


def test_good_answer(server):
    server.replies = [Reply(chat(GOOD))]
    judge = make(server, api_key="sekrit")
    assert isinstance(judge, Judge)
    [j] = judge.judge([(PREMISE, CLAIM)])
    assert j.label == "entailment"
    assert j.judge == "llm/test-model"
    assert j.probs == pytest.approx({"entailment": 0.9, "neutral": 0.05, "contradiction": 0.05})
    assert list(j.probs) == list(LABELS)
    assert j.rationale == "Alice says she agrees."
    assert j.quote == "I agree we should close the Utrecht office"
    assert j.extra["attempts"] == 1
    [body] = server.requests
    check_request(body)
    fmt = body["response_format"]
    assert fmt["type"] == "json_schema"
    assert fmt["json_schema"]["schema"]["properties"]["label"]["enum"] == list(LABELS)
    assert server.paths == ["/v1/chat/completions"]
    assert server.headers[0]["Authorization"] == "Bearer sekrit"


def test_system_prompt_defines_the_labels():
    p = SYSTEM_PROMPT.lower()
    for label in LABELS:
        assert f'"{label}"' in p
    assert "different event is neutral" in p
    assert "not contradiction" in p
    assert "said" in p and "agreed" in p
    for key in ("label", "confidence", "rationale", "quote"):
        assert f'"{key}"' in p


def test_fenced_answer(server):
    server.replies = [
        Reply(
            chat(
                "Sure! Here is my judgment:\n```json\n"
                '{"label": "contradiction", "confidence": 0.8, "rationale": "r", "quote": ""}\n'
                "```\nHope that helps."
            )
        )
    ]
    [j] = make(server).judge([(PREMISE, "Alice refused to close the office.")])
    assert j.label == "contradiction"
    assert j.probs["contradiction"] == pytest.approx(0.8)
    assert j.probs["neutral"] == pytest.approx(0.1)


def test_server_error_then_success_is_retried(server):
    server.replies = [Reply({"error": {"message": "overloaded"}}, 500), Reply(chat(GOOD))]
    [j] = make(server).judge([(PREMISE, CLAIM)])
    assert j.label == "entailment"
    assert j.extra["attempts"] == 2
    assert len(server.requests) == 2
    for body in server.requests:
        check_request(body)


def test_rate_limit_is_retried(server):
    server.replies = [
        Reply({"error": "slow down"}, 429, headers={"Retry-After": "0"}),
        Reply(chat(GOOD)),
    ]
    assert make(server).judge([(PREMISE, CLAIM)])[0].label == "entailment"


def test_invalid_json_then_success_is_retried(server):
    server.replies = [
        Reply(chat("I think it is probably entailed, but I'm not sure.")),
        Reply(chat('{"label": "maybe", "confidence": 0.5}')),  # not a label
        Reply(b"<html>gateway hiccup</html>"),  # not even a JSON reply
        Reply(chat(GOOD)),
    ]
    [j] = make(server).judge([(PREMISE, CLAIM)])
    assert j.label == "entailment"
    assert j.extra["attempts"] == 4
    assert len(server.requests) == 4


def test_timeout_gives_a_clear_error(server):
    server.default = Reply(chat(GOOD), delay=1.5)
    judge = make(server, timeout=0.3, retries=1)
    t0 = time.monotonic()
    with pytest.raises(LLMError) as info:
        judge.judge([(PREMISE, CLAIM)])
    assert time.monotonic() - t0 < 5
    msg = str(info.value)
    assert "\n" not in msg
    assert "2 attempt(s)" in msg and "no answer within 0.3s" in msg
    assert "timeout" in msg


def test_persistent_server_errors_give_up(server):
    server.default = Reply({"error": {"message": "model crashed"}}, 503)
    with pytest.raises(LLMError, match="model crashed"):
        make(server, retries=2).judge([(PREMISE, CLAIM)])
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    ("status", "hint"), [(401, ENV_KEY), (403, ENV_KEY), (404, "/v1"), (413, "rejected")]
)
def test_client_errors_fail_at_once(server, status, hint):
    server.default = Reply({"error": {"message": "nope"}}, status)
    with pytest.raises(LLMError) as info:
        make(server).judge([(PREMISE, CLAIM)])
    assert info.value.status == status
    assert hint in str(info.value) and "nope" in str(info.value)
    assert len(server.requests) == 1  # no retries


def test_wrong_base_url_hints_at_v1(server):
    judge = LLMJudge(server.url.removesuffix("/v1"), "test-model", backoff=0)
    with pytest.raises(LLMError, match="/v1"):
        judge.judge([(PREMISE, CLAIM)])


def test_response_format_falls_back(server):
    def refuse_schema(body: dict) -> Reply:
        if body.get("response_format", {}).get("type") == "json_schema":
            return Reply({"error": {"message": "response_format json_schema unsupported"}}, 400)
        return Reply(chat(GOOD))

    server.default = refuse_schema
    judge = make(server)
    [j] = judge.judge([(PREMISE, CLAIM)])
    assert j.label == "entailment"
    assert [b.get("response_format", {}).get("type") for b in server.requests] == [
        "json_schema",
        "json_object",
    ]
    assert j.extra["response_format"] == "json_object"
    judge.judge([(PREMISE, CLAIM)])  # the judge remembers what works
    assert server.requests[-1]["response_format"]["type"] == "json_object"
    assert len(server.requests) == 3


def test_refusal_for_another_reason_is_reported_and_not_remembered(server):
    server.default = Reply({"error": {"message": "prompt too long for context"}}, 400)
    judge = make(server)
    with pytest.raises(LLMError, match="prompt too long") as info:
        judge.judge([(PREMISE, CLAIM)])
    assert info.value.status == 400
    assert len(server.requests) == 3  # json_schema, json_object, plain: then the error
    assert judge.mode == "json_schema"


def test_loopback_ignores_proxy_settings(server, monkeypatch):
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    server.replies = [Reply(chat(GOOD))]
    assert make(server).judge([(PREMISE, CLAIM)])[0].label == "entailment"


def test_falls_back_to_no_response_format(server):
    def refuse_any(body: dict) -> Reply:
        if "response_format" in body:
            return Reply({"error": "unknown field response_format"}, 422)
        return Reply(chat(GOOD))

    server.default = refuse_any
    [j] = make(server).judge([(PREMISE, CLAIM)])
    assert j.label == "entailment"
    assert "response_format" not in server.requests[-1]
    assert len(server.requests) == 3


def test_many_pairs_in_order_and_concurrently(server):
    def echo(body: dict) -> Reply:
        user = body["messages"][1]["content"]
        label = "neutral" if "weather" in user else "entailment"
        return Reply(
            chat(json.dumps({"label": label, "confidence": 0.7, "rationale": "", "quote": ""}))
        )

    server.default = echo
    pairs = [(PREMISE, CLAIM), (PREMISE, "The weather was nice."), (PREMISE, CLAIM)] * 3
    for conc in (1, 4):
        out = make(server, concurrency=conc).judge(pairs)
        assert [j.label for j in out] == ["entailment", "neutral", "entailment"] * 3
    assert make(server).judge([]) == []


# -- configuration -----------------------------------------------------------------------------


def test_config_from_env(server, monkeypatch):
    monkeypatch.setenv(ENV_URL, server.url + "/")
    monkeypatch.setenv(ENV_MODEL, "test-model")
    monkeypatch.setenv(ENV_KEY, "from-env")
    server.replies = [Reply(chat(GOOD))]
    judge = LLMJudge(backoff=0)
    assert judge.name == "llm/test-model"
    assert judge.url == server.url + "/chat/completions"
    judge.judge([(PREMISE, CLAIM)])
    assert server.headers[0]["Authorization"] == "Bearer from-env"


def test_no_key_no_authorization_header(server, monkeypatch):
    monkeypatch.delenv(ENV_KEY, raising=False)
    server.replies = [Reply(chat(GOOD))]
    make(server).judge([(PREMISE, CLAIM)])
    assert "Authorization" not in server.headers[0]


def test_missing_config_is_a_clear_error(monkeypatch):
    monkeypatch.delenv(ENV_URL, raising=False)
    monkeypatch.delenv(ENV_MODEL, raising=False)
    with pytest.raises(LLMError, match=ENV_URL):
        LLMJudge()
    with pytest.raises(LLMError, match=ENV_MODEL):
        LLMJudge("http://localhost:11434/v1")


def test_full_endpoint_url_is_accepted():
    judge = LLMJudge("http://localhost:8000/v1/chat/completions/", "m")
    assert judge.url == "http://localhost:8000/v1/chat/completions"


# -- answers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"label": "neutral"}',
        '  ```\n{"label": "neutral"}\n```',
        'Answer: {"label": "neutral", "note": "a } brace"} and {"label": "entailment"}',
        '<think>is it {"label": "entailment"}?</think>\n{"label": "neutral"}',
    ],
)
def test_extract_json(text):
    assert extract_json(text)["label"] == "neutral"


def test_extract_json_rejects_non_objects():
    for text in ("no json here", "[1, 2]", "{broken"):
        with pytest.raises(ValueError):
            extract_json(text)


def test_parse_answer_validates_and_normalizes():
    j = parse_answer(
        '{"label": "Contradicts", "confidence": "85%", "rationale": " r ",'
        ' "quote": "yes, i agree   we should"}',
        PREMISE,
        "llm/m",
    )
    assert j.label == "contradiction"
    assert j.probs["contradiction"] == pytest.approx(0.85)
    assert j.rationale == "r"
    assert j.quote == "Yes, I agree we should"  # the span as it stands in the premise
    j = parse_answer('{"label": "neutral", "quote": "words Alice never wrote"}', PREMISE, "x")
    assert j.quote == ""
    assert j.extra["quote_not_in_premise"] == "words Alice never wrote"
    assert j.extra["confidence_missing"] is True
    assert max(j.probs, key=j.probs.get) == "neutral"
    # A confidence too low to make the label the most probable is raised.
    j = parse_answer('{"label": "entailment", "confidence": 0.1}', PREMISE, "x")
    assert max(j.probs, key=j.probs.get) == "entailment"
    with pytest.raises(ValueError):
        parse_answer('{"confidence": 0.9}', PREMISE, "x")


def test_probs_for_sums_to_one():
    for label in LABELS:
        p = probs_for(label, 0.6)
        assert sum(p.values()) == pytest.approx(1.0)
        assert p[label] == 0.6

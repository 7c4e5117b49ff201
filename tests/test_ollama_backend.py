"""The `ollama` backend against a real HTTP server on loopback that speaks Ollama's API."""

import time

import pytest

from agent.backends.base import BackendMisconfigured, BackendUnavailable, BadModelAnswer
from agent.backends.ollama import OllamaBackend, OllamaSettings
from agent.classifier import Classifier
from agent.verdict import ModelAnswer
from pipeline.parsing import parse_message
from tests.helpers import corpus_messages
from tests.fake_ollama import FakeOllama, verdict_json


def _classifier(url: str, **settings) -> Classifier:
    return Classifier(OllamaBackend(OllamaSettings(host=url, **settings)))


def _message():
    return parse_message(corpus_messages("spam")[0].read_bytes())


@pytest.mark.parametrize("stream", [True, False])
def test_verdict_comes_back_from_a_streamed_and_an_unstreamed_answer(fake_ollama, stream):
    verdict = _classifier(fake_ollama.url, stream=stream).judge(_message())

    assert verdict.label == "spam"
    assert verdict.spam_probability == pytest.approx(0.97)
    assert verdict.category.value == "phishing"
    assert verdict.backend == "ollama" and verdict.model == "llama3.2:3b"
    assert verdict.prompt_version.startswith("tpl-")
    chat = [r for r in fake_ollama.requests if r["path"] == "/api/chat"][-1]
    assert chat["stream"] is stream


def test_request_pins_the_schema_temperature_seed_and_context(fake_ollama):
    _classifier(fake_ollama.url, num_ctx=4096, seed=7).judge(_message())

    chat = [r for r in fake_ollama.requests if r["path"] == "/api/chat"][-1]
    assert chat["format"] == ModelAnswer.model_json_schema()
    assert chat["options"]["temperature"] == 0
    assert chat["options"]["seed"] == 7
    assert chat["options"]["num_ctx"] == 4096
    system, user = chat["messages"]
    assert system["role"] == "system" and user["role"] == "user"
    assert "BEGIN" in user["content"] and "END" in user["content"]


def test_missing_model_says_which_ollama_pull_to_run():
    with FakeOllama(models=["mistral:7b"]) as server:
        backend = OllamaBackend(OllamaSettings(host=server.url, model="llama3.2:3b"))
        with pytest.raises(BackendMisconfigured) as caught:
            backend.check()
    assert "ollama pull llama3.2:3b" in str(caught.value)
    assert "mistral:7b" in str(caught.value)


def test_server_down_names_the_host_and_how_to_start_ollama(closed_port):
    url = f"http://127.0.0.1:{closed_port}"
    with pytest.raises(BackendUnavailable) as caught:
        _classifier(url).judge(_message())
    assert url in str(caught.value)
    assert "ollama serve" in str(caught.value)


@pytest.mark.parametrize("stream", [True, False])
def test_server_that_hangs_past_the_timeout_is_given_up_on(stream):
    with FakeOllama(delay_s=3.0) as server:
        started = time.monotonic()
        with pytest.raises(BackendUnavailable) as caught:
            _classifier(server.url, timeout_s=0.5, stream=stream).judge(_message())
        waited = time.monotonic() - started
    assert waited < 2.5
    assert "did not answer within 0.5 s" in str(caught.value)


def test_a_stream_that_trickles_forever_hits_the_overall_deadline():
    # The whole answer trickles in over ~10 s (20-odd pieces, 0.5 s apart); the deadline
    # ends it after 1 s. The bound leaves room for a loaded machine and still tells them apart.
    with FakeOllama(stream_chunk_delay_s=0.5) as server:
        started = time.monotonic()
        with pytest.raises(BackendUnavailable) as caught:
            _classifier(server.url, timeout_s=1.0, stream=True).judge(_message())
        waited = time.monotonic() - started
    assert waited < 5.0
    assert "took longer than 1 s" in str(caught.value)


@pytest.mark.parametrize(
    "answer",
    [
        "I think this is spam.",
        '{"label": "maybe", "spam_probability": 0.5}',
        '{"label": "ham", "spam_probability": 7}',
        '{"label": "spam"',
        "",
    ],
)
def test_an_answer_outside_the_schema_is_no_verdict_at_all(answer):
    with FakeOllama(answer=lambda request: answer) as server:
        with pytest.raises(BadModelAnswer):
            _classifier(server.url).judge(_message())


def test_ham_answer_is_taken_as_given(fake_ollama):
    fake_ollama.answer = lambda request: verdict_json("ham", 0.02, "legitimate", "a reply in a known thread", [])
    verdict = _classifier(fake_ollama.url).judge(_message())
    assert verdict.label == "ham" and verdict.risk_factors == []

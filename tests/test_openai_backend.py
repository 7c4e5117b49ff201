"""The `openai` backend against a real OpenAI-compatible server: llama-cpp-python's
(`python -m llama_cpp.server`) serving the bundled SmolLM2 GGUF on loopback, started by
the test. It judges mail, a server killed mid-run leaves mail waiting until it is back,
and an answer cut short is a bad answer, never a verdict."""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
import tempfile
import time

import httpx
import pytest
from sqlalchemy import func, select

from agent.backends.base import BackendMisconfigured, BackendUnavailable, BadModelAnswer
from agent.backends.embedded import bundled_model_path
from agent.backends.openai_compatible import OpenAIBackend
from agent.backends.openai_settings import OpenAISettings
from agent.classifier import Classifier
from pipeline.parsing import parse_message
from storage.models import VerdictRecord
from tests.helpers import account, client, corpus_messages, folder_flags, jobs, message, started, wait_for

GGUF = bundled_model_path()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(GGUF is None or importlib.util.find_spec("llama_cpp") is None
                       or importlib.util.find_spec("sse_starlette") is None,
                       reason="needs llama-cpp-python with its server extra and the bundled GGUF "
                              "(scripts/bootstrap.sh and the test extra install them)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LlamaServer:
    """`python -m llama_cpp.server` on a loopback port, as a user would run it."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> "LlamaServer":
        # Its log goes to a file: llama.cpp's loading chatter would fill a pipe and stall it.
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(GGUF), "--model_alias", "smollm2",
             "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "4096", "--n_threads", "2"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise RuntimeError(f"llama_cpp.server exited: {self.log.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{self.base_url}/models", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.3)
        raise RuntimeError("llama_cpp.server did not come up within 120 s")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def llama_server():
    server = LlamaServer().start()
    yield server
    server.kill()


def backend(server: LlamaServer, **settings) -> OpenAIBackend:
    return OpenAIBackend(OpenAISettings(base_url=server.base_url, model="smollm2", **settings))


def test_it_judges_mail_through_a_real_llama_cpp_server(llama_server):
    judge = Classifier(backend(llama_server))
    judge.backend.check()
    verdicts = [judge.judge(parse_message(p.read_bytes())) for p in corpus_messages("spam")[:2]
                + corpus_messages("ham")[:2]]
    for v in verdicts:
        assert v.backend == "openai" and v.model == "smollm2" and 0.0 <= v.spam_probability <= 1.0
        assert v.prompt_sha256 and v.answer_sha256
    # llama-cpp-python's server refuses response_format json_schema: JSON mode with the schema it is.
    assert judge.backend._mode == "json_object"


def test_an_answer_cut_short_is_a_bad_answer_not_a_verdict(llama_server):
    judge = Classifier(backend(llama_server, max_tokens=4))
    with pytest.raises(BadModelAnswer, match="not a valid verdict"):
        judge.judge(parse_message(corpus_messages("spam")[0].read_bytes()))


def test_a_wrong_model_or_address_says_what_to_fix(llama_server, closed_port):
    with pytest.raises(BackendUnavailable, match="cannot reach the model server"):
        OpenAIBackend(OpenAISettings(base_url=f"http://127.0.0.1:{closed_port}/v1", model="x")).check()
    wrong = OpenAIBackend(OpenAISettings(base_url=llama_server.base_url.removesuffix("/v1") + "/nope", model="x"))
    with pytest.raises(BackendMisconfigured, match="404"):
        Classifier(wrong).judge(parse_message(message(1)))


def test_a_server_killed_mid_run_leaves_mail_waiting_then_judged_when_back(dovecot, mail_user, db):
    from pipeline.service import Service, ServiceOptions

    server = LlamaServer().start()
    judge = Classifier(OpenAIBackend(OpenAISettings(base_url=server.base_url, model="smollm2", timeout_s=60)))
    service = started(Service([account(dovecot, mail_user)], judge, db, ServiceOptions(retry_after_s=0.5)), db)
    try:
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(1))
        wait_for(lambda: jobs(db, "acted") == 1, timeout=120, what="the first message judged")
        server.kill()
        with client(dovecot, mail_user) as c:
            c.append("INBOX", message(2))
        wait_for(lambda: jobs(db, "waiting") == 1, timeout=60, what="the second message waiting for the model")
        assert len(folder_flags(dovecot, mail_user, "INBOX")) == 2
        server.start()  # back on the same port
        wait_for(lambda: jobs(db, "acted") == 2, timeout=180, what="the waiting message judged")
    finally:
        service.stop()
        server.kill()
    with db.reader() as s:
        assert s.scalar(select(func.count()).select_from(VerdictRecord)) == 2


def test_the_same_prompt_goes_to_it_as_to_ollama(llama_server, fake_ollama):
    """One backend contract: the rendered prompt (instructions, rules, examples, the fenced
    email) is the same messages for both; only the call around it differs. (The fence is
    random per prompt, so it is compared with its value taken out.)"""
    import re

    from agent.backends.ollama import OllamaBackend
    from agent.backends.ollama_settings import OllamaSettings

    raw = corpus_messages("spam")[0].read_bytes()
    ollama_judge = Classifier(OllamaBackend(OllamaSettings(host=fake_ollama.url, stream=False)))
    ollama_judge.judge(parse_message(raw))
    sent_to_ollama = [r for r in fake_ollama.requests if "messages" in r][-1]["messages"]
    openai_backend = backend(llama_server)
    seen = []
    real_create = openai_backend._client.chat.completions.create

    def recording(**kwargs):
        seen.append(kwargs)
        return real_create(**kwargs)

    openai_backend._client.chat.completions.create = recording
    Classifier(openai_backend).judge(parse_message(raw))
    sent_to_openai = seen[-1]["messages"]

    def unfenced(messages):
        return [{**m, "content": re.sub(r"=====[0-9A-F]{16,}=====", "FENCE", m["content"])} for m in messages]

    assert unfenced(sent_to_openai) == unfenced(sent_to_ollama)
    assert seen[-1]["temperature"] == 0 and seen[-1]["seed"] == 42


def test_the_api_key_goes_as_a_bearer_token_from_env_or_sealed(tmp_path, monkeypatch):
    """A server that wants a key gets it in Authorization; a sealed one is opened with the
    data directory's key. (A loopback server records the header; no model needed.)"""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from storage.vault import Vault

    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            seen.append(self.headers.get("Authorization", ""))
            body = json.dumps({"object": "list", "data": [{"id": "m", "object": "model"}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        monkeypatch.setenv("MY_KEY", "from-the-env")
        OpenAIBackend(OpenAISettings(base_url=url, model="m", api_key_env="MY_KEY")).check()
        vault = Vault.for_data_dir(tmp_path)
        OpenAIBackend(OpenAISettings(base_url=url, model="m", api_key_encrypted=vault.seal("sealed-key")),
                      unseal=vault.open).check()
        with pytest.raises(BackendMisconfigured, match="cannot be opened"):
            OpenAIBackend(OpenAISettings(base_url=url, model="m", api_key_encrypted="garbage"), unseal=vault.open)
    finally:
        server.shutdown()
    assert seen == ["Bearer from-the-env", "Bearer sealed-key"]

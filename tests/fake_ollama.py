"""A loopback HTTP server that speaks Ollama's `/api/tags` and `/api/chat` protocol.

Real HTTP, real sockets, the real `ollama` client on the other side; only the model is
replaced by a function of the request. Streaming follows the real server: one JSON
object per line, the last with `"done": true`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Answer = Callable[[dict], str]


def verdict_json(label: str = "spam", probability: float = 0.97, category: str = "phishing",
                 reason: str = "asks for a password on a look-alike domain", risk_factors=("look-alike domain",)) -> str:
    return json.dumps({"label": label, "spam_probability": probability, "category": category,
                       "reason": reason, "risk_factors": list(risk_factors)})


class FakeOllama:
    def __init__(self, models=("llama3.2:3b",), answer: Answer | None = None, delay_s: float = 0.0,
                 stream_chunk_delay_s: float = 0.0, port: int = 0):
        self.models = list(models)
        self.answer: Answer = answer or (lambda request: verdict_json())
        self.delay_s = delay_s
        self.stream_chunk_delay_s = stream_chunk_delay_s
        self.requests: list[dict] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "FakeOllama":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def _send_json(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if self.path == "/api/tags":
                    self._send_json(200, {"models": [
                        {"name": m, "model": m, "modified_at": "2026-01-01T00:00:00Z", "size": 1, "digest": "x",
                         "details": {"format": "gguf", "family": "llama", "parameter_size": "3B",
                                     "quantization_level": "Q4_K_M"}}
                        for m in fake.models]})
                else:
                    self._send_json(404, {"error": "not found"})

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                request = json.loads(self.rfile.read(length) or b"{}")
                fake.requests.append({"path": self.path, **request})
                if self.path != "/api/chat":
                    self._send_json(404, {"error": "not found"})
                    return
                if request.get("model") not in fake.models:
                    self._send_json(404, {"error": f"model '{request.get('model')}' not found"})
                    return
                if fake.delay_s:
                    time.sleep(fake.delay_s)
                content = fake.answer(request)
                base = {"model": request["model"], "created_at": "2026-11-24T00:00:00Z"}
                if not request.get("stream", True):
                    self._send_json(200, {**base, "message": {"role": "assistant", "content": content},
                                          "done": True, "done_reason": "stop"})
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ndjson")
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                pieces = [content[i:i + 7] for i in range(0, len(content), 7)] or [""]
                try:
                    for piece in pieces:
                        self._chunk({**base, "message": {"role": "assistant", "content": piece}, "done": False})
                        if fake.stream_chunk_delay_s:
                            time.sleep(fake.stream_chunk_delay_s)
                    self._chunk({**base, "message": {"role": "assistant", "content": ""}, "done": True,
                                 "done_reason": "stop"})
                    self.wfile.write(b"0\r\n\r\n")
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _chunk(self, obj: dict) -> None:
                line = json.dumps(obj).encode() + b"\n"
                self.wfile.write(f"{len(line):x}\r\n".encode() + line + b"\r\n")
                self.wfile.flush()

        return Handler

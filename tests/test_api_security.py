"""The HTTP API under attack: real uvicorn on loopback, raw sockets where the timing of
bytes on the wire is the point, httpx where it is not."""

from __future__ import annotations

import json
import select
import shutil
import socket
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select as sql_select

from agent.cascade import Cascade
from agent.fast_path import FastPath
from pipeline.api import ApiServer, ApiSettings, api_token, create_app
from pipeline.corrections import Corrections
from pipeline.parsing import parse_message
from storage.models import Feedback, Message
from tests.helpers import corpus_messages, sqlite_db, wait_for

MiB = 2**20


@pytest.fixture
def data_dir(corpus_model, isolated_environment) -> Path:
    """A data directory holding a copy of the session's fast path trained on the corpus
    sample (20 spam, 20 ham), with its database."""
    data = isolated_environment / "data"
    shutil.copytree(corpus_model, data)
    return data


@pytest.fixture
def db(data_dir):
    yield from sqlite_db(data_dir)


@pytest.fixture
def token(data_dir) -> str:
    """The token as `mailwarden api serve` makes it: in DATA_DIR/api.token."""
    return api_token(ApiSettings(), data_dir)


@pytest.fixture
def serve(db, data_dir, token):
    """Start the API with these settings; returns its port. Stopped after the test."""
    servers = []

    def start(**settings) -> int:
        api = ApiSettings(**settings)
        judge = Cascade(FastPath(data_dir / "fastpath", db), None, db)
        corrections = Corrections(db, {None: judge.fast})  # this process owns the model: learned at once
        server = ApiServer(create_app(db, judge, token=token, settings=api, corrections=corrections),
                           "127.0.0.1", 0, api).start()
        servers.append(server)
        return server.port

    yield start
    for server in servers:
        server.stop()


def head(path: str, token: str | None = None, length: int | None = None, method: str = "POST") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: message/rfc822"]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def read_until_closed(sock: socket.socket, timeout: float) -> tuple[bytes, bool]:
    """The response the server sends within `timeout`, and whether it closed the
    connection right after it (within a second: well before uvicorn's 5 s keep-alive
    timeout would close an idle one anyway)."""
    deadline = time.monotonic() + timeout
    data = b""
    while not _complete(data):
        sock.settimeout(max(deadline - time.monotonic(), 0.01))
        try:
            chunk = sock.recv(65536)
        except socket.timeout:
            return data, False
        if not chunk:
            return data, True
        data += chunk
    sock.settimeout(1.0)
    try:
        return data, sock.recv(1) == b""
    except ConnectionResetError:
        # Closed with bytes of ours still unread (a trickling client's last byte): TCP
        # answers those with a reset instead of an orderly end. Closed all the same.
        return data, True
    except socket.timeout:
        return data, False


def _complete(data: bytes) -> bool:
    if b"\r\n\r\n" not in data:
        return False
    _, headers, body = parse(data)
    return len(body) >= int(headers.get("content-length", 0))


def parse(data: bytes) -> tuple[int, dict[str, str], bytes]:
    top, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = top.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    return int(status_line.split()[1]), headers, body


def json_error(data: bytes) -> tuple[int, dict[str, str], dict]:
    status, headers, body = parse(data)
    assert headers.get("content-type") == "application/json", data[:300]
    payload = json.loads(body)
    assert set(payload) == {"error", "detail"} and payload["error"], payload
    return status, headers, payload


def count(db, model) -> int:
    with db.reader() as s:
        return s.scalar(sql_select(func.count()).select_from(model))


def test_a_request_without_a_token_is_refused_before_its_body_is_read(serve):
    """GIVEN the API with its default 25 MiB body limit
    WHEN a client without a token announces a 24 MiB upload and sends only its head and 7 bytes
    THEN the 401 comes back at once, and the server has closed the connection: the rest
    of the body cannot even be delivered, so it was never read"""
    port = serve()
    announced = 24 * MiB
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head("/classify", length=announced) + b"From: a")
        started = time.monotonic()
        data, closed = read_until_closed(sock, timeout=5)
        waited = time.monotonic() - started
        assert data, "no answer while the body was still owed: the server waited for it"
        status, headers, payload = json_error(data)
        assert status == 401 and headers["www-authenticate"] == "Bearer" and "bearer token" in payload["error"]
        assert closed and waited < 2
        sent = 7
        with pytest.raises(OSError):  # EPIPE / ECONNRESET: nobody is reading
            while sent < announced:
                sock.sendall(b"x" * 65536)
                sent += 65536
                time.sleep(0.001)
        assert sent < announced / 100


def test_a_body_that_stalls_is_cut_after_body_timeout_s_with_408(serve, token):
    """GIVEN the API with body_timeout_s = 1
    WHEN an authenticated client announces 1,000 bytes, sends 5 and stalls
    THEN after about a second it gets a JSON 408 and the connection is closed"""
    port = serve(body_timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head("/classify", token, length=1000) + b"From:")
        started = time.monotonic()
        data, closed = read_until_closed(sock, timeout=10)
        waited = time.monotonic() - started
    status, _, payload = json_error(data)
    assert status == 408 and "within 1 s" in payload["error"]
    assert closed and 0.9 <= waited < 5


def test_a_body_that_trickles_is_cut_at_the_same_deadline(serve, token):
    """GIVEN body_timeout_s = 1
    WHEN an authenticated client sends its body a byte every 0.2 s (each byte in time)
    THEN the deadline is for the whole body: 408 after about a second, not never"""
    port = serve(body_timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head("/classify", token, length=1000))
        started = time.monotonic()
        while not select.select([sock], [], [], 0.2)[0] and time.monotonic() - started < 10:
            sock.sendall(b"x")
        data, closed = read_until_closed(sock, timeout=5)
        waited = time.monotonic() - started
    assert json_error(data)[0] == 408 and closed and waited < 5


def test_an_announced_body_over_the_limit_is_refused_with_413_before_it_is_read(serve, token):
    """GIVEN a 64 KiB body limit
    WHEN an authenticated client announces a gigabyte and sends nothing of it
    THEN 413 JSON at once and the connection is closed"""
    port = serve(max_body_bytes=64 * 1024)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head("/classify", token, length=10**9))
        started = time.monotonic()
        data, closed = read_until_closed(sock, timeout=5)
    status, _, payload = json_error(data)
    assert status == 413 and "over 65536 bytes" in payload["error"]
    assert closed and time.monotonic() - started < 2


def test_a_stalled_client_holds_one_slot_and_the_others_are_told_503(serve, token):
    """GIVEN max_concurrent_requests = 1 and body_timeout_s = 2
    WHEN one authenticated client stalls in its body
    THEN a second authenticated request gets 503 JSON at once, one without a token still
    gets 401, and once the stalled one is cut the slot serves again"""
    port = serve(max_concurrent_requests=1, body_timeout_s=2.0)
    base = f"http://127.0.0.1:{port}"
    with socket.create_connection(("127.0.0.1", port)) as stalled:
        stalled.sendall(head("/classify", token, length=1000) + b"From:")
        answers = []

        def refused() -> bool:  # until the stalled request has its slot, others are still served
            answers.append(httpx.get(f"{base}/stats", headers={"Authorization": f"Bearer {token}"}))
            return answers[-1].status_code != 200

        wait_for(refused, timeout=5, what="the stalled request holding the slot")
        busy = answers[-1]
        assert busy.status_code == 503 and busy.headers["retry-after"] == "5" and busy.json()["error"]
        assert httpx.get(f"{base}/stats").status_code == 401
        assert json_error(read_until_closed(stalled, timeout=10)[0])[0] == 408
    assert httpx.get(f"{base}/stats", headers={"Authorization": f"Bearer {token}"}).status_code == 200


@pytest.mark.parametrize("first", [b"", b"GET /stats HTTP/1.1\r\nHost: x\r\n"], ids=["silent", "half a head"])
def test_a_head_that_does_not_arrive_is_cut_after_header_timeout_s(serve, first):
    """GIVEN header_timeout_s = 1
    WHEN a client opens a connection and sends nothing, or half a request head, then waits
    THEN after about a second it gets 408 JSON and the connection is closed (uvicorn
    alone would hold it for ever)"""
    port = serve(header_timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(first)
        started = time.monotonic()
        data, closed = read_until_closed(sock, timeout=10)
        waited = time.monotonic() - started
    status, _, payload = json_error(data)
    assert status == 408 and "headers not received within 1 s" in payload["error"]
    assert closed and 0.9 <= waited < 5


def test_a_trickled_head_on_a_kept_alive_connection_meets_the_same_deadline(serve, token):
    """GIVEN header_timeout_s = 1 and a connection that has had one request answered
    WHEN the client sends the next head a byte every 0.2 s
    THEN the deadline runs from the first byte of that head: 408 after about a second"""
    port = serve(header_timeout_s=1.0)
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(head("/stats", token, method="GET"))
        sock.settimeout(5)
        first = sock.recv(65536)
        assert parse(first)[0] == 200
        _, headers, body = parse(first)
        while len(body) < int(headers["content-length"]):
            body += sock.recv(65536)
        started = time.monotonic()
        for byte in b"GET /stats HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100:
            if select.select([sock], [], [], 0.2)[0] or time.monotonic() - started > 10:
                break
            sock.sendall(bytes([byte]))
        data, closed = read_until_closed(sock, timeout=5)
    assert json_error(data)[0] == 408 and closed and time.monotonic() - started < 5


@pytest.mark.parametrize("pieces", [1, 16], ids=["in one write", "in pieces"])
def test_over_long_headers_are_a_431_json_and_the_server_serves_the_next_request(serve, token, pieces):
    """GIVEN a 16 KiB limit on the request head
    WHEN a client sends a 40 KiB header, at once (the app's gate sees it whole) or in
    pieces (h11 refuses the growing buffer)
    THEN either way a JSON 431, the connection is closed, and the next client is served"""
    port = serve(max_header_bytes=16 * 1024)
    request = (f"GET /stats HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\nX-Big: ".encode()
               + b"a" * 40_000 + b"\r\n\r\n")
    with socket.create_connection(("127.0.0.1", port)) as sock:
        size = -(-len(request) // pieces)
        for i in range(0, len(request), size):
            if select.select([sock], [], [], 0)[0]:
                break  # refused already: stop sending into a closed connection
            sock.sendall(request[i:i + size])
            time.sleep(0.02 if pieces > 1 else 0)
        data, closed = read_until_closed(sock, timeout=5)
    status, _, payload = json_error(data)
    assert status == 431 and "over 16384 bytes" in payload["error"] and closed
    r = httpx.get(f"http://127.0.0.1:{port}/stats", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200


def test_a_malformed_request_head_is_a_400_json(serve):
    """GIVEN the API
    WHEN a client sends a head h11 cannot parse (a header line without a colon)
    THEN 400 JSON instead of uvicorn's plain text, and the connection is closed"""
    port = serve()
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /stats HTTP/1.1\r\nHost: x\r\nthis is no header\r\n\r\n")
        data, closed = read_until_closed(sock, timeout=5)
    assert json_error(data)[0] == 400 and closed


@pytest.fixture
def api(serve, token):
    return httpx.Client(base_url=f"http://127.0.0.1:{serve()}", headers={"Authorization": f"Bearer {token}"})


def test_a_path_is_never_read_and_the_answer_does_not_say_whether_it_exists(api, db, data_dir, isolated_environment):
    """GIVEN the API, whose data dir holds api.token, and /etc/passwd on the machine
    WHEN a client gives paths as the message to label: existing files, the server's own
    token, a relative path, one that does not exist
    THEN every one gets the same 422 with the same body, which does not echo the path,
    and nothing is stored or learned"""
    assert (data_dir / "api.token").is_file()
    refs = ["/etc/passwd", "/proc/self/environ", "../data/api.token", str(data_dir / "api.token"),
            str(isolated_environment / "no-such-file"), "data/api.token"]
    messages, feedback = count(db, Message), count(db, Feedback)
    answers = {(r.status_code, r.content) for r in (api.post("/feedback", json={"message": ref, "label": "ham"})
                                                    for ref in refs)}
    assert len(answers) == 1, answers
    ((status, body),) = answers
    assert status == 422 and json.loads(body)["error"] == "invalid request"
    assert not any(ref.encode() in body for ref in refs) and b"passwd" not in body
    assert (count(db, Message), count(db, Feedback)) == (messages, feedback)


def test_a_well_formed_ref_that_is_also_a_file_name_is_looked_up_not_read(api, db, isolated_environment):
    """GIVEN files in the server's working directory named like a stored id, a Message-ID
    and a fingerprint, each holding a real message
    WHEN a client labels those names
    THEN each is 404 (no stored message matches) and none of the files becomes a message"""
    raw = corpus_messages("spam")[0].read_bytes()
    names = ["424242", "<planted@example.org>", "ab" * 32]
    for name in names:
        (isolated_environment / name).write_bytes(raw)
    messages = count(db, Message)
    for name in names:
        r = api.post("/feedback", json={"message": name, "label": "ham"})
        assert r.status_code == 404 and "no stored message" in r.json()["error"], r.text
    assert count(db, Message) == messages and count(db, Feedback) == 0


@pytest.mark.parametrize("ref", ["0" * 64, "9" * 18, "<nobody@nowhere.example>"])
def test_a_well_formed_ref_that_matches_nothing_is_404_json(api, ref):
    """GIVEN the API
    WHEN a client labels a stored id, fingerprint (all digits, too) or Message-ID that
    names no stored message
    THEN 404 JSON, not a 500 from a number too large for the database"""
    r = api.post("/feedback", json={"message": ref, "label": "spam"})
    assert r.status_code == 404 and r.headers["content-type"] == "application/json" and r.json()["error"]


@pytest.mark.parametrize("content, content_type", [
    (json.dumps({"message": "x" * 10_000_000, "label": "ham"}).encode(), "application/json"),
    (b'{"message": "1", "label": ', "application/json"),
    (b'{"message": 1, "label": "ham"}', "application/json"),
    (b'{"message": "1", "label": "maybe"}', "application/json"),
    (b'{"message": "1", "label": "ham", "path": "/etc/passwd"}', "application/json"),
    (b'["1", "ham"]', "application/json"),
    (b'{"message": "\xff\xfe1", "label": "ham"}', "application/json"),
    (b'{"message": "1", "label": "ham"}', "text/plain"),
    (b"", "application/json"),
], ids=["10 MB ref", "bad JSON", "wrong type", "bad label", "extra field", "array", "not UTF-8",
        "not JSON", "empty"])
def test_oversized_or_malformed_feedback_is_a_4xx_json_error(api, db, content, content_type):
    """GIVEN the API with its default 25 MiB body limit
    WHEN a client sends feedback that is too long, not JSON, not UTF-8 or of the wrong shape
    THEN a 4xx JSON error, never a 500 or plain text, and nothing is stored"""
    messages = count(db, Message)
    r = api.post("/feedback", content=content, headers={"Content-Type": content_type})
    assert 400 <= r.status_code < 500 and r.headers["content-type"] == "application/json", r.text[:300]
    assert set(r.json()) == {"error", "detail"} and r.json()["error"]
    assert len(r.content) < 2000, "the answer must not echo the input"
    assert count(db, Message) == messages


def test_raw_message_feedback_stores_the_message_and_records_the_label(api, db):
    """GIVEN the API and a message it has never seen
    WHEN the owner sends the raw message to /feedback/raw?label=spam, then says ham by its Message-ID
    THEN the message is stored, the feedback row says source api, label spam, the client;
    the fast path learned; the second label is recorded after the first (the same one
    again is not)"""
    raw = corpus_messages("ham")[2].read_bytes()
    parsed = parse_message(raw)
    r = api.post("/feedback/raw", params={"label": "spam"}, content=raw, headers={"Content-Type": "message/rfc822"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["fingerprint"] == parsed.fingerprint and body["recorded"] and body["learned"]
    with db.reader() as s:
        message = s.scalar(sql_select(Message).where(Message.fingerprint == parsed.fingerprint))
        rows = s.scalars(sql_select(Feedback).where(Feedback.message_pk == message.id)).all()
        assert message.id == body["message_pk"] and message.feature_hashes and message.source.startswith("api:")
        assert [(f.label, f.source) for f in rows] == [("spam", "api")] and rows[0].actor.endswith("@127.0.0.1")
    again = api.post("/feedback", json={"message": parsed.message_id, "label": "ham"})
    assert again.status_code == 200 and again.json()["recorded"] and again.json()["message_pk"] == message.id
    same = api.post("/feedback", json={"message": parsed.fingerprint, "label": "ham"})
    assert same.status_code == 200 and not same.json()["recorded"]
    with db.reader() as s:
        assert s.scalars(sql_select(Feedback.label).where(Feedback.message_pk == message.id)
                         .order_by(Feedback.id)).all() == ["spam", "ham"]


@pytest.mark.parametrize("params, content", [({}, b"From: a\r\n\r\nx"), ({"label": "maybe"}, b"From: a\r\n\r\nx"),
                                             ({"label": "spam"}, b"")], ids=["no label", "bad label", "empty"])
def test_raw_message_feedback_without_a_label_or_a_message_is_422(api, db, params, content):
    """GIVEN the API
    WHEN /feedback/raw is called without a valid label or with an empty body
    THEN 422 JSON and nothing is stored"""
    messages = count(db, Message)
    r = api.post("/feedback/raw", params=params, content=content)
    assert r.status_code == 422 and r.json()["error"]
    assert count(db, Message) == messages


def test_the_openapi_document_stays_open_and_everything_else_needs_the_token(serve):
    """GIVEN the API
    WHEN a client without a token asks for the OpenAPI document, its viewer, a route, and no route
    THEN the document and /docs are served; the route and the unknown path are both 401"""
    base = f"http://127.0.0.1:{serve()}"
    assert "/feedback/raw" in httpx.get(f"{base}/openapi.json").json()["paths"]
    assert httpx.get(f"{base}/docs").status_code == 200
    assert httpx.get(f"{base}/stats").status_code == 401
    assert httpx.get(f"{base}/no-such-route").status_code == 401


def test_docs_openapi_json_is_the_document_the_api_serves():
    """GIVEN docs/openapi.json in the repository
    WHEN it is compared with the document the code produces
    THEN they are the same (regenerate: mailwarden api openapi > docs/openapi.json)"""
    from pipeline.api import openapi_document

    kept = json.loads((Path(__file__).parent.parent / "docs" / "openapi.json").read_text())
    assert kept == openapi_document()


def test_classify_judges_with_the_named_accounts_model(db, data_dir, token, tmp_path):
    """GIVEN the API with a judge for mail of no account and one for account `work`
    (per-account models) WHEN /classify is asked with ?account=work, with no account, and
    with an account that does not exist THEN the first uses work's model, the second the
    shared one, the third is a 404 JSON error."""
    shared = Cascade(FastPath(data_dir / "fastpath", db), None, db)
    work_dir = tmp_path / "work"
    shutil.copytree(data_dir / "fastpath", work_dir)
    work = Cascade(FastPath(work_dir, db), None, db)
    raw = corpus_messages("ham")[3].read_bytes()
    for _ in range(3):  # work's owner has said this kind of mail is spam
        work.fast.learn(parse_message(raw), "spam", persist=False)
    server = ApiServer(create_app(db, shared, token=token, account_judges={"work": work}), "127.0.0.1", 0).start()
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{server.port}",
                          headers={"Authorization": f"Bearer {token}", "Content-Type": "message/rfc822"}) as http:
            as_work = http.post("/classify", params={"account": "work"}, content=raw)
            as_none = http.post("/classify", content=raw)
            unknown = http.post("/classify", params={"account": "nope"}, content=raw)
    finally:
        server.stop()
    assert as_work.status_code == as_none.status_code == 200, (as_work.text, as_none.text)
    assert as_work.json()["verdict"]["spam_probability"] > 0.5 > as_none.json()["verdict"]["spam_probability"]
    assert unknown.status_code == 404 and "no such account" in unknown.json()["error"]


def test_the_open_documents_take_no_body_from_a_client_without_a_token(serve):
    """GIVEN the API, whose OpenAPI document needs no token
    WHEN a client without one announces a 20 MiB body to it, or POSTs to it
    THEN it is refused before a byte is read (413, 405), and a plain GET still works."""
    port = serve()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /openapi.json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 20971520\r\n\r\nxyz")
        answer = sock.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert httpx.post(f"http://127.0.0.1:{port}/openapi.json", content=b"x").status_code == 405
    assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").status_code == 200

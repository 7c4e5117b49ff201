"""Monitor, stats, the dashboard PNG and the HTTP API (real HTTP on loopback)."""

from __future__ import annotations

import io
import json
import time

import httpx
import pytest
from click.testing import CliRunner
from PIL import Image
from prometheus_client.parser import text_string_to_metric_families

from pipeline.cli import cli
from pipeline.config import load_config
from pipeline.dashboard import PANELS, build_dashboard, write_dashboard
from pipeline.monitor import Monitor, MonitorSettings
from pipeline.stats import compute_stats
from pipeline.wiring import make_judge, open_db
from storage.models import RateLimitHit, Rule
from tests.helpers import corpus_messages, wait_for


@pytest.fixture
def filled(trained_on_bundled):
    """A database the real pipeline filled: the fast path trained on the bundled
    sample judged 40 messages, the owner corrected two, the monitor sampled, one rule."""
    files = [str(p) for p in corpus_messages("spam") + corpus_messages("ham")]
    result = CliRunner().invoke(cli, ["classify", "--backend", "none", *files])
    assert result.exit_code == 0, result.output
    assert CliRunner().invoke(cli, ["feedback", "ham", files[0]]).exit_code == 0
    assert CliRunner().invoke(cli, ["feedback", "spam", files[-1]]).exit_code == 0
    db = open_db(load_config())
    monitor = Monitor(db, MonitorSettings(), queue_depth=lambda: 3)
    for _ in range(3):
        monitor.sample()
    with db.session() as s:
        s.add(Rule(condition={"field": "sender_domain", "value": "bank.example", "label": "ham"},
                   instruction="mail from bank.example is the owner's bank", weight=1.3, status="active"))
        s.add(RateLimitHit(scope="sender_domain", key="flood.example", hits=7))
    return db


def titles(fig) -> list[str]:
    return [ax.get_title(loc="left") for ax in fig.axes if ax.get_title(loc="left")]


def no_data_panels(fig) -> int:
    return sum(1 for ax in fig.axes for t in ax.texts if t.get_text() == "no data yet")


def test_dashboard_from_a_filled_database_has_every_panel_at_1600px(filled, isolated_environment):
    out = isolated_environment / "dash.png"
    result = CliRunner().invoke(cli, ["dashboard", str(out)])
    assert result.exit_code == 0, result.output
    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (1600, 1200)
    assert out.stat().st_size < 400_000
    fig = build_dashboard(filled)
    assert titles(fig) == list(PANELS)
    assert no_data_panels(fig) == 0, "every panel has data"


def test_dashboard_of_an_empty_database_says_no_data_yet(isolated_environment):
    db = open_db(load_config())
    fig = build_dashboard(db)
    assert titles(fig) == list(PANELS) and no_data_panels(fig) == len(PANELS)
    out = isolated_environment / "empty.png"
    assert CliRunner().invoke(cli, ["dashboard", str(out)]).exit_code == 0
    with Image.open(out) as image:
        assert image.size == (1600, 1200)


def test_monitor_samples_on_its_own_and_redraws_the_dashboard(isolated_environment):
    db = open_db(load_config())
    path = isolated_environment / "live.png"
    monitor = Monitor(db, MonitorSettings(interval_s=0.05, dashboard_path=path, dashboard_every_s=0.1),
                      queue_depth=lambda: 5, draw_dashboard=lambda p: write_dashboard(db, p))
    running_since = time.monotonic()  # the monitor's start time is taken before this
    monitor.start()
    from sqlalchemy import func, select

    from storage.models import MonitorSample

    def sampled() -> int:
        with db.reader() as s:
            return s.scalar(select(func.count()).select_from(MonitorSample))

    # drawing the PNG in between takes a while on a busy machine
    wait_for(lambda: sampled() >= 3 and path.exists(), what="three samples and a dashboard")
    monitor.stop()
    ran_for = time.monotonic() - running_since
    stats = compute_stats(db, monitor_interval_s=0.05)
    assert stats.service_started_at is not None and stats.uptime_s is not None
    assert stats.uptime_s >= ran_for, "uptime counts from the monitor's start, not from a later sample"
    assert path.exists()
    with db.reader() as s:
        samples = s.scalars(select(MonitorSample)).all()
    assert len(samples) >= 3 and all(x.rss_mb > 10 and x.queue_depth == 5 for x in samples)


def test_stats_show_rate_limit_hits_model_errors_and_uptime(filled):
    result = CliRunner().invoke(cli, ["stats", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["judged"] == 40 and data["rate_limit_hits"] == {"sender_domain": 7}
    assert data["false_positives"] + data["false_negatives"] >= 1
    assert data["model_errors"] == 0 and data["service_started_at"] is not None
    table = CliRunner().invoke(cli, ["stats"])
    assert "rate-limit hits" in table.output and "uptime" in table.output


@pytest.fixture
def api(filled, monkeypatch):
    from pipeline.api import ApiServer, create_app
    from pipeline.api import ApiSettings
    from agent.rate_limits import BucketSettings

    config = load_config()
    judge = make_judge(config, "none", filled)
    app = create_app(filled, judge, token="t0ken-for-tests", settings=ApiSettings(max_body_bytes=64 * 1024),
                     client_limit=BucketSettings(per_minute=600, burst=40), tiers=config.tiers)
    server = ApiServer(app, "127.0.0.1", 0).start()
    yield f"http://127.0.0.1:{server.port}"
    server.stop()


AUTH = {"Authorization": "Bearer t0ken-for-tests"}


def test_api_refuses_without_or_with_a_wrong_token(api):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic dTpw"}):
        r = httpx.get(f"{api}/stats", headers=headers)
        assert r.status_code == 401 and "bearer token" in r.json()["error"]
    assert httpx.get(f"{api}/openapi.json").json()["paths"].keys() >= {"/classify", "/feedback", "/metrics"}


def test_api_refuses_a_too_large_body_with_and_without_a_length(api):
    big = b"x" * (65 * 1024)
    r = httpx.post(f"{api}/classify", content=big, headers=AUTH)
    assert r.status_code == 413 and "over" in r.json()["error"]

    def chunks():
        for _ in range(65):
            yield b"y" * 1024

    r = httpx.post(f"{api}/classify", content=chunks(), headers=AUTH)
    assert r.status_code == 413


def test_api_classify_feedback_stats_round_trip(api):
    raw = corpus_messages("spam")[3].read_bytes()
    r = httpx.post(f"{api}/classify", content=raw, headers={**AUTH, "Content-Type": "message/rfc822"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["verdict"]["label"] in ("spam", "ham") and body["action"] in (
        "quarantine", "suspicious", "possible_spam", "deliver")
    before = httpx.get(f"{api}/stats", headers=AUTH).json()
    wrong = "ham" if body["verdict"]["label"] == "spam" else "spam"
    r = httpx.post(f"{api}/feedback", json={"message": str(body["message_pk"]), "label": wrong}, headers=AUTH)
    assert r.status_code == 200 and r.json()["recorded"] and r.json()["corrected"], r.text
    after = httpx.get(f"{api}/stats", headers=AUTH).json()
    assert (after["false_positives"] + after["false_negatives"]
            == before["false_positives"] + before["false_negatives"] + 1)
    r = httpx.post(f"{api}/feedback", json={"message": "<nobody@nowhere>", "label": "ham"}, headers=AUTH)
    assert r.status_code == 404 and "no stored message" in r.json()["error"]
    r = httpx.post(f"{api}/feedback", json={"message": "1", "label": "maybe"}, headers=AUTH)
    assert r.status_code == 422 and r.json()["error"] == "invalid request"


def test_api_metrics_parse_and_dashboard_is_a_png(api):
    r = httpx.get(f"{api}/metrics", headers=AUTH)
    assert r.status_code == 200
    families = {f.name: f for f in text_string_to_metric_families(r.text)}
    verdicts = sum(s.value for s in families["mailwarden_verdicts"].samples if s.name.endswith("_total"))
    assert verdicts == 40
    assert {"mailwarden_corrections", "mailwarden_rate_limit_hits", "mailwarden_queue_depth",
            "mailwarden_service_resident_bytes"} <= set(families)
    png = httpx.get(f"{api}/dashboard.png", headers=AUTH)
    assert png.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(png.content)).size == (1600, 1200)


def test_api_rate_limits_each_client(filled):
    from pipeline.api import ApiServer, create_app
    from agent.rate_limits import BucketSettings

    judge = make_judge(load_config(), "none", filled)
    app = create_app(filled, judge, token="k", client_limit=BucketSettings(per_minute=1, burst=3))
    server = ApiServer(app, "127.0.0.1", 0).start()
    try:
        codes = [httpx.get(f"http://127.0.0.1:{server.port}/stats", headers={"Authorization": "Bearer k"}).status_code
                 for _ in range(5)]
    finally:
        server.stop()
    assert codes == [200, 200, 200, 429, 429]


def test_start_api_from_the_configuration_makes_a_private_token(filled, closed_port, monkeypatch):
    import os
    import stat

    from pipeline.wiring import start_api

    monkeypatch.setenv("MAILWARDEN_API__PORT", str(closed_port))
    config = load_config()
    server = start_api(config, filled, make_judge(config, "none", filled))
    try:
        token_file = config.data_dir / "api.token"
        assert stat.S_IMODE(os.stat(token_file).st_mode) == 0o600
        token = token_file.read_text().strip()
        url = f"http://127.0.0.1:{closed_port}/stats"
        assert httpx.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200
        assert httpx.get(url, headers={"Authorization": "Bearer x" + token}).status_code == 401
    finally:
        server.stop()

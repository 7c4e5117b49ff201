"""Several processes on one database, piece by piece: the folder leases, the job
claims and the model hosts (on SQLite and PostgreSQL; the learned state followed and
taken over is in tests/test_corrections.py, the whole of it with real processes in
tests/test_multi_process.py)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from agent.backends.base import BackendMisconfigured, BackendUnavailable
from agent.backends.spread import SpreadBackend
from agent.verdict import ModelAnswer
from pipeline.imap import AccountSettings
from pipeline.service.leases import Leases, lease_keys
from pipeline.service_settings import ServiceOptions
from storage import folder_states, jobs, leases
from storage.jobs import JobKey
from storage.models import ServiceProcess, utcnow

FOLDERS = ["INBOX", "Work", "Lists", "Family"]


def accounts() -> list[AccountSettings]:
    return [AccountSettings(name="home", host="127.0.0.1", user="u", password="p", folders=FOLDERS,
                            learn_from_junk=False)]


def keeper(db, **options) -> Leases:
    return Leases(db, accounts(), ServiceOptions(**options))


def held(lease: Leases) -> set[str]:
    return {f for f in FOLDERS if lease.holds(("home", f))}


def test_two_processes_split_the_folders_and_one_left_alone_takes_them_all(any_db):
    """GIVEN one process holding every folder WHEN a second joins THEN each ends with its
    share and never both hold one; WHEN the first stops THEN the second takes its
    folders at its next round."""
    first, second = keeper(any_db), keeper(any_db)
    first._round()
    assert held(first) == set(FOLDERS) and lease_keys(accounts())[-1] == ("home", "(quarantine audit)")
    second._round()
    first._round()  # gives up what is beyond its share (no thread works under them here)
    second._round()
    assert not held(first) & held(second)
    assert held(first) | held(second) == set(FOLDERS) and held(second), "five leases: three and two"
    assert first.holds(("home", "(quarantine audit)")) != second.holds(("home", "(quarantine audit)"))

    first.stop()
    second._round()
    assert held(second) == set(FOLDERS)
    with any_db.reader() as s:
        assert {lease.process_id for lease in leases.leases(s)} == {second.id}


def test_a_lease_in_use_is_given_up_only_once_its_watcher_has_left(any_db):
    first = keeper(any_db)
    first._round()
    for folder in FOLDERS:
        assert first.enter(("home", folder))
    second = keeper(any_db)
    second._round()
    first._round()
    leaving = set(FOLDERS) - held(first)
    assert leaving, "first is asked to leave some folders to the newcomer"
    with any_db.reader() as s:
        assert {lease.process_id for lease in leases.leases(s)} == {first.id}, "but holds them while it works"
    for folder in leaving:
        first.leave(("home", folder))
    first._round()
    second._round()
    assert held(second) == leaving


def test_a_dead_process_on_this_host_is_taken_over_at_once_one_elsewhere_when_silent(any_db):
    """GIVEN leases held by a process of this host whose pid is gone, and by one on
    another host WHEN a process looks THEN the first's are taken at once, the other's
    only once its heartbeat is `takeover_after_s` old; its job claims are freed too."""
    me = keeper(any_db, takeover_after_s=30)
    now = utcnow()
    with any_db.session() as s:
        # No such pid (above pid_max), and beats missed: a pid gone alone is not enough,
        # since a process in another pid namespace under this host name looks the same.
        leases.register(s, f"{me.host}:99999999:dead", me.host, 99_999_999, now - timedelta(seconds=16))
        leases.register(s, "elsewhere:42:abcd", "elsewhere", 42, now)
        s.flush()
        assert leases.take(s, "home", "INBOX", f"{me.host}:99999999:dead", now)
        assert leases.take(s, "home", "Work", "elsewhere:42:abcd", now)
        jobs.add_queued(s, [JobKey("home", "Work", 1, 7)])
        s.flush()
        assert jobs.claim(s, JobKey("home", "Work", 1, 7), "elsewhere:42:abcd", now, now - timedelta(hours=1))
    me._round()
    with any_db.reader() as s:
        assert {p.id for p in leases.processes(s)} == {me.id, "elsewhere:42:abcd"}, "the dead one is forgotten"
        holders = {lease.folder: lease.process_id for lease in leases.leases(s)}
    assert holders["Work"] == "elsewhere:42:abcd" and holders.get("INBOX") in (None, me.id)
    assert len(held(me)) + me.holds(("home", "(quarantine audit)")) == 3, "its share of five leases between two"
    assert not me.claim(JobKey("home", "Work", 1, 7)), "the live process elsewhere has it in hand"

    with any_db.session() as s:
        s.execute(update(ServiceProcess).where(ServiceProcess.id == "elsewhere:42:abcd")
                  .values(heartbeat_at=now - timedelta(seconds=31)))
    me._round()
    assert held(me) == set(FOLDERS)
    assert me.claim(JobKey("home", "Work", 1, 7)), "the silent process's claim went with it"
    with any_db.reader() as s:
        assert {p.id for p in leases.processes(s)} == {me.id}


def test_a_job_is_in_one_workers_hands_and_idle_workers_take_the_oldest_nobody_has(any_db):
    a, b = keeper(any_db), keeper(any_db)
    for k in (a, b, a, b):
        k._round()
    keys = [JobKey("home", "INBOX", 2, uid) for uid in (1, 2, 3)]
    with any_db.session() as s:
        folder_states.add(s, "home", "INBOX", 1, 0)
        folder_states.add(s, "home", "INBOX", 2, 0)  # renumbered: the jobs of UIDVALIDITY 1 are the past
        jobs.add_queued(s, [JobKey("home", "INBOX", 1, 1)])
        jobs.add_queued(s, keys)
        jobs.add_queued(s, [JobKey("home", "Junk", 1, 9)])  # not a watched folder: never claimed by another
    assert a.claim(keys[0]) and not b.claim(keys[0]), "one process at a time"
    assert a.claim(keys[0]), "its own claim, not let go, does not keep the job from it"
    owner, helper = (b, a) if b.holds(("home", "INBOX")) else (a, b)  # the one watching INBOX, the other
    assert owner.claim_next(set()) is None, "the folder's own watcher queues its jobs; it does not ask"
    assert helper.claim_next(set()) == keys[1]
    assert helper.claim_next(set()) == keys[2]
    assert helper.claim_next(set()) is None, "keys[0] is in a's hands; the past UIDVALIDITY and Junk are not asked for"
    a.unclaim(keys[0])
    assert b.claim(keys[0])
    assert helper.claim_next({"home"}) is None, "a stopped account's jobs are left"


def test_a_waiting_job_is_claimed_only_once_due(any_db):
    a, b = keeper(any_db), keeper(any_db)
    a._round()
    b._round()
    a = a if not a.holds(("home", "INBOX")) else b  # the one that does not watch INBOX looks for its jobs
    key = JobKey("home", "INBOX", 1, 1)
    with any_db.session() as s:
        folder_states.add(s, "home", "INBOX", 1, 0)
        jobs.add_queued(s, [key])
        jobs.retry_at(s, key, utcnow() + timedelta(minutes=5))
    assert a.claim_next(set()) is None
    with any_db.session() as s:
        jobs.retry_at(s, key, utcnow() - timedelta(seconds=1))
    assert a.claim_next(set()) == key


class Host:
    name, model, prompt_style, boundary, body_chars = "ollama", "m", "chat", None, None

    def __init__(self, fails: Exception | None = None):
        self.fails, self.calls = fails, 0

    def check(self) -> None:
        if self.fails:
            raise self.fails

    def judge(self, prompt) -> ModelAnswer:
        self.calls += 1
        if self.fails:
            raise self.fails
        return ModelAnswer(label="ham", spam_probability=0.1, category="legitimate", reason="ok")


def test_model_calls_go_round_the_hosts_and_pass_over_one_that_is_down():
    up1, down, up2 = Host(), Host(BackendUnavailable("connection refused")), Host()
    spread = SpreadBackend([up1, down, up2], ["a", "b", "c"], rest_s=60)
    spread.check()  # one host down is a warning, not a failure
    for _ in range(9):
        spread.judge(None)
    assert up1.calls + up2.calls == 9 and abs(up1.calls - up2.calls) <= 1
    assert down.calls == 0, "resting since the check"

    with pytest.raises(BackendUnavailable, match="none of the 2 model hosts"):
        SpreadBackend([Host(BackendUnavailable("refused")), Host(BackendUnavailable("timeout"))], ["a", "b"]).judge(None)
    with pytest.raises(BackendMisconfigured):
        SpreadBackend([Host(BackendMisconfigured("no model")), Host(BackendMisconfigured("no model"))],
                      ["a", "b"]).check()


def test_model_hosts_in_the_config_make_one_backend_per_host(tmp_path):
    from pipeline.config import Config
    from pipeline.wiring import make_backend

    config = Config(data_dir=tmp_path, model={"backend": "ollama", "hosts": ["http://10.0.0.1:11434",
                                                                            "http://10.0.0.2:11434"]})
    backend = make_backend(config)
    assert isinstance(backend, SpreadBackend)
    assert [b.settings.host for b in backend.backends] == ["http://10.0.0.1:11434", "http://10.0.0.2:11434"]

"""OAuth2 for IMAP against a real Dovecot with its oauth2 passdb, which checks each
bearer token at an introspection endpoint of a small OAuth2 server the test starts
(tests/oauth_server.py: the device flow, refresh tokens, introspection)."""

from __future__ import annotations

import threading
import time

import pytest

from pipeline.imap import AccountSettings, Mailbox
from pipeline.oauth import DEVICE_GRANT, OAuthError, OAuthLoginNeeded, Tokens, device_login
from tests.helpers import client, folder_flags, jobs, message, started, wait_for
from tests.oauth_server import OAuthServer


@pytest.fixture
def oauth_server():
    with OAuthServer() as server:
        yield server


@pytest.fixture
def oauth_dovecot(oauth_server):
    from mailwarden_dev.dovecot import Dovecot

    server = Dovecot(oauth2_introspection_url=f"{oauth_server.url}/introspect")
    server.start()
    yield server
    server.cleanup()


def oauth_account(dovecot, oauth_server, user: str, data_dir, mechanism: str = "xoauth2") -> AccountSettings:
    account = AccountSettings(
        name="work", host=dovecot.host, port=dovecot.port, tls="plain", user=user, auth="oauth2", poll_interval_s=1,
        oauth2={"provider": "generic", "client_id": oauth_server.client_id, "mechanism": mechanism,
                "device_authorization_url": f"{oauth_server.url}/device", "token_url": f"{oauth_server.url}/token"})
    account.use_key_dir(data_dir)
    return account


def logged_in(account, data_dir, oauth_server, user: str) -> Tokens:
    """Run the device flow as `mailwarden oauth login` does, the test approving the code."""
    tokens = Tokens(account, data_dir)
    said: list[str] = []
    done = threading.Thread(target=device_login, args=(tokens, said.append), kwargs={"sleep": lambda s: time.sleep(0.05)})
    done.start()
    wait_for(lambda: said, what="the code shown to the person")
    code = said[0].split("enter the code ", 1)[1].split(" ", 1)[0]
    oauth_server.approve(code, user)
    done.join(timeout=30)
    assert tokens.logged_in
    return tokens


@pytest.fixture
def oauth_user(oauth_dovecot, oauth_server, tmp_path):
    """A mail user logged in through the device flow: (user, password, account, data dir)."""
    user, password = oauth_dovecot.add_user()
    data = tmp_path / "data"
    account = oauth_account(oauth_dovecot, oauth_server, user, data)
    logged_in(account, data, oauth_server, user)
    return user, password, account, data


def fixed_service_on(account: AccountSettings, db):
    """The service on this OAuth2 account with the fixed model, reconnecting quickly."""
    from agent.backends.fixed import FixedBackend, FixedSettings
    from agent.classifier import Classifier
    from pipeline.service import Service, ServiceOptions

    return Service([account], Classifier(FixedBackend(FixedSettings())), db,
                   ServiceOptions(workers=1, reconnect_max_s=1))


def test_the_device_flow_logs_in_and_keeps_the_tokens_sealed(oauth_dovecot, oauth_server, tmp_path):
    user, _ = oauth_dovecot.add_user()
    data = tmp_path / "data"
    account = oauth_account(oauth_dovecot, oauth_server, user, data)
    tokens = logged_in(account, data, oauth_server, user)
    stored = tokens.path.read_text()
    assert oct(tokens.path.stat().st_mode & 0o777) == "0o600"
    for token in list(oauth_server.access) + list(oauth_server.refresh):
        assert token not in stored, "tokens are sealed at rest"
    assert oauth_server.grants(DEVICE_GRANT) >= 2, "polled while the person had not approved yet"
    for mechanism in ("xoauth2", "oauthbearer"):
        with Mailbox(oauth_account(oauth_dovecot, oauth_server, user, data, mechanism)) as box:
            assert box.ensure_selected("INBOX") > 0
    assert "method=XOAUTH2" in oauth_dovecot.log() or "method=OAUTHBEARER" in oauth_dovecot.log()


def test_a_refused_client_a_refusal_by_the_person_and_an_expired_code_say_so(oauth_server, tmp_path):
    def account(client_id: str) -> AccountSettings:
        return AccountSettings(name="work", host="127.0.0.1", tls="plain", user="x", auth="oauth2",
                               oauth2={"client_id": client_id, "device_authorization_url": f"{oauth_server.url}/device",
                                       "token_url": f"{oauth_server.url}/token"})

    with pytest.raises(OAuthError, match="refused the device login .*client_id"):
        device_login(Tokens(account("someone-else"), tmp_path), say=lambda line: None)

    def then(act):
        """Run the flow; once the code is shown, `act` on the server as the person would."""
        tokens = Tokens(account(oauth_server.client_id), tmp_path)
        polls = iter(range(1000))

        def sleep(_s: float) -> None:
            if next(polls) == 1:
                act()
            time.sleep(0.02)

        device_login(tokens, say=lambda line: None, sleep=sleep)

    with pytest.raises(OAuthError, match="refused at the provider"):
        then(oauth_server.deny_all)
    with pytest.raises(OAuthError, match="expired before it was entered"):
        then(oauth_server.expire_codes)
    assert not Tokens(account(oauth_server.client_id), tmp_path).logged_in


def test_an_access_token_is_refreshed_before_it_expires_and_when_refused(oauth_dovecot, oauth_server, tmp_path):
    user, _ = oauth_dovecot.add_user()
    data = tmp_path / "data"
    account = oauth_account(oauth_dovecot, oauth_server, user, data)
    tokens = logged_in(account, data, oauth_server, user)
    first = tokens.access_token()
    assert tokens.access_token() == first, "a fresh token is used as it is"
    later = Tokens(account, data, clock=lambda: time.time() + 3600 - 60)  # within refresh_before_s of expiry
    assert later.access_token() != first and oauth_server.grants("refresh_token") == 1
    oauth_server.expire_access_tokens()  # the provider ended them early: the server refuses them
    with Mailbox(account) as box:
        assert box.ensure_selected("INBOX") > 0
    assert oauth_server.grants("refresh_token") == 2, "refused once, refreshed once, logged in"


def test_an_expired_token_is_refreshed_mid_run_without_losing_a_message(oauth_dovecot, oauth_server, oauth_user, db):
    user, password, account, _ = oauth_user
    service = started(fixed_service_on(account, db), db)
    try:
        with client(oauth_dovecot, (user, password)) as c:
            c.append("INBOX", message(1, spam=True))
        wait_for(lambda: jobs(db, "acted") == 1, what="the first message acted on")
        oauth_server.expire_access_tokens()
        oauth_dovecot.restart()  # every session dropped: the service logs in again, with a refused token
        with client(oauth_dovecot, (user, password)) as c:
            c.append("INBOX", message(2, spam=True))
        wait_for(lambda: jobs(db, "acted") == 2, timeout=60, what="the second message acted on after a refresh")
        assert service.stopped_accounts == {}
    finally:
        service.stop()
    assert len(folder_flags(oauth_dovecot, (user, password), "Quarantine")) == 2
    assert oauth_server.grants("refresh_token") >= 1


def test_a_revoked_refresh_token_stops_the_account_with_one_line(oauth_dovecot, oauth_server, oauth_user, db):
    user, password, account, _ = oauth_user
    service = started(fixed_service_on(account, db), db)
    try:
        oauth_server.revoke()
        oauth_dovecot.restart()
        with client(oauth_dovecot, (user, password)) as c:
            c.append("INBOX", message(3, spam=True))
        wait_for(lambda: "work" in service.stopped_accounts, timeout=60, what="the account stopped")
    finally:
        service.stop()
    line = service.stopped_accounts["work"]
    assert "refused to refresh the token" in line and "mailwarden oauth login --account work" in line
    assert len(folder_flags(oauth_dovecot, (user, password), "INBOX")) == 1, "the mail is left where it is"
    with pytest.raises(OAuthLoginNeeded):
        Tokens(account, oauth_user[3]).access_token(force_refresh=True)

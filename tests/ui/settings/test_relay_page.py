"""Settings › Media relay: the guided setup, saved to the store and the keyring, and "Test the relay"
against a real S3 server (moto) on 127.0.0.1, each step worded."""

from __future__ import annotations

import uuid

import pytest

from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.relay_settings import RelaySettings
from postdesk.platforms.s3_relay import load_relay_settings
from postdesk.store.db import open_database
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.settings.relay_page import RelayPage, StoreRelayServices
from tests.fakes.s3_server import S3Server, s3_server  # noqa: F401  (the session fixture)
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.integration


@pytest.fixture
def env(paths, qtbot, s3_server: S3Server):
    db = open_database(paths)
    ring = MemoryKeyring()
    vault = TokenVault(KeyringStore(ring))
    runner = BackgroundRunner(name="relay-page-test")
    page = RelayPage(StoreRelayServices(db, lambda: vault), runner)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.status_label.text() != "")
    bucket = f"postdesk-{uuid.uuid4().hex[:12]}"
    s3_server.make_bucket(bucket)
    yield page, db, ring, vault, s3_server, bucket
    runner.shutdown()
    db.close()


def _fill(page: RelayPage, server: S3Server, bucket: str, secret: str | None = None) -> None:
    page.service_box.setCurrentIndex(page.service_box.findData("other"))
    page.endpoint_edit.setText(server.endpoint)
    page.region_edit.setText("us-east-1")
    page.bucket_edit.setText(bucket)
    page.access_key_edit.setText(server.access_key)
    page.secret_edit.setText(server.secret_key if secret is None else secret)
    page.path_style_box.setChecked(True)


def test_starts_not_set_up(env):
    page, *_ = env
    assert "Not set up" in page.status_label.text()


def test_save_keeps_settings_in_the_store_and_the_secret_in_the_keyring(env, qtbot, paths):
    page, db, _ring, vault, server, bucket = env
    _fill(page, server, bucket)
    with qtbot.waitSignal(page.relay_changed) as changed:
        page.save_button.click()
    assert changed.args == [True]
    qtbot.waitUntil(lambda: "Set up" in page.status_label.text())
    assert bucket in page.status_label.text()
    saved = load_relay_settings(db)
    assert saved == RelaySettings(server.endpoint, "us-east-1", bucket, server.access_key, True)
    assert vault.load_relay_secret() == server.secret_key
    assert server.secret_key.encode() not in paths.database.read_bytes()
    assert page.secret_edit.text() == ""  # the secret is not kept on screen after saving


def test_the_relay_test_reports_every_step_in_words(env, qtbot):
    page, _db, _ring, _vault, server, bucket = env
    _fill(page, server, bucket)
    page.test_button.click()
    qtbot.waitUntil(
        lambda: "works" in page.report_label.text() or "does not work" in page.report_label.text(), timeout=30000
    )
    report = page.report_label.text()
    assert "Uploaded a small test picture" in report
    assert "Fetched it back through a link that works for 15 minutes" in report
    assert "Deleted it again" in report
    assert "The relay works" in report
    assert server.keys(bucket) == []  # nothing left behind


def test_a_missing_bucket_is_worded(env, qtbot):
    page, _db, _ring, _vault, server, _bucket = env
    _fill(page, server, "no-such-bucket-here")
    page.test_button.click()
    qtbot.waitUntil(lambda: "does not work" in page.report_label.text(), timeout=30000)
    assert "this bucket does not exist at this endpoint" in page.report_label.text()


def test_form_problems_are_worded_before_anything_is_sent(env, qtbot):
    page, *_ = env
    page.bucket_edit.setText("Not A Bucket")
    page.access_key_edit.setText("AKIA1")
    page.test_button.click()
    assert "3 to 63 lower-case letters" in page.report_label.text()
    page.bucket_edit.setText("my-media")
    page.endpoint_edit.setText("http://s3.example.org")
    page.save_button.click()
    assert "Use an https:// endpoint" in page.status_label.text()
    page.endpoint_edit.setText("https://s3.example.org")
    page.save_button.click()
    assert page.status_label.text() == "Enter the secret access key."


def test_a_locked_keyring_is_said_plainly(env, qtbot):
    page, _db, ring, _vault, server, bucket = env
    _fill(page, server, bucket)
    ring.locked = True
    page.save_button.click()
    qtbot.waitUntil(lambda: "keyring is locked" in page.status_label.text())


def test_remove_the_relay(env, qtbot):
    page, db, _ring, vault, server, bucket = env
    _fill(page, server, bucket)
    with qtbot.waitSignal(page.relay_changed):
        page.save_button.click()
    with qtbot.waitSignal(page.relay_changed) as changed:
        page.forget_button.click()
    assert changed.args == [False]
    qtbot.waitUntil(lambda: "Not set up" in page.status_label.text())
    assert load_relay_settings(db) == RelaySettings() and vault.load_relay_secret() is None


def test_relay_configured_follows_settings_and_secret(paths, monkeypatch):
    from postdesk.auth import vault as vault_module
    from postdesk.platforms.s3_relay import save_relay_settings
    from postdesk.ui.settings.relay_page import relay_configured_blocking

    ring = MemoryKeyring()
    monkeypatch.setattr(vault_module, "default_vault", lambda: TokenVault(KeyringStore(ring)))
    db = open_database(paths)
    try:
        assert not relay_configured_blocking(db)
        save_relay_settings(db, RelaySettings(bucket="my-media", access_key_id="AKIA1"))
        assert not relay_configured_blocking(db)  # no secret key yet
        TokenVault(KeyringStore(ring)).save_relay_secret("secret-123456")
        assert relay_configured_blocking(db)
        ring.locked = True
        assert not relay_configured_blocking(db)
    finally:
        db.close()

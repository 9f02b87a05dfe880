"""The media relay (`platforms.s3_relay`) against a real S3-compatible server (moto) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from postdesk.auth.vault import KeyringStore, TokenVault
from postdesk.core.relay_settings import OBJECT_PREFIX, URL_LIFETIME_S, RelaySettings
from postdesk.platforms.s3_relay import (
    TEST_PNG,
    RelayError,
    RelayFailure,
    S3Relay,
    StoredRelay,
    check_relay_blocking,
    load_relay_settings,
    save_relay_settings,
    sweep_leftovers,
)
from postdesk.store.db import open_database
from tests.fakes.s3_server import S3Server, s3_server  # noqa: F401  (the session fixture)
from tests.helpers.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.integration
T0 = datetime(2026, 5, 12, 9, 0, tzinfo=UTC)


@pytest.fixture
def bucket(s3_server: S3Server) -> str:
    name = f"postdesk-{uuid.uuid4().hex[:12]}"
    s3_server.make_bucket(name)
    return name


def _settings(server: S3Server, bucket: str) -> RelaySettings:
    return RelaySettings(
        endpoint=server.endpoint, region="us-east-1", bucket=bucket, access_key_id=server.access_key, path_style=True
    )


def _relay(server: S3Server, bucket: str) -> S3Relay:
    return S3Relay(_settings(server, bucket), server.secret_key)


def _last_modified(server: S3Server, bucket: str, key: str):  # type: ignore[no-untyped-def]
    return server.client().head_object(Bucket=bucket, Key=key)["LastModified"]


def test_upload_gives_a_presigned_address_anyone_can_fetch_until_it_expires(s3_server, bucket, tmp_path):
    photo = tmp_path / "Harbour at dawn.PNG"
    photo.write_bytes(TEST_PNG)
    relay = _relay(s3_server, bucket)
    url = asyncio.run(relay.upload(str(photo)))
    [key] = s3_server.keys(bucket)
    assert key.startswith(OBJECT_PREFIX) and key.endswith(".png")  # a random name, never the file's
    assert "Harbour" not in url
    assert f"X-Amz-Expires={URL_LIFETIME_S}" in url and "X-Amz-Signature=" in url
    assert s3_server.secret_key not in url
    # A network fetches it with no credentials of its own.
    answer = httpx.get(url)
    assert answer.status_code == 200 and answer.content == TEST_PNG
    assert answer.headers["content-type"] == "image/png"
    # After its lifetime the same address is refused, as S3 does.
    s3_server.move_clock(URL_LIFETIME_S + 60)
    try:
        expired = httpx.get(url)
    finally:
        s3_server.move_clock(0)
    assert expired.status_code == 403 and "Request has expired" in expired.text


def test_delete_removes_the_copy_and_a_missing_copy_is_fine(s3_server, bucket, tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 64)
    relay = _relay(s3_server, bucket)
    url = asyncio.run(relay.upload(str(photo)))
    asyncio.run(relay.delete(url))
    assert s3_server.keys(bucket) == []
    asyncio.run(relay.delete(url))  # again: already gone
    # A fresh relay (after a restart) finds the key from the address alone.
    url = asyncio.run(relay.upload(str(photo)))
    asyncio.run(_relay(s3_server, bucket).delete(url))
    assert s3_server.keys(bucket) == []


def test_delete_never_touches_objects_postdesk_did_not_put_there(s3_server, bucket):
    s3_server.client().put_object(Bucket=bucket, Key="holiday/beach.jpg", Body=b"mine")
    relay = _relay(s3_server, bucket)
    asyncio.run(relay.delete(f"{s3_server.endpoint}/{bucket}/holiday/beach.jpg"))
    assert s3_server.keys(bucket) == ["holiday/beach.jpg"]


def test_sweep_deletes_only_old_leftovers_under_the_prefix(s3_server, bucket, tmp_path):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 64)
    relay = _relay(s3_server, bucket)
    asyncio.run(relay.upload(str(photo)))
    s3_server.client().put_object(Bucket=bucket, Key="holiday/beach.jpg", Body=b"mine")
    [leftover] = [k for k in s3_server.keys(bucket) if k.startswith(OBJECT_PREFIX)]
    uploaded = _last_modified(s3_server, bucket, leftover)
    # Half an hour later it may still be in use by a publish in progress: kept.
    assert asyncio.run(relay.sweep(uploaded + timedelta(minutes=30))) == 0
    assert leftover in s3_server.keys(bucket)
    # At the next start, two hours later: swept; the creator's own file stays.
    assert asyncio.run(sweep_leftovers(relay, uploaded + timedelta(hours=2))) == 1
    assert s3_server.keys(bucket) == ["holiday/beach.jpg"]


def test_relay_check_reports_each_step(s3_server, bucket):
    steps = check_relay_blocking(_relay(s3_server, bucket))
    assert [(s.name, s.ok) for s in steps] == [("upload", True), ("fetch", True), ("delete", True)]
    assert s3_server.keys(bucket) == []


def test_relay_check_words_a_missing_bucket_and_an_unreachable_endpoint(s3_server):
    [step] = check_relay_blocking(_relay(s3_server, "no-such-bucket-here"))
    assert (step.name, step.ok, step.problem, step.detail) == ("upload", False, RelayFailure.NO_BUCKET, "NoSuchBucket")
    closed = RelaySettings(endpoint="http://127.0.0.1:9", bucket="postdesk-x", access_key_id="k", path_style=True)
    [step] = check_relay_blocking(S3Relay(closed, "s", connect_timeout=2))
    assert (step.name, step.ok, step.problem) == ("upload", False, RelayFailure.UNREACHABLE)


def test_relay_check_fails_the_fetch_when_the_address_does_not_work(s3_server, bucket):
    s3_server.move_clock(URL_LIFETIME_S + 60)  # every address it signs is already expired
    try:
        steps = check_relay_blocking(_relay(s3_server, bucket))
    finally:
        s3_server.move_clock(0)
    assert [(s.name, s.ok) for s in steps] == [("upload", True), ("fetch", False), ("delete", True)]
    assert steps[1].problem == RelayFailure.FETCH_FAILED and steps[1].detail == "403"
    assert s3_server.keys(bucket) == []  # cleaned up even so


def test_stored_relay_reads_settings_and_secret_at_each_use(s3_server, bucket, tmp_path):
    current = {"settings": RelaySettings(), "secret": None}
    relay = StoredRelay(lambda: current["settings"], lambda: current["secret"])
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 64)
    with pytest.raises(RelayError) as caught:
        asyncio.run(relay.upload(str(photo)))
    assert caught.value.problem == RelayFailure.NOT_SET_UP
    assert asyncio.run(relay.sweep(T0)) == 0  # nothing set up: nothing to sweep
    current["settings"] = _settings(s3_server, bucket)
    with pytest.raises(RelayError) as caught:
        asyncio.run(relay.upload(str(photo)))
    assert caught.value.problem == RelayFailure.NO_SECRET
    current["secret"] = s3_server.secret_key
    url = asyncio.run(relay.upload(str(photo)))
    asyncio.run(relay.delete(url))
    assert s3_server.keys(bucket) == []


def test_a_locked_keyring_is_a_passing_failure(s3_server, bucket):
    ring = MemoryKeyring()
    ring.locked = True
    vault = TokenVault(KeyringStore(ring))
    relay = StoredRelay(lambda: _settings(s3_server, bucket), vault.load_relay_secret)
    with pytest.raises(RelayError) as caught:
        asyncio.run(relay.current())
    assert caught.value.problem == RelayFailure.KEYRING and caught.value.passing


def test_settings_and_secret_round_trip(paths):
    ring = MemoryKeyring()
    vault = TokenVault(KeyringStore(ring))
    vault.save_relay_secret("very-secret-key-123")
    assert vault.load_relay_secret() == "very-secret-key-123"
    database = open_database(paths)
    try:
        assert load_relay_settings(database) == RelaySettings()
        chosen = RelaySettings("https://acc.r2.cloudflarestorage.com", "auto", "my-media", "AKIA1", False)
        save_relay_settings(database, chosen)
        assert load_relay_settings(database) == chosen and chosen.configured
    finally:
        database.close()
    # The secret is in the keyring only, never in the database file.
    assert b"very-secret-key-123" not in paths.database.read_bytes()
    vault.delete_relay_secret()
    assert vault.load_relay_secret() is None

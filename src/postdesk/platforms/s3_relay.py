"""The media relay over an S3-compatible bucket the creator owns (AWS S3, R2, B2, Wasabi, MinIO, Garage).

Publishing uploads each file just before the network needs it, under `OBJECT_PREFIX` with a
random name, and hands the network a presigned GET address that expires `URL_LIFETIME_S` later
(the object itself stays private). The adapter deletes the object once the network has fetched
it (its container is FINISHED, or the post is out, or it failed); `sweep` deletes leftovers older
than `LEFTOVER_AGE_S` at start-up (a crash between the upload and the delete leaves one).

The client is boto3 (botocore). Compared with the other S3 clients on PyPI:
- boto3 is AWS's own SDK, the most used and most maintained; every S3-compatible service documents
  its settings for it (R2's `region="auto"`, path-style addressing for MinIO and Garage), its
  presigning is local and well tested, and its transfer manager uploads big videos in parts;
- aioboto3/aiobotocore are async, but pin botocore tightly and bring aiohttp beside our httpx;
- minio's SDK is small and good, but its presigning and region handling are tuned to MinIO and it
  is less used against R2/B2;
- obstore (Rust) is fast and async, but young, and its signing lives in a compiled wheel.
boto3 blocks, so every call here runs in a worker thread (`asyncio.to_thread`): never on the UI
thread, never blocking the engine's loop. boto3 is also what the test suite's S3 server (moto)
is built on, so it adds nothing to the test install.

Secrets: the secret key comes from the keyring (`auth.vault`) through the caller; it is
registered with the log filter there and never appears in an error raised here (`RelayError`
carries only S3's error code).
"""

from __future__ import annotations

import asyncio
import mimetypes
import re
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from postdesk.core.relay_settings import (
    LEFTOVER_AGE_S,
    OBJECT_PREFIX,
    STORAGE_KEY,
    URL_LIFETIME_S,
    RelaySettings,
    is_relay_key,
)
from postdesk.log import get_logger

_log = get_logger("platforms.s3_relay")


class RelayFailure:
    """Problem codes of a relay that did not do its job (the UI and the adapters word them)."""

    NOT_SET_UP = "relay_not_set_up"  # no bucket or no access key in Settings
    NO_SECRET = "relay_no_secret"  # the secret key is not in the keyring
    KEYRING = "relay_keyring_unavailable"  # the keyring is locked or missing
    UNREACHABLE = "relay_unreachable"  # no answer from the endpoint (offline, wrong address)
    BUSY = "relay_busy"  # the service answered 5xx / SlowDown
    NO_BUCKET = "relay_no_bucket"  # the bucket does not exist
    KEY_REFUSED = "relay_key_refused"  # access key unknown, secret wrong, or no permission
    REFUSED = "relay_refused"  # any other refusal
    FETCH_FAILED = "relay_fetch_failed"  # the signed address did not give the file back (test)

    PASSING = frozenset({UNREACHABLE, BUSY, KEYRING})


class RelayError(OSError):
    """The relay could not store, sign or delete a copy.

    Attributes:
        problem: a `RelayFailure` code.
        detail: S3's error code or the exception's type (never a secret, never a signed URL).
        passing: whether trying again later may work (unreachable, busy).
    """

    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(f"{problem}: {detail}" if detail else problem)
        self.problem = problem
        self.detail = detail

    @property
    def passing(self) -> bool:
        return self.problem in RelayFailure.PASSING


_KEY_CODES = {
    "InvalidAccessKeyId",
    "SignatureDoesNotMatch",
    "AccessDenied",
    "InvalidToken",
    "ExpiredToken",
    "AllAccessDisabled",
    "AuthorizationHeaderMalformed",
    "InvalidRequest",
}
_BUSY_CODES = {"SlowDown", "ServiceUnavailable", "InternalError", "RequestTimeout", "503", "500", "502", "504"}


def relay_error(exc: BaseException) -> RelayError:
    """The `RelayError` for an exception raised by boto3/botocore."""
    from botocore import exceptions as bx

    if isinstance(exc, RelayError):
        return exc
    cause: BaseException = exc
    if not isinstance(exc, bx.ClientError) and isinstance(exc.__context__, bx.ClientError):
        cause = exc.__context__  # boto3's S3UploadFailedError wraps the ClientError
    if isinstance(cause, bx.ClientError):
        code = str(cause.response.get("Error", {}).get("Code") or "")
        status = int(cause.response.get("ResponseMetadata", {}).get("HTTPStatusCode") or 0)
        if code in ("NoSuchBucket",):
            return RelayError(RelayFailure.NO_BUCKET, code)
        if code in _KEY_CODES or status == 403:
            return RelayError(RelayFailure.KEY_REFUSED, code or str(status))
        if code in _BUSY_CODES or status >= 500:
            return RelayError(RelayFailure.BUSY, code or str(status))
        return RelayError(RelayFailure.REFUSED, code or str(status))
    if isinstance(cause, bx.NoCredentialsError | bx.PartialCredentialsError):
        return RelayError(RelayFailure.NOT_SET_UP, type(cause).__name__)
    if isinstance(
        cause,
        bx.EndpointConnectionError
        | bx.ConnectionError
        | bx.HTTPClientError
        | bx.ConnectTimeoutError
        | bx.ReadTimeoutError,
    ):
        return RelayError(RelayFailure.UNREACHABLE, type(cause).__name__)
    if isinstance(cause, bx.ParamValidationError | bx.InvalidRegionError | ValueError):
        return RelayError(RelayFailure.REFUSED, type(cause).__name__)
    if isinstance(cause, OSError):
        return RelayError(RelayFailure.UNREACHABLE, type(cause).__name__)
    return RelayError(RelayFailure.REFUSED, type(cause).__name__)


_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".mp4": "video/mp4",
    ".mov": "video/quicktime",
}


def _content_type(path: str) -> str:
    # Explicit for what networks fetch: the OS's mimetypes table differs per machine.
    suffix = Path(path).suffix.lower()
    return _TYPES.get(suffix) or mimetypes.guess_type(path)[0] or "application/octet-stream"


class S3Relay:
    """A `platforms.relay.MediaRelay` over one S3-compatible bucket.

    Args:
        settings: endpoint, region, bucket, access key id, addressing style.
        secret_key: the secret access key (from the keyring).
        url_lifetime: seconds a presigned address stays valid.
        connect_timeout: seconds to wait for the endpoint to answer a connection.
        read_timeout: seconds to wait for an answer to a request that was sent.

    The methods ending in `_blocking` block (network I/O): the async ones run them in a worker
    thread; the Settings page's test runs them on the UI's background runner.
    """

    def __init__(
        self,
        settings: RelaySettings,
        secret_key: str,
        *,
        url_lifetime: int = URL_LIFETIME_S,
        connect_timeout: float = 10.0,
        read_timeout: float = 60.0,
    ) -> None:
        self.settings = settings
        self._secret = secret_key
        self._lifetime = url_lifetime
        self._timeouts = (connect_timeout, read_timeout)
        self._client_obj: Any = None
        self._lock = threading.Lock()
        self._keys: dict[str, str] = {}  # presigned URL -> object key

    def _client(self) -> Any:
        with self._lock:
            if self._client_obj is None:
                import boto3
                from botocore.config import Config

                s = self.settings
                config = Config(
                    signature_version="s3v4",
                    region_name=s.region_or_default,
                    connect_timeout=self._timeouts[0],
                    read_timeout=self._timeouts[1],
                    retries={"max_attempts": 3, "mode": "standard"},
                    s3={"addressing_style": "path" if s.path_style else "virtual"},
                    # Newer botocore adds CRC checksums to every upload; several S3-compatible
                    # services (older B2, Garage) refuse them. Only send them where S3 requires.
                    request_checksum_calculation="when_required",
                    response_checksum_validation="when_required",
                )
                session = boto3.session.Session()
                self._client_obj = session.client(
                    "s3",
                    endpoint_url=s.endpoint or None,
                    aws_access_key_id=s.access_key_id,
                    aws_secret_access_key=self._secret,
                    config=config,
                )
            return self._client_obj

    # -- blocking ------------------------------------------------------------------------------

    def new_key(self, suffix: str = "") -> str:
        """A fresh object key under Postdesk's prefix."""
        clean = suffix.lower() if re.fullmatch(r"\.[A-Za-z0-9]{1,8}", suffix) else ""
        return f"{OBJECT_PREFIX}{uuid.uuid4().hex}{clean}"

    def put_file_blocking(self, path: str) -> str:
        """Upload a file (in parts when it is big); return its object key.

        Raises:
            RelayError: the relay could not be reached or refused the upload.
        """
        key = self.new_key(Path(path).suffix)
        try:
            self._client().upload_file(path, self.settings.bucket, key, ExtraArgs={"ContentType": _content_type(path)})
        except FileNotFoundError:
            raise
        except Exception as exc:
            raise relay_error(exc) from None
        return key

    def put_bytes_blocking(self, data: bytes, suffix: str, content_type: str) -> str:
        """Upload bytes as a new object; return its key.

        Raises:
            RelayError: the relay could not be reached or refused the upload.
        """
        key = self.new_key(suffix)
        try:
            self._client().put_object(Bucket=self.settings.bucket, Key=key, Body=data, ContentType=content_type)
        except Exception as exc:
            raise relay_error(exc) from None
        return key

    def presign_blocking(self, key: str) -> str:
        """A GET address for the object, valid for the relay's URL lifetime (computed locally)."""
        try:
            url = str(
                self._client().generate_presigned_url(
                    "get_object", Params={"Bucket": self.settings.bucket, "Key": key}, ExpiresIn=self._lifetime
                )
            )
        except Exception as exc:
            raise relay_error(exc) from None
        self._keys[url] = key
        return url

    def delete_key_blocking(self, key: str) -> None:
        """Delete one object (S3 answers success for a missing object too).

        Raises:
            RelayError: the relay could not be reached or refused.
        """
        try:
            self._client().delete_object(Bucket=self.settings.bucket, Key=key)
        except Exception as exc:
            raise relay_error(exc) from None

    def key_of(self, url: str) -> str:
        """The object key of an address this relay handed out."""
        known = self._keys.get(url)
        if known is not None:
            return known
        path = unquote(urlsplit(url).path).lstrip("/")
        if self.settings.path_style or not urlsplit(url).hostname or path.startswith(self.settings.bucket + "/"):
            path = path.removeprefix(self.settings.bucket + "/")
        return path

    def sweep_blocking(self, now: datetime, older_than: timedelta = timedelta(seconds=LEFTOVER_AGE_S)) -> int:
        """Delete Postdesk's copies older than `older_than`; return how many were deleted.

        Only keys under `OBJECT_PREFIX` are listed, so nothing else in the bucket is touched.

        Raises:
            RelayError: the relay could not be reached or refused.
        """
        cutoff = now - older_than
        deleted = 0
        try:
            client = self._client()
            pages = client.get_paginator("list_objects_v2").paginate(Bucket=self.settings.bucket, Prefix=OBJECT_PREFIX)
            for page in pages:
                old = [
                    item["Key"]
                    for item in page.get("Contents") or ()
                    if is_relay_key(item["Key"]) and item["LastModified"].astimezone(UTC) < cutoff
                ]
                for key in old:
                    client.delete_object(Bucket=self.settings.bucket, Key=key)
                    deleted += 1
        except Exception as exc:
            raise relay_error(exc) from None
        return deleted

    # -- the MediaRelay protocol -------------------------------------------------------------

    async def upload(self, path: str) -> str:
        """Copy the file to the bucket and return a presigned GET address that soon expires.

        Raises:
            RelayError: the relay could not be reached or refused the upload.
        """
        key = await asyncio.to_thread(self.put_file_blocking, path)
        return await asyncio.to_thread(self.presign_blocking, key)

    async def delete(self, url: str) -> None:
        """Delete the copy behind an address `upload` gave (a missing copy counts as deleted).

        Raises:
            RelayError: the relay could not be reached or refused.
        """
        key = self.key_of(url)
        if not is_relay_key(key):
            return  # never delete anything Postdesk did not put there
        await asyncio.to_thread(self.delete_key_blocking, key)
        self._keys.pop(url, None)

    async def sweep(self, now: datetime) -> int:
        """Delete leftovers older than an hour (see `sweep_blocking`)."""
        return await asyncio.to_thread(self.sweep_blocking, now)


class StoredRelay:
    """The relay as the creator set it up: settings from the store, secret from the keyring.

    Both are read again at each upload (off the loop), so a change in Settings applies to the next
    post without a restart, and a relay that is not set up fails the upload with
    `RelayFailure.NOT_SET_UP` (the composer refuses such posts before scheduling anyway).

    Args:
        load_settings: reads the relay settings (blocking: store I/O).
        load_secret: reads the secret key (blocking: keyring); raises `AuthError` when the
            keyring is locked or missing.
        url_lifetime: seconds a presigned address stays valid.
        clock: the current instant, for the start-up sweep (tests pass their own).
    """

    def __init__(
        self,
        load_settings: Callable[[], RelaySettings],
        load_secret: Callable[[], str | None],
        *,
        url_lifetime: int = URL_LIFETIME_S,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._load_settings = load_settings
        self._load_secret = load_secret
        self._lifetime = url_lifetime
        self._relay: S3Relay | None = None
        self._made_from: tuple[RelaySettings, str] | None = None
        self._owners: dict[str, S3Relay] = {}
        self._sweep_task: asyncio.Task[int] | None = None

    def _current_blocking(self) -> S3Relay:
        from postdesk.auth.errors import AuthError

        settings = self._load_settings()
        if not settings.configured:
            raise RelayError(RelayFailure.NOT_SET_UP)
        try:
            secret = self._load_secret()
        except AuthError as exc:
            raise RelayError(RelayFailure.KEYRING, exc.code.value) from None
        if not secret:
            raise RelayError(RelayFailure.NO_SECRET)
        if self._relay is None or self._made_from != (settings, secret):
            self._relay = S3Relay(settings, secret, url_lifetime=self._lifetime)
            self._made_from = (settings, secret)
        return self._relay

    async def current(self) -> S3Relay:
        """The relay for the settings as they are now.

        Raises:
            RelayError: NOT_SET_UP, NO_SECRET or KEYRING.
        """
        return await asyncio.to_thread(self._current_blocking)

    async def upload(self, path: str) -> str:
        relay = await self.current()
        url = await relay.upload(path)
        self._owners[url] = relay
        return url

    async def delete(self, url: str) -> None:
        relay = self._owners.pop(url, None) or await self.current()
        await relay.delete(url)

    def start_sweep(self) -> asyncio.Task[int] | None:
        """Start `sweep_leftovers` once per process on the running loop (the engine's, at start-up).

        The adapters' factories call it when the engine builds them, so leftovers of an earlier
        run go at start-up without the engine knowing about relays. Outside a running loop (a
        factory called from a test) it does nothing.

        Returns:
            The sweep's task (kept here, so it is not garbage-collected), or None.
        """
        if self._sweep_task is not None:
            return self._sweep_task
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        self._sweep_task = loop.create_task(sweep_leftovers(self, self._clock()), name="media-relay-sweep")
        return self._sweep_task

    async def sweep(self, now: datetime) -> int:
        """Delete leftovers older than an hour; 0 when no relay is set up.

        Raises:
            RelayError: the relay could not be reached or refused.
        """
        try:
            relay = await self.current()
        except RelayError as exc:
            if exc.problem in (RelayFailure.NOT_SET_UP, RelayFailure.NO_SECRET):
                return 0
            raise
        return await relay.sweep(now)


# -- the store and the keyring ---------------------------------------------------------------


def load_relay_settings(database: Any) -> RelaySettings:
    """The relay settings kept in the store (blocking)."""
    from postdesk.store.repositories.settings import SettingsRepository

    return RelaySettings.from_stored(SettingsRepository(database).get(STORAGE_KEY))


def save_relay_settings(database: Any, settings: RelaySettings) -> None:
    """Keep the relay settings in the store (blocking)."""
    from postdesk.store.repositories.settings import SettingsRepository

    SettingsRepository(database).set(STORAGE_KEY, settings.to_stored())


def stored_relay(database: Any) -> StoredRelay:
    """The creator's relay: settings from `database`, secret key from the default vault."""
    from postdesk.auth.vault import default_vault

    return StoredRelay(lambda: load_relay_settings(database), lambda: default_vault().load_relay_secret())


async def sweep_leftovers(relay: StoredRelay | S3Relay, now: datetime | None = None) -> int:
    """Start-up chore: delete copies an earlier run left in the bucket; never raises.

    Returns:
        How many copies were deleted (0 when there is no relay or it cannot be reached now).
    """
    try:
        count = await relay.sweep(now or datetime.now(UTC))
    except RelayError as exc:
        _log.warning("Media relay sweep skipped: %s", exc.problem)
        return 0
    except Exception:  # a start-up chore must never take the engine down
        _log.exception("Media relay sweep failed")
        return 0
    if count:
        _log.info("Media relay: deleted %d leftover copies", count)
    return count


# -- the Settings page's test ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckStep:
    """One step of the relay test.

    Attributes:
        name: "upload", "fetch" or "delete".
        ok: whether it worked.
        problem: the `RelayFailure` code when it did not ("" otherwise).
        detail: S3's error code or the HTTP status, for the message.
    """

    name: str
    ok: bool
    problem: str = ""
    detail: str = ""


#: A tiny valid PNG (1x1): what the test puts in the bucket.
TEST_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101001825dd"
    "560000000049454e44ae426082"
)


def check_relay_blocking(relay: S3Relay, *, fetch: Callable[[str], tuple[int, bytes]] | None = None) -> list[CheckStep]:
    """Upload a small file, fetch it back through the address a network would get, delete it.

    Blocking (network I/O): run it off the UI thread. Stops at the first step that fails (the
    delete still runs when the upload worked).

    Args:
        relay: the relay to test.
        fetch: GETs a URL and returns (status, body); httpx by default.

    Returns:
        The steps run, in order.
    """
    steps: list[CheckStep] = []
    try:
        key = relay.put_bytes_blocking(TEST_PNG, ".png", "image/png")
    except RelayError as exc:
        return [CheckStep("upload", False, exc.problem, exc.detail)]
    steps.append(CheckStep("upload", True))
    try:
        url = relay.presign_blocking(key)
        status, body = (fetch or _httpx_get)(url)
        if status == 200 and body == TEST_PNG:
            steps.append(CheckStep("fetch", True))
        else:
            steps.append(CheckStep("fetch", False, RelayFailure.FETCH_FAILED, str(status)))
    except RelayError as exc:
        steps.append(CheckStep("fetch", False, exc.problem, exc.detail))
    except OSError as exc:
        steps.append(CheckStep("fetch", False, RelayFailure.UNREACHABLE, type(exc).__name__))
    try:
        relay.delete_key_blocking(key)
        steps.append(CheckStep("delete", True))
    except RelayError as exc:
        steps.append(CheckStep("delete", False, exc.problem, exc.detail))
    return steps


def _httpx_get(url: str) -> tuple[int, bytes]:
    import httpx

    # Like a network's fetcher: no credentials, only the signed address. The body is tiny.
    try:
        with httpx.Client(timeout=15.0, follow_redirects=True) as client:
            response = client.get(url)
            return response.status_code, response.content[:4096]
    except httpx.HTTPError as exc:
        raise OSError(type(exc).__name__) from None

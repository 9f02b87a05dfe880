"""A fake of Bluesky's video service (video.bsky.app) on 127.0.0.1, strict where the real one is.

Written from Bluesky's docs (docs.bsky.app/docs/tutorials/video), the lexicons
`app.bsky.video.{uploadVideo,getJobStatus,getUploadLimits,defs}` and
`com.atproto.server.getServiceAuth` (bluesky-social/atproto at d6296a1cfdb40a773319cb59061300e4e8e52f26),
the official app's client (social-app `src/lib/media/video/upload*.ts`) and what the service is
reported to answer (bluesky-social/atproto#3026, #3097):

- **Service auth.** Every call but `getJobStatus` needs `Authorization: Bearer <JWT>` signed by the
  account's atproto signing key (ES256K or ES256), checked like `@atproto/xrpc-server`'s
  `verifyJwt`: the signature against the key in the issuer's DID document, `exp` in the future,
  `lxm` the method's own NSID, and `aud`: the service's DID for `getUploadLimits`, the account's
  PDS for `uploadVideo` (whose lxm is `com.atproto.repo.uploadBlob`: the service stores the
  processed video on the PDS with that very token, as the real one does). `iss` must be the
  `did` the upload names. Keys come from a PLC directory (the real local atproto network of
  `tests/helpers/atproto.py`) or, without one, from accounts registered here (`register`, `mint`).
- **Limits.** `getUploadLimits` answers `canUpload`, `remainingDailyVideos`,
  `remainingDailyBytes` (25 videos and 10 GB a day, as at launch); an upload past them is refused.
  100 MB per file (HTTP 413), the formats MP4, MPEG, WebM and MOV; longer than 3 minutes or not
  decodable: the job fails (`validation_failure`), as the real probe runs after the upload.
- **Jobs.** `uploadVideo` answers the job status itself, not wrapped in `jobStatus` (what the
  real service does; `wrap_upload_answer` gives the lexicon's shape). Each `getJobStatus` poll
  moves a job one step: CREATED → ENCODING → SCANNING → UPLOADING → COMPLETED (`steps`); at
  COMPLETED the video is an MP4 (WebM and others are transcoded with PyAV) stored on the PDS with
  `com.atproto.repo.uploadBlob`, or, without a PDS, given a blob ref computed here. `fail_next`
  makes the next job fail with a message. The same video uploaded again by the same account
  comes back at once with its blob (`already_exists`, HTTP 409).
- **Rate limits.** `rate_limit_next` answers the next call 429 with atproto's `RateLimit-*`
  headers (the reset as epoch seconds).
- **Lexicons.** Every answer is validated against the official lexicon JSON files committed under
  `tests/fakes/lexicons/` (copied from bluesky-social/atproto at the commit above, checked with
  the suite's strict validator `tests/helpers/lexicon.py`) before it leaves, and `getJobStatus`'s parameters against its
  lexicon; `check_job_status` and `check_upload_limits` add what the real service does on top
  (no extra fields, only the known states and failure codes), so the fake cannot drift from them.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from tests.fakes.http_fake import FakeHTTPServer, FakeRequest, FakeResponse
from tests.helpers.lexicon import LexiconError, Lexicons

SERVICE_DID = "did:web:video.bsky.app"
UPLOAD_LXM = "com.atproto.repo.uploadBlob"
LIMITS_LXM = "app.bsky.video.getUploadLimits"
MAX_BYTES = 100_000_000
MAX_SECONDS = 180.0
FORMATS = frozenset({"video/mp4", "video/mpeg", "video/webm", "video/quicktime"})
STATES = ("JOB_STATE_CREATED", "JOB_STATE_ENCODING", "JOB_STATE_SCANNING", "JOB_STATE_UPLOADING", "JOB_STATE_COMPLETED")
# app.bsky.video.defs#jobStatus state knownValues ("all values not listed ... in process").
KNOWN_STATES = frozenset(
    {
        "JOB_STATE_CREATED",
        "JOB_STATE_ENCODING",
        "JOB_STATE_ENCODED",
        "JOB_STATE_SCANNING",
        "JOB_STATE_SCANNED",
        "JOB_STATE_UPLOADING",
        "JOB_STATE_UPLOADED",
        "JOB_STATE_COMPLETED",
        "JOB_STATE_FAILED",
    }
)
FAILURE_CODES = frozenset(
    {
        "validation_failure",
        "encoding_failure",
        "pds_upload_failure",
        "pds_upload_unsupported_blob_size",
        "generic_failure",
    }
)


# -- lexicon shapes ---------------------------------------------------------------------------------


class ShapeError(AssertionError):
    """An answer of the fake does not match its lexicon."""


def _check_blob(value: Any, where: str) -> None:
    if (
        not isinstance(value, dict)
        or set(value) != {"$type", "ref", "mimeType", "size"}
        or value["$type"] != "blob"
        or not isinstance(value["ref"], dict)
        or not isinstance(value["ref"].get("$link"), str)
        or not isinstance(value["size"], int)
        or not isinstance(value["mimeType"], str)
    ):
        raise ShapeError(f"{where}: not a blob: {value!r}")


#: The official app.bsky.video.* lexicons (tests/fakes/lexicons/README.md says where from).
VIDEO_LEXICONS = Lexicons(Path(__file__).resolve().parent / "lexicons")


def _lexicon(check: Any, *args: Any) -> None:
    try:
        check(*args)
    except LexiconError as error:
        raise ShapeError(str(error)) from None


def check_job_status(value: Any) -> None:
    """`app.bsky.video.defs#jobStatus`: required jobId, did, state; optional progress (0-100),
    blob, error, failureCode, message; nothing else."""
    _lexicon(VIDEO_LEXICONS.validate, "app.bsky.video.defs#jobStatus", value)
    if not isinstance(value, dict):
        raise ShapeError("jobStatus is not an object")
    allowed = {"jobId", "did", "state", "progress", "blob", "error", "failureCode", "message"}
    if not {"jobId", "did", "state"} <= set(value) <= allowed:
        raise ShapeError(f"jobStatus fields {sorted(value)}")
    for name in ("jobId", "did", "state", "error", "failureCode", "message"):
        if name in value and not isinstance(value[name], str):
            raise ShapeError(f"jobStatus.{name} is not a string")
    if not value["did"].startswith("did:"):
        raise ShapeError("jobStatus.did is not a DID")
    if value["state"] not in KNOWN_STATES:
        raise ShapeError(f"unknown state {value['state']}")
    progress = value.get("progress", 0)
    if not isinstance(progress, int) or isinstance(progress, bool) or not 0 <= progress <= 100:
        raise ShapeError("jobStatus.progress out of range")
    if "failureCode" in value and value["failureCode"] not in FAILURE_CODES:
        raise ShapeError("unknown failureCode")
    if "blob" in value:
        _check_blob(value["blob"], "jobStatus.blob")


def check_upload_limits(value: Any) -> None:
    """`app.bsky.video.getUploadLimits` output: required canUpload; optional integers
    remainingDailyVideos, remainingDailyBytes; strings message, error."""
    _lexicon(VIDEO_LEXICONS.validate_output, "app.bsky.video.getUploadLimits", value)
    if not isinstance(value, dict) or not isinstance(value.get("canUpload"), bool):
        raise ShapeError("getUploadLimits without canUpload")
    if not set(value) <= {"canUpload", "remainingDailyVideos", "remainingDailyBytes", "message", "error"}:
        raise ShapeError(f"getUploadLimits fields {sorted(value)}")
    for name in ("remainingDailyVideos", "remainingDailyBytes"):
        if name in value and (not isinstance(value[name], int) or isinstance(value[name], bool)):
            raise ShapeError(f"{name} is not an integer")


# -- service-auth JWTs -----------------------------------------------------------------------------

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_CURVES = {b"\xe7\x01": ec.SECP256K1(), b"\x80\x24": ec.SECP256R1()}  # multicodec secp256k1-pub, p256-pub
_ALGS = {"ES256K": ec.SECP256K1, "ES256": ec.SECP256R1}
_ORDER = {"secp256k1": 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141}


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _b58decode(text: str) -> bytes:
    number = 0
    for char in text:
        number = number * 58 + _B58.index(char)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\x00" * (len(text) - len(text.lstrip("1"))) + raw


def key_from_multibase(multibase: str, kind: str = "Multikey") -> ec.EllipticCurvePublicKey:
    """The public key of a DID document's verification method (as atproto's
    `getDidKeyFromMultibase`): a `Multikey` carries a multicodec prefix and a compressed point;
    the legacy `EcdsaSecp256k1VerificationKey2019` / `EcdsaSecp256r1VerificationKey2019` types
    (which a PLC directory still serves) the bare point."""
    if not multibase.startswith("z"):
        raise ValueError("not base58btc")
    raw = _b58decode(multibase[1:])
    legacy = {"EcdsaSecp256k1VerificationKey2019": ec.SECP256K1(), "EcdsaSecp256r1VerificationKey2019": ec.SECP256R1()}
    if kind in legacy:
        point = raw if raw[:1] in (b"\x02", b"\x03", b"\x04") else b"\x04" + raw
        return ec.EllipticCurvePublicKey.from_encoded_point(legacy[kind], point)
    curve = _CURVES.get(raw[:2])
    if curve is None:
        raise ValueError("unknown key type")
    return ec.EllipticCurvePublicKey.from_encoded_point(curve, raw[2:])


class JwtError(Exception):
    """A service-auth token the service refuses; `error` is the atproto error name."""

    def __init__(self, error: str, message: str) -> None:
        super().__init__(message)
        self.error = error
        self.message = message


def verify_service_jwt(
    token: str, key_of: Callable[[str], ec.EllipticCurvePublicKey], *, aud: str, lxm: str, now: float
) -> dict[str, Any]:
    """Check a service-auth JWT as `@atproto/xrpc-server`'s `verifyJwt` does; returns its payload.

    Raises:
        JwtError: BadJwt, JwtExpired, BadJwtAudience, BadJwtLexiconMethod, BadJwtSignature.
    """
    try:
        head_b64, body_b64, sig_b64 = token.split(".")
        header = json.loads(_unb64url(head_b64))
        payload = json.loads(_unb64url(body_b64))
        signature = _unb64url(sig_b64)
    except (ValueError, json.JSONDecodeError):
        raise JwtError("BadJwt", "poorly formatted jwt") from None
    if header.get("typ") in ("at+jwt", "refresh+jwt", "dpop+jwt"):
        raise JwtError("BadJwtType", "Invalid jwt type")
    if header.get("alg") not in _ALGS or not isinstance(payload, dict):
        raise JwtError("BadJwt", "unsupported jwt alg")
    if not isinstance(payload.get("exp"), int) or payload["exp"] < now:
        raise JwtError("JwtExpired", "jwt expired")
    if payload.get("aud") != aud:
        raise JwtError("BadJwtAudience", "jwt audience does not match service did")
    if payload.get("lxm") != lxm:
        raise JwtError("BadJwtLexiconMethod", f"bad jwt lexicon method (lxm): must match: {lxm}")
    iss = str(payload.get("iss") or "")
    try:
        key = key_of(iss.split("#")[0])
    except (KeyError, ValueError, httpx.HTTPError):
        raise JwtError("BadJwtSignature", "could not resolve iss did") from None
    if len(signature) != 64 or not isinstance(key.curve, _ALGS[header["alg"]]):
        raise JwtError("BadJwtSignature", "jwt signature does not match jwt issuer")
    der = encode_dss_signature(int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big"))
    try:
        key.verify(der, f"{head_b64}.{body_b64}".encode(), ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise JwtError("BadJwtSignature", "jwt signature does not match jwt issuer") from None
    return payload


def sign_service_jwt(key: ec.EllipticCurvePrivateKey, *, iss: str, aud: str, lxm: str, exp: int) -> str:
    """A service-auth JWT as a PDS makes one (`createServiceJwt`): ES256K, low-S signature."""
    head = _b64url(json.dumps({"typ": "JWT", "alg": "ES256K"}).encode())
    body = _b64url(
        json.dumps(
            {"iat": int(time.time()), "iss": iss, "aud": aud, "exp": exp, "lxm": lxm, "jti": secrets.token_hex(16)}
        ).encode()
    )
    r, s = decode_dss_signature(key.sign(f"{head}.{body}".encode(), ec.ECDSA(hashes.SHA256())))
    s = min(s, _ORDER["secp256k1"] - s)
    return f"{head}.{body}.{_b64url(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def plc_keys(plc_url: str) -> Callable[[str], ec.EllipticCurvePublicKey]:
    """Resolve a did:plc's atproto signing key from a PLC directory (the local atproto network)."""

    def key_of(did: str) -> ec.EllipticCurvePublicKey:
        doc = httpx.get(f"{plc_url.rstrip('/')}/{did}", timeout=10.0).raise_for_status().json()
        for method in doc.get("verificationMethod", []):
            if str(method.get("id", "")).endswith("#atproto"):
                return key_from_multibase(method["publicKeyMultibase"], str(method.get("type", "Multikey")))
        raise KeyError(did)

    return key_of


# -- the service -----------------------------------------------------------------------------------


def blob_cid(data: bytes) -> str:
    """The CID a PDS gives a blob: CIDv1, raw codec, sha2-256, base32 (starts "bafkrei")."""
    raw = b"\x01\x55\x12\x20" + hashlib.sha256(data).digest()
    return "b" + base64.b32encode(raw).decode().lower().rstrip("=")


def _probe(data: bytes, mime: str) -> tuple[float | None, bytes]:
    """The video's duration, and the MP4 the service stores (MP4 as it came; others transcoded).

    Raises:
        ValueError: PyAV cannot read it (the real service fails such a job).
    """
    import av

    try:
        with av.open(io.BytesIO(data)) as source:
            if not source.streams.video:
                raise ValueError("no video stream")
            duration = source.duration / 1_000_000 if source.duration else None
            if mime == "video/mp4":
                return duration, data
            out = io.BytesIO()
            with av.open(out, "w", format="mp4") as target:
                stream_in = source.streams.video[0]
                stream = target.add_stream("libx264", rate=stream_in.average_rate or 10)
                stream.width, stream.height = stream_in.codec_context.width, stream_in.codec_context.height
                stream.pix_fmt = "yuv420p"
                for frame in source.decode(stream_in):
                    frame.pts = None
                    for packet in stream.encode(frame.reformat(format="yuv420p")):
                        target.mux(packet)
                for packet in stream.encode():
                    target.mux(packet)
            return duration, out.getvalue()
    except av.FFmpegError as exc:
        raise ValueError(type(exc).__name__) from None


@dataclass
class Job:
    """One processing job."""

    job_id: str
    did: str
    data: bytes
    mime: str
    token: str
    step: int = 0
    blob: dict[str, Any] | None = None
    failure: tuple[str, str, str] | None = None  # failureCode, error, message
    polls: int = 0


@dataclass
class Quota:
    """An account's allowance today."""

    videos: int = 25
    bytes: int = 10 * 1024**3
    can_upload: bool = True
    message: str = ""


@dataclass
class VideoServiceFake:
    """The video service's behaviour (serve it with `start()`).

    Attributes:
        pds_did: the audience an upload token must name (the account's PDS).
        pds_url: where processed videos are stored (`uploadBlob`); None: blob refs made here.
        key_of: resolves an issuer DID to its signing key (PLC, or the registered accounts).
        steps: polls a job takes from CREATED to COMPLETED.
        wrap_upload_answer: answer `uploadVideo` as the lexicon says instead of as the service does.
        quotas: each account's allowance.
        jobs: every job, by id.
        calls: (method, nsid) of every call, in order.
        pds_uploads: blobs stored on the PDS.
    """

    pds_did: str = "did:web:pds.test"
    pds_url: str | None = None
    key_of: Callable[[str], ec.EllipticCurvePublicKey] | None = None
    steps: int = len(STATES) - 1
    wrap_upload_answer: bool = False
    quotas: dict[str, Quota] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)
    calls: list[tuple[str, str]] = field(default_factory=list)
    pds_uploads: list[dict[str, Any]] = field(default_factory=list)
    _keys: dict[str, ec.EllipticCurvePrivateKey] = field(default_factory=dict)
    _failures: list[tuple[str, str, str]] = field(default_factory=list)
    _rate_limited: int = 0
    _done: dict[tuple[str, str], Job] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    server: FakeHTTPServer | None = None

    # -- test controls ---------------------------------------------------------------------------

    def start(self) -> FakeHTTPServer:
        """Serve on 127.0.0.1 (use the result as a context manager)."""
        self.server = FakeHTTPServer(self)
        return self.server

    def register(self, did: str) -> None:
        """An account whose signing key lives here (when there is no PLC directory)."""
        self._keys.setdefault(did, ec.generate_private_key(ec.SECP256K1()))

    def mint(self, did: str, *, aud: str, lxm: str, seconds: int = 60) -> str:
        """A service-auth token for a registered account, as its PDS would sign it."""
        self.register(did)
        return sign_service_jwt(self._keys[did], iss=did, aud=aud, lxm=lxm, exp=int(time.time()) + seconds)

    def fail_next(
        self,
        message: str = "Video failed to process",
        *,
        code: str = "encoding_failure",
        error: str = "video processing error",
    ) -> None:
        """Make the next job fail with this message."""
        self._failures.append((code, error, message))

    def rate_limit_next(self, count: int = 1) -> None:
        """Answer the next `count` calls 429."""
        self._rate_limited += count

    def quota(self, did: str) -> Quota:
        """An account's allowance (created with the launch defaults)."""
        return self.quotas.setdefault(did, Quota())

    # -- the HTTP side ---------------------------------------------------------------------------

    def __call__(self, request: FakeRequest) -> FakeResponse:
        nsid = request.path.removeprefix("/xrpc/")
        with self._lock:
            self.calls.append((request.method, nsid))
            if self._rate_limited:
                self._rate_limited -= 1
                reset = int(time.time()) + 30
                return FakeResponse(
                    429,
                    {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                    {
                        "RateLimit-Limit": "100",
                        "RateLimit-Remaining": "0",
                        "RateLimit-Reset": str(reset),
                        "RateLimit-Policy": "100;w=300",
                    },
                )
            routes = {
                ("GET", "app.bsky.video.getUploadLimits"): self._limits,
                ("POST", "app.bsky.video.uploadVideo"): self._upload,
                ("GET", "app.bsky.video.getJobStatus"): self._status,
            }
            handler = routes.get((request.method, nsid))
            if handler is None:
                return FakeResponse(501, {"error": "MethodNotImplemented", "message": "Method Not Implemented"})
            try:
                return handler(request)
            except JwtError as exc:
                return FakeResponse(401, {"error": exc.error, "message": exc.message})

    def _auth(self, request: FakeRequest, *, aud: str, lxm: str) -> dict[str, Any]:
        if not request.bearer:
            raise JwtError("AuthMissing", "Authentication Required")
        return verify_service_jwt(request.bearer, self.key_of or self._registered, aud=aud, lxm=lxm, now=time.time())

    def _registered(self, did: str) -> ec.EllipticCurvePublicKey:
        return self._keys[did].public_key()

    def _limits(self, request: FakeRequest) -> FakeResponse:
        payload = self._auth(request, aud=SERVICE_DID, lxm=LIMITS_LXM)
        quota = self.quota(payload["iss"])
        body: dict[str, Any] = {
            "canUpload": quota.can_upload and quota.videos > 0 and quota.bytes > 0,
            "remainingDailyVideos": quota.videos,
            "remainingDailyBytes": quota.bytes,
        }
        if quota.message:
            body["message"] = quota.message
        check_upload_limits(body)
        return FakeResponse(200, body)

    def _upload(self, request: FakeRequest) -> FakeResponse:
        payload = self._auth(request, aud=self.pds_did, lxm=UPLOAD_LXM)
        did = request.query.get("did", "")
        if not did or payload["iss"] != did:
            return FakeResponse(400, {"error": "InvalidRequest", "message": "did does not match the token's issuer"})
        if not request.query.get("name"):
            return FakeResponse(400, {"error": "InvalidRequest", "message": "name is required"})
        mime = request.headers.get("content-type", "").split(";")[0].strip()
        if mime not in FORMATS:
            return FakeResponse(400, {"error": "unsupported_mime_type", "message": f"{mime} is not supported"})
        size = len(request.body)
        if size > MAX_BYTES:
            return FakeResponse(413, {"error": "file_too_large", "message": "Video is too large"})
        quota = self.quota(did)
        if not quota.can_upload or quota.videos <= 0 or quota.bytes < size:
            return FakeResponse(
                400,
                {
                    "jobStatus": {
                        "jobId": "",
                        "did": did,
                        "state": "JOB_STATE_FAILED",
                        "error": "upload_limit_exceeded",
                        "message": "You have reached your daily upload limit",
                    }
                },
            )
        digest = hashlib.sha256(request.body).hexdigest()
        done = self._done.get((did, digest))
        if done is not None:
            body = self._status_of(done) | {"error": "already_exists", "message": "Video already processed"}
            check_job_status(body)
            return FakeResponse(409, body)
        quota.videos -= 1
        quota.bytes -= size
        job = Job(job_id=secrets.token_hex(10), did=did, data=request.body, mime=mime, token=request.bearer)
        if self._failures:
            job.failure = self._failures.pop(0)
        self.jobs[job.job_id] = job
        body = self._status_of(job)
        check_job_status(body)
        if self.wrap_upload_answer:
            _lexicon(VIDEO_LEXICONS.validate_output, "app.bsky.video.uploadVideo", {"jobStatus": body})
            return FakeResponse(200, {"jobStatus": body})
        return FakeResponse(200, body)

    def _status(self, request: FakeRequest) -> FakeResponse:
        try:
            VIDEO_LEXICONS.validate_params("app.bsky.video.getJobStatus", request.query)
        except LexiconError as error:
            return FakeResponse(400, {"error": "InvalidRequest", "message": str(error)})
        job = self.jobs.get(request.query.get("jobId", ""))
        if job is None:
            return FakeResponse(404, {"error": "NotFound", "message": "job not found"})
        job.polls += 1
        if job.blob is None and job.failure is None:
            # Poll n shows the n-th processing state; poll `steps` completes the job.
            job.step = len(STATES) - 1 if job.polls >= self.steps else min(job.polls, len(STATES) - 2)
            if job.step == len(STATES) - 1:
                self._finish(job)
        body = self._status_of(job)
        check_job_status(body)
        _lexicon(VIDEO_LEXICONS.validate_output, "app.bsky.video.getJobStatus", {"jobStatus": body})
        return FakeResponse(200, {"jobStatus": body})

    def _finish(self, job: Job) -> None:
        try:
            duration, mp4 = _probe(job.data, job.mime)
        except ValueError:
            job.failure = ("validation_failure", "invalid video", "The video could not be read")
            return
        if duration is not None and duration > MAX_SECONDS:
            job.failure = ("validation_failure", "video too long", "Videos must be less than 3 minutes long")
            return
        if self.pds_url is None:
            job.blob = {"$type": "blob", "ref": {"$link": blob_cid(mp4)}, "mimeType": "video/mp4", "size": len(mp4)}
        else:
            # What the real service does: store the result on the account's PDS with the token it was given.
            response = httpx.post(
                f"{self.pds_url}/xrpc/com.atproto.repo.uploadBlob",
                content=mp4,
                timeout=30.0,
                headers={"Authorization": f"Bearer {job.token}", "Content-Type": "video/mp4"},
            )
            if response.status_code != 200:
                job.failure = ("pds_upload_failure", response.text[:200], "Failed to upload video to your PDS")
                return
            job.blob = response.json()["blob"]
            self.pds_uploads.append(job.blob)
        self._done[(job.did, hashlib.sha256(job.data).hexdigest())] = job

    def _status_of(self, job: Job) -> dict[str, Any]:
        body: dict[str, Any] = {"jobId": job.job_id, "did": job.did}
        if job.failure is not None and job.polls:
            code, error, message = job.failure
            return body | {"state": "JOB_STATE_FAILED", "failureCode": code, "error": error, "message": message}
        body["state"] = STATES[job.step]
        if 0 < job.step < len(STATES) - 1:
            body["progress"] = min(100, job.step * 100 // (len(STATES) - 1))
        if job.blob is not None:
            body["blob"] = job.blob
        return body

"""A real S3-compatible server on 127.0.0.1 for the media relay tests: moto's S3, in its own process.

moto (the `moto[server]` test extra) implements S3's REST API (buckets, PUT/GET/DELETE object,
ListObjectsV2, multipart uploads) over HTTP, the same API boto3 speaks to AWS, R2 or MinIO.
One gap matters to us: moto 5.2 does not check the expiry of a presigned URL (it has no code for
X-Amz-Expires). S3 refuses such a request with 403 AccessDenied "Request has expired"
(https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html, "Expiration
time"), so `ExpiryGate` adds exactly that rule in front of moto, and lets a test move the
server's clock forward (POST /_postdesk/clock with the seconds) to make a URL expire without
waiting. Everything else is moto's own answer.

Run `python -m tests.fakes.s3_server PORT` to serve; the `s3_server` fixture does it for a session.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]
CLOCK_PATH = "/_postdesk/clock"
_EXPIRED = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Request has expired</Message></Error>"
)


class ExpiryGate:
    """WSGI middleware: refuse presigned requests past X-Amz-Date + X-Amz-Expires, as S3 does."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.skew = 0.0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if environ.get("PATH_INFO") == CLOCK_PATH:
            length = int(environ.get("CONTENT_LENGTH") or 0)
            self.skew = float(environ["wsgi.input"].read(length) or b"0")
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok"]
        query = parse_qs(environ.get("QUERY_STRING", ""))
        if "X-Amz-Expires" in query and "X-Amz-Date" in query:
            signed = datetime.strptime(query["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            if time.time() + self.skew > signed.timestamp() + int(query["X-Amz-Expires"][0]):
                start_response(
                    "403 Forbidden", [("Content-Type", "application/xml"), ("Content-Length", str(len(_EXPIRED)))]
                )
                return [_EXPIRED]
        return self.app(environ, start_response)


def serve(port: int) -> None:
    """Serve moto's S3 behind `ExpiryGate` on 127.0.0.1:port until killed."""
    from moto.server import DomainDispatcherApplication, create_backend_app
    from werkzeug.serving import run_simple

    app = ExpiryGate(DomainDispatcherApplication(create_backend_app))
    run_simple("127.0.0.1", port, app, threaded=True, use_reloader=False)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class S3Server:
    """A running server.

    Attributes:
        endpoint: its address (path-style addressing: endpoint/bucket/key).
        access_key: an access key id to sign with (moto takes any).
        secret_key: its secret.
    """

    endpoint: str
    access_key: str = "AKIAPOSTDESKTEST0001"
    secret_key: str = "postdesk-test-secret-key-0001"

    def client(self) -> Any:
        """A boto3 client for setting up buckets and looking inside them."""
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name="us-east-1",
            aws_access_key_id=self.access_key,
            aws_secret_access_key=self.secret_key,
            config=Config(s3={"addressing_style": "path"}),
        )

    def make_bucket(self, name: str) -> None:
        client = self.client()
        with contextlib.suppress(client.exceptions.BucketAlreadyOwnedByYou):
            client.create_bucket(Bucket=name)

    def keys(self, bucket: str) -> list[str]:
        """Every object key in the bucket."""
        answer = self.client().list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in answer.get("Contents") or ())

    def move_clock(self, seconds: float) -> None:
        """Make the server judge presigned URLs `seconds` later than now (0 undoes it)."""
        httpx.post(self.endpoint + CLOCK_PATH, content=str(seconds).encode(), timeout=5).raise_for_status()


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """moto's S3 on a free port of 127.0.0.1 for the whole session, stopped afterwards."""
    pytest.importorskip("moto.server", reason="moto[server] is in the test extra")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(REPO), MOTO_ALLOW_NONEXISTENT_REGION="true")
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.s3_server", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the S3 server exited: {process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                httpx.get(endpoint + "/", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the S3 server did not answer within 60 s") from None
                time.sleep(0.1)  # waiting for a child process to listen, not synchronising a UI test
        yield S3Server(endpoint)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


if __name__ == "__main__":
    serve(int(sys.argv[1]))

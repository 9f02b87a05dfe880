"""The media relay's settings: which S3-compatible bucket Postdesk puts media in for Threads.

Threads (and Instagram) fetch each photo and video from a web address instead of taking an
upload, so the creator names storage of their own (AWS S3, Cloudflare R2, Backblaze B2, Wasabi,
MinIO, Garage ...) and Postdesk hands the network a short-lived signed address to a private copy.
This module is the one place that says what those settings are, which values are allowed, and
whether a relay counts as set up. The secret key is not here: it lives in the keyring
(`auth.vault.TokenVault.save_relay_secret`).

Kept apart from `core.settings` for now (that schema was being rebuilt while this was written);
the store keeps these under `STORAGE_KEY` as one JSON object. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import urlsplit

#: The store's key for the relay settings (one JSON object).
STORAGE_KEY = "relay.settings"

#: Every object Postdesk puts in the bucket starts with this, so the sweep at start-up can find
#: its own leftovers and never touches anything else in the bucket.
OBJECT_PREFIX = "postdesk-relay/"

#: How long a signed address stays valid: long enough for Threads to fetch a video while it
#: processes the container (Meta suggests polling for up to 5 minutes), short enough that a
#: leaked address soon stops working.
URL_LIFETIME_S = 15 * 60

#: Leftovers older than this are deleted at start-up (a crash or a lost connection between the
#: upload and the delete leaves one behind).
LEFTOVER_AGE_S = 60 * 60

# S3 bucket names: 3-63 characters, lower case letters, digits, dots and hyphens, starting and
# ending with a letter or digit (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
_BUCKET = re.compile(r"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
_REGION = re.compile(r"^[a-z0-9-]{1,40}$")


class RelayProblem:
    """Problem codes of the relay settings (the UI words them)."""

    ENDPOINT_INVALID = "relay_endpoint_invalid"  # not an http(s) address
    ENDPOINT_NOT_HTTPS = "relay_endpoint_not_https"  # plain http to anything but this machine
    BUCKET_MISSING = "relay_bucket_missing"
    BUCKET_INVALID = "relay_bucket_invalid"
    REGION_INVALID = "relay_region_invalid"
    ACCESS_KEY_MISSING = "relay_access_key_missing"


@dataclass(frozen=True, slots=True)
class RelaySettings:
    """Where the relay is (everything but the secret key).

    Attributes:
        endpoint: the service's S3 address ("https://<account>.r2.cloudflarestorage.com");
            "" for Amazon S3 itself.
        region: the bucket's region ("us-east-1", "auto" for R2); "" means us-east-1.
        bucket: the bucket's name.
        access_key_id: the access key's id (not secret; the secret key is in the keyring).
        path_style: address the bucket as endpoint/bucket/key instead of bucket.endpoint/key
            (MinIO, Garage and most self-hosted services need it).
    """

    endpoint: str = ""
    region: str = ""
    bucket: str = ""
    access_key_id: str = ""
    path_style: bool = False

    @property
    def configured(self) -> bool:
        """Whether a relay is set up: a bucket and an access key, with valid values."""
        return bool(self.bucket and self.access_key_id) and not self.problems()

    @property
    def region_or_default(self) -> str:
        """The region to sign with ("us-east-1" when none is given, as S3 does)."""
        return self.region or "us-east-1"

    def problems(self) -> list[str]:
        """Every `RelayProblem` code of these settings, in the order of the form's fields."""
        found: list[str] = []
        if self.endpoint:
            parts = urlsplit(self.endpoint)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                found.append(RelayProblem.ENDPOINT_INVALID)
            elif parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
                # Plain http would send the signed requests, and the media, readable on the way.
                found.append(RelayProblem.ENDPOINT_NOT_HTTPS)
        if self.region and not _REGION.match(self.region):
            found.append(RelayProblem.REGION_INVALID)
        if not self.bucket:
            found.append(RelayProblem.BUCKET_MISSING)
        elif not _BUCKET.match(self.bucket) or ".." in self.bucket:
            found.append(RelayProblem.BUCKET_INVALID)
        if not self.access_key_id:
            found.append(RelayProblem.ACCESS_KEY_MISSING)
        return found

    def to_stored(self) -> dict[str, Any]:
        """The JSON object the store keeps."""
        return asdict(self)

    @classmethod
    def from_stored(cls, value: Any) -> RelaySettings:
        """Settings from what the store kept; anything unreadable gives the empty settings."""
        if not isinstance(value, Mapping):
            return cls()
        text = {k: str(value.get(k) or "").strip() for k in ("endpoint", "region", "bucket", "access_key_id")}
        return cls(
            endpoint=text["endpoint"].rstrip("/"),
            region=text["region"],
            bucket=text["bucket"],
            access_key_id=text["access_key_id"],
            path_style=value.get("path_style") is True,
        )


def is_relay_key(key: str) -> bool:
    """Whether an object key is one of Postdesk's relay copies."""
    return key.startswith(OBJECT_PREFIX)

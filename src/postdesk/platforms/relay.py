"""The media relay: storage the user owns that hands out a short-lived address for a file.

Threads (and Instagram) fetch media from a public URL instead of taking an upload
(https://developers.facebook.com/documentation/threads/posts: "Threads retrieves your image from
the URL provided, so it must be on a public server"). A desktop app has no public server, so
the user configures a relay in Settings › Media relay (an S3-compatible bucket; the
implementation is `platforms.s3_relay`, the settings `core.relay_settings`); the adapter uploads
just before the network needs the file, hands the network the address, and deletes the copy
once the network has fetched it. Adapters only see this protocol and `adapter_error`.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import (
    RELAY_KEY_REFUSED,
    RELAY_NO_BUCKET,
    RELAY_NO_SECRET,
    RELAY_REFUSED,
    AdapterError,
    Rejected,
    Transient,
)

#: Where the user sets the relay up (named in refusals; the Settings page has this title).
SETTINGS_PLACE = "Settings › Media relay"


@runtime_checkable
class MediaRelay(Protocol):
    """Puts a local file where a network can fetch it."""

    async def upload(self, path: str) -> str:
        """Copy the file to the relay.

        Args:
            path: the local file (already fitted for the network).

        Returns:
            An https address the network can fetch without credentials (presigned), valid for
            at least the publishing time and not much longer.

        Raises:
            OSError: the file cannot be read or the relay refused it (`s3_relay.RelayError`
                says why).
        """
        ...

    async def delete(self, url: str) -> None:
        """Remove a copy made by `upload` (a missing copy counts as removed)."""
        ...


def needs_relay_reason(network: str) -> str:
    """The refusal for media to a network that fetches it, when no relay is set up."""
    return (
        f"{network} fetches photos and videos from a web address, so posting them needs a media relay "
        f"(storage of your own): set one up in {SETTINGS_PLACE}."
    )


_REASONS = {
    "relay_not_set_up": "",  # needs_relay_reason
    "relay_no_secret": f"The media relay's secret key is missing from the keyring: enter it again in {SETTINGS_PLACE}.",
    "relay_keyring_unavailable": "The keyring is locked or missing, so the media relay's secret key cannot be "
    "read; Postdesk will try again once it is unlocked.",
    "relay_unreachable": "The media relay did not answer (offline, or a wrong address); Postdesk will try again.",
    "relay_busy": "The media relay is busy or failing right now; Postdesk will try again.",
    "relay_no_bucket": f"The media relay's bucket does not exist: check the bucket name in {SETTINGS_PLACE}.",
    "relay_key_refused": f"The media relay refused the access key (wrong key, wrong secret, or no permission "
    f"on the bucket): check {SETTINGS_PLACE}.",
}
_PASSING = {"relay_keyring_unavailable", "relay_unreachable", "relay_busy"}
_REFUSALS = {RELAY_NO_SECRET, RELAY_NO_BUCKET, RELAY_KEY_REFUSED}


def adapter_error(exc: OSError, network: str) -> AdapterError:
    """The adapter error for a relay that could not store a copy.

    A relay that cannot be reached or is busy is `Transient` (the engine tries again later); a
    relay that refuses (no bucket, key refused, not set up) is `Rejected` with a problem code the
    UI words (naming the setting to fix); the English reason stays for the log.
    """
    problem = str(getattr(exc, "problem", "") or "relay_refused")
    detail = str(getattr(exc, "detail", "") or "")
    if problem == "relay_not_set_up":
        reason = needs_relay_reason(network)
    else:
        reason = _REASONS.get(problem) or (
            f"The media relay refused the upload{f' ({detail})' if detail else ''}: check {SETTINGS_PLACE}."
        )
    if problem in _PASSING:
        return Transient(reason)
    if problem == "relay_not_set_up":
        return Rejected(reason, problem=ProblemCode.NEEDS_MEDIA_RELAY, params={"relay_setup": 1})
    return Rejected(reason, problem=problem if problem in _REFUSALS else RELAY_REFUSED)

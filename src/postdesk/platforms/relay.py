"""The media relay: storage the user owns that hands out a public URL for a file.

Threads (and Instagram) fetch media from a public URL instead of taking an upload
(https://developers.facebook.com/documentation/threads/posts: "Threads retrieves your image from
the URL provided, so it must be on a public server"). A desktop app has no public server, so
the user configures a relay (an S3-compatible bucket is the common case); the adapter uploads
just before publishing and deletes the copy afterwards. Implementations live outside
`platforms/`; adapters only see this protocol.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class MediaRelay(Protocol):
    """Puts a local file where a network can fetch it."""

    async def upload(self, path: str) -> str:
        """Copy the file to the relay.

        Args:
            path: the local file (already fitted for the network).

        Returns:
            A public https URL the network can fetch for at least the publishing time.

        Raises:
            OSError: the file cannot be read or the relay refused it.
        """
        ...

    async def delete(self, url: str) -> None:
        """Remove a copy made by `upload` (a missing copy counts as removed)."""
        ...

"""Meta's container flow, shared by Instagram and Threads: wait until a container is FINISHED, then
publish it, waiting out "not ready" answers.

Both APIs publish in two steps (create a media container, then `…_publish` it with `creation_id`)
and say to publish only a FINISHED container (Instagram's and Threads' content publishing
references). Each network keeps its own Graph call, status fields, error words and "not ready" error.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from postdesk.platforms.base import Rejected, Transient
from postdesk.platforms.rest_call import created_id

#: Refusal codes of a Meta container (Threads and Instagram say the same things; the composer's
#: activity words them with the network's name, `refusal_words_networks`).
META_MEDIA_DOWNLOAD_FAILED = "meta_media_download_failed"
META_CONTAINER_EXPIRED = "meta_container_expired"
META_VIDEO_UNUSABLE = "meta_video_unusable"
META_VIDEO_SOUND = "meta_video_sound"
META_VIDEO_RATIO = "meta_video_ratio"
META_VIDEO_BIT_RATE = "meta_video_bit_rate"
META_VIDEO_DURATION = "meta_video_duration"
META_VIDEO_FRAME_RATE = "meta_video_frame_rate"
META_IMAGE_FORMAT = "meta_image_format"
META_MEDIA_TOO_LARGE = "meta_media_too_large"
META_MEDIA_REFUSED = "meta_media_refused"

#: The network's Graph call: (account_id, method, path, *, what, creates, data, params) -> JSON object.
GraphCall = Callable[..., Awaitable[dict[str, Any]]]
Sleep = Callable[[float], Awaitable[None]]


async def wait_finished(
    call: GraphCall,
    account_id: int | None,
    container: str,
    *,
    status_key: str,
    message_key: str,
    reason: Callable[[str, str], tuple[str, str]],
    max_polls: int,
    poll_interval: float,
    sleep: Sleep,
    still: str,
) -> None:
    """Poll until the container is FINISHED (or PUBLISHED).

    Args:
        call: the network's Graph call.
        status_key, message_key: the container's status field and the field that says why it failed.
        reason: the refusal for a status (ERROR or EXPIRED) and its message: (English for the log,
            problem code).
        max_polls, poll_interval, sleep: how many reads, and the wait between them.
        still: the words when the container is still in progress after `max_polls` reads.

    Raises:
        Rejected: the container ended in ERROR or EXPIRED.
        Transient: still IN_PROGRESS after `max_polls` reads (the engine tries again later).
    """
    for attempt in range(max_polls):
        body = await call(
            account_id, "GET", container, what="container status", params={"fields": f"{status_key},{message_key}"}
        )
        status = str(body.get(status_key) or "")
        if status in ("FINISHED", "PUBLISHED"):
            return
        if status in ("ERROR", "EXPIRED"):
            message = str(body.get(message_key) or "")
            english, problem = reason(status, message)
            raise Rejected(english, problem=problem, network_message=message)
        if attempt + 1 < max_polls:
            await sleep(poll_interval)
    raise Transient(still)


async def publish_finished(
    call: GraphCall,
    account_id: int | None,
    container: str,
    path: str,
    *,
    not_ready: type[Exception],
    max_polls: int,
    poll_interval: float,
    sleep: Sleep,
    still: str,
) -> str:
    """Publish a FINISHED container at `path`; a `not_ready` answer is waited for, not a refusal.

    Returns:
        The published media's id.
    """
    for attempt in range(max_polls):
        try:
            body = await call(account_id, "POST", path, what="publish", creates=True, data={"creation_id": container})
        except not_ready:
            if attempt + 1 >= max_polls:
                raise
            await sleep(poll_interval)
            continue
        return created_id(body, "id", what="publish")
    raise Transient(still)  # pragma: no cover

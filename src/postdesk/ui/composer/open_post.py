"""What the composer knows about the post it shows, beyond the widgets: one small typed record.

The parts of the composer (`ui.composer.lifecycle`, `ui.composer.post_actions`, the pane) share
this record instead of each keeping its own copy of the post's id, version and schedule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from postdesk.core.entities import Post
from postdesk.core.networks import Network


@dataclass
class OpenPost:
    """The open post's identity and schedule, and the composer's own flags about it.

    Attributes:
        post_id: the stored post's id (None until its first save).
        base: the stored post as last read or saved: a newer stored one is merged under the edits
            (`core.merge`) with this as the common ancestor.
        version: the stored version a save names.
        frozen: networks whose sent text is fixed (what they send is frozen).
        handed_off: networks whose own scheduler holds the post.
        scheduled_at: the scheduled instant (aware UTC), or None for a draft.
        scheduled_zone: the IANA zone the time was picked in.
        loading: the widgets are being filled from a stored post (no "changed" then).
        touched: the user wrote, picked or scheduled something (a new post's problems show then).
        schedule_note: the sentence after the schedule state (a DST gap, a past time ...).
    """

    post_id: int | None = None
    base: Post | None = None
    version: int | None = None
    frozen: set[Network] = field(default_factory=set)
    handed_off: set[Network] = field(default_factory=set)
    scheduled_at: datetime | None = None
    scheduled_zone: str | None = None
    loading: bool = True
    touched: bool = False
    schedule_note: str = ""

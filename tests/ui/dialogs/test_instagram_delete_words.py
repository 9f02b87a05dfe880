"""Deleting a published Instagram post through the real window: the dialog says Instagram does not
let apps delete posts, offers only "Remove from Postdesk only", and that still removes the post."""

from __future__ import annotations

import pytest

from postdesk.core.entities import TargetState
from postdesk.core.networks import Network
from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
from tests.ui.test_engine_reach import calendar_of, make, seed, trigger  # noqa: F401  (make is a fixture)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WORDS = "Instagram doesn't let apps delete posts: delete it in the Instagram app."


def test_calendar_delete_of_an_instagram_post_says_so_and_removes_postdesks_copy(make, qtbot) -> None:
    b = make()
    b.window.show()
    post_id, _tid = seed(
        b,
        TargetState.PUBLISHED,
        network=Network.INSTAGRAM,
        handle="studio.lumen",
        remote=("17890000000000001", "https://www.instagram.com/p/C0ffee/"),
    )
    calendar = calendar_of(b, qtbot)
    trigger(calendar, post_id, "delete")
    qtbot.waitUntil(lambda: isinstance(calendar.dialog, DeletePublishedDialog), timeout=10_000)
    dialog = calendar.dialog
    texts = [label.text() for label in dialog.findChildren(type(dialog.result_label)) if label.isVisible()]
    assert WORDS in texts
    assert not any("cannot delete posts on Instagram" in t for t in texts)  # said once, in Instagram's words
    assert not dialog.network_too.isEnabled() and dialog.local_only.isChecked()
    assert dialog.local_only.accessibleName() == "Remove from Postdesk only"
    dialog.delete_button.click()
    assert "It is still on Instagram" in dialog.result_text()
    # Postdesk's copy goes (the calendar no longer lists it) and no network delete was asked for.
    qtbot.waitUntil(lambda: all(e.post_id != post_id for e in calendar.entries()), timeout=10_000)
    assert "delete_published" not in b.engine_calls.names()

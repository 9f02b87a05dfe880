"""Connecting Instagram: the guide says what Instagram needs (a professional account, the creator's own
Meta app, the exact permissions, the media relay), and the connect dialog asks for the app's ID and secret."""

from __future__ import annotations

import pytest

from postdesk.auth.profiles.instagram import PROFILE
from postdesk.core.networks import Network
from postdesk.ui.accounts.wording import guide


def test_the_setup_guide_names_what_instagram_needs_and_every_permission():
    text = guide(Network.INSTAGRAM)
    assert all(scope in text for scope in PROFILE.scopes)
    for words in (
        "professional account",
        "developers.facebook.com",
        "OAuth redirect URIs",
        "Instagram app ID",
        "Instagram app secret",
        "Media relay",
        "delete them in the app",
    ):
        assert words in text
    assert PROFILE.needs_client_secret  # Meta wants the secret at the code exchange


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_connect_dialog_shows_the_instagram_guide_and_asks_for_id_and_secret(qtbot):
    from postdesk.ui.accounts.connect_dialog import ConnectDialog
    from postdesk.ui.background import BackgroundRunner
    from tests.ui.accounts.test_accounts_pane import FakeFacade

    runner = BackgroundRunner()
    try:
        dialog = ConnectDialog(FakeFacade(), lambda url: None, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        names = [dialog.network_list.item(i).text() for i in range(dialog.network_list.count())]
        dialog.network_list.setCurrentRow(names.index("Instagram"))
        dialog._go_next()
        assert dialog.guide_label.text() == guide(Network.INSTAGRAM)
        assert dialog.client_id_edit.isVisible() and dialog.client_secret_edit.isVisible()
    finally:
        runner.shutdown()


def test_deleting_a_published_instagram_post_offers_only_postdesks_copy(qtbot):
    # Instagram Login has no delete (InstagramAdapter has no `delete`): the network choice is off and
    # the dialog says to delete it in Instagram; a network that can delete keeps its choice.
    from types import SimpleNamespace

    from postdesk.core.entities import TargetState
    from postdesk.core.waiting import TargetHoldInfo
    from postdesk.ui.dialogs.delete_published import DeletePublishedDialog
    from postdesk.ui.engine_status import EngineStatus

    calls = SimpleNamespace(status=EngineStatus(), holds=None, disk=None, delete_published=lambda *a, **k: None)
    insta = TargetHoldInfo(1, 1, "instagram", 1, TargetState.PUBLISHED)
    dialog = DeletePublishedDialog(calls, [insta], lambda: None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.network_too.isEnabled()
    texts = [label.text() for label in dialog.findChildren(type(dialog.result_label))]
    assert "Instagram doesn't let apps delete posts: delete it in the Instagram app." in texts
    threads = TargetHoldInfo(2, 1, "threads", 2, TargetState.PUBLISHED)
    other = DeletePublishedDialog(calls, [threads], lambda: None)  # type: ignore[arg-type]
    qtbot.addWidget(other)
    assert other.network_too.isEnabled()

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
    for words in ("professional account", "developers.facebook.com", "OAuth redirect URIs", "Instagram app ID",
                  "Instagram app secret", "Media relay", "delete them in the app"):
        assert words in text
    assert PROFILE.needs_client_secret  # Meta wants the secret at the code exchange


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_connect_dialog_shows_the_instagram_guide_and_asks_for_id_and_secret(qtbot):
    from postdesk.ui.accounts.connect_dialog import ConnectDialog
    from postdesk.ui.background import BackgroundRunner
    from tests.ui.test_accounts_pane import FakeFacade

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

"""The connect dialog's LinkedIn "as a Page I administer": sign in, pick a Page, post as it.

Driven through the real dialog; the sign-in, the Page list and the storing are the real code
against LinkedIn's fakes (authorization server and REST API), on the accounts' own loop thread.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from postdesk.auth.loop_thread import LoopThread
from postdesk.auth.profiles.linkedin import ORGANIZATION_SCOPES
from postdesk.auth.profiles.linkedin_organizations import OrganizationsFound, add_organization, find_organizations
from postdesk.core.entities import Account
from postdesk.core.networks import Network
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.credentials import AccountCredentials
from postdesk.platforms.linkedin import VERSION, LinkedInAdapter
from postdesk.ui.accounts.connect_dialog import ConnectDialog
from postdesk.ui.background import BackgroundRunner
from tests.fakes.linkedin_api import ORG_NAME, OTHER_ORG_NAME, OTHER_ORG_URN
from tests.integration.test_linkedin_organizations import LinkedInWorld
from tests.ui.accounts.test_accounts_pane import FakeFacade

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
SHOTS = Path(__file__).resolve().parents[3] / "screenshots"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LinkedInFacade(FakeFacade):
    """FakeFacade whose LinkedIn Page steps are the real ones, against the fakes."""

    def __init__(self, world: LinkedInWorld) -> None:
        super().__init__()
        self.world = world
        self.loop = LoopThread()
        self.organization_requests: list[object] = []

    def find_organizations(self, request, open_browser) -> Future[OrganizationsFound]:  # type: ignore[no-untyped-def]
        self.organization_requests.append(request)
        return self.loop.submit(
            find_organizations(
                self.world.service, request.client, open_browser, version=VERSION, base_url=self.world.server.url
            )
        )

    def add_organization(self, found, urn) -> Future[Account]:  # type: ignore[no-untyped-def]
        return self.loop.submit(add_organization(self.world.service, found, urn))


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def world(paths):  # type: ignore[no-untyped-def]
    w = LinkedInWorld(paths)
    with w.server:
        yield w


def test_post_as_a_page_through_the_dialog(qtbot, runner, world) -> None:
    facade = LinkedInFacade(world)

    def browse(url: str) -> None:  # the system browser, on its own thread
        threading.Thread(target=lambda: asyncio.run(world.browser(url)), daemon=True).start()

    dialog = ConnectDialog(facade, browse, network=Network.LINKEDIN, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert dialog.linkedin_as_me.isVisible() and dialog.linkedin_as_me.isChecked()
        assert not dialog.linkedin_page_note.isVisible()
        assert dialog.linkedin_as_page.accessibleName() == "Post as a Page I administer"
        # Keyboard path: Alt+G picks "as a Page".
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.client_id_edit, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.linkedin_as_page.isChecked)  # a mnemonic animates its click
        assert dialog.linkedin_page_note.isVisible()
        dialog.client_id_edit.setText("fake-client-id-123")
        dialog.client_secret_edit.setText("fake-client-secret-value")
        dialog.port_spin.setValue(_free_port())  # the creator registers the port they pick
        SHOTS.mkdir(exist_ok=True)
        dialog.grab().save(str(SHOTS / "connect-dialog-linkedin-as-page.png"))
        dialog.next_button.click()
        assert not facade.requests and len(facade.organization_requests) == 1  # not the member connect
        qtbot.waitUntil(lambda: dialog.linkedin_pages_list.isVisible() or dialog.error_label.isVisible(), timeout=10000)
        assert not dialog.error_label.isVisible(), dialog.error_label.text()
        assert [dialog.linkedin_pages_list.item(i).text() for i in range(dialog.linkedin_pages_list.count())] == [
            ORG_NAME,
            OTHER_ORG_NAME,
        ]
        assert set(ORGANIZATION_SCOPES) <= set(world.asked[0].split(" "))
        assert dialog.next_button.isEnabled() and dialog.next_button.text() == "&Connect"
        dialog.linkedin_pages_list.setCurrentRow(1)
        dialog.grab().save(str(SHOTS / "connect-dialog-linkedin-pages.png"))
        connected: list[Account] = []
        dialog.connected.connect(connected.append)
        with qtbot.waitSignal(dialog.accepted, timeout=10000):
            dialog.next_button.click()
        [account] = connected
        assert account.handle == OTHER_ORG_NAME
        assert world.vault.load(Network.LINKEDIN, account.id).extra["author_urn"] == OTHER_ORG_URN
    finally:
        facade.loop.stop()

    async def post():  # type: ignore[no-untyped-def]
        adapter = LinkedInAdapter(AccountCredentials(world.service, world.repo), base_url=world.server.url)
        try:
            return await adapter.publish(PublishRequest(target_id=1, account_id=account.id, parts=("From the Page",)))
        finally:
            await adapter.aclose()

    published = asyncio.run(post())
    assert world.api.posts[published.remote_id]["author"] == OTHER_ORG_URN


def test_reconnecting_a_page_account_keeps_the_page_choice(qtbot, runner, world) -> None:
    from datetime import UTC, datetime

    from postdesk.core.entities import AccountStatus

    page_account = Account(
        id=5,
        network=Network.LINKEDIN,
        handle=ORG_NAME,
        display_name=ORG_NAME,
        status=AccountStatus.CONNECTED,
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
        default_options={"_client": {"facts": {"author_urn": OTHER_ORG_URN}}},
    )
    dialog = ConnectDialog(
        LinkedInFacade(world), lambda url: None, network=Network.LINKEDIN, reconnect=page_account, runner=runner
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.linkedin_as_page.isChecked()


class _FoundFacade(FakeFacade):
    """Answers the Page steps at once (for the screenshots)."""

    def find_organizations(self, request, open_browser):  # type: ignore[no-untyped-def]
        from postdesk.auth.profiles.base import ClientConfig, Identity, SignInResult
        from postdesk.auth.profiles.linkedin_organizations import OrganizationChoice
        from postdesk.auth.tokens import TokenSet

        future: Future[OrganizationsFound] = Future()
        future.set_result(
            OrganizationsFound(
                sign_in=SignInResult(ClientConfig("id"), TokenSet("t"), Identity("m", "Mira"), {}),
                organizations=(
                    OrganizationChoice("urn:li:organization:1", ORG_NAME),
                    OrganizationChoice("urn:li:organization:2", OTHER_ORG_NAME),
                ),
            )
        )
        return future


@pytest.mark.parametrize("look", ["light", "dark", "pseudo-long", "pseudo-rtl"])
def test_screenshots(qtbot, qapp, runner, look) -> None:
    from PySide6.QtWidgets import QApplication

    from postdesk.ui import theme
    from postdesk.ui.i18n import PseudoTranslator

    translator = PseudoTranslator()
    if look.startswith("pseudo"):
        qapp.installTranslator(translator)
    if look == "pseudo-rtl":
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    theme.apply_theme(qapp, "dark" if look == "dark" else "light")
    try:
        dialog = ConnectDialog(_FoundFacade(), lambda url: None, network=Network.LINKEDIN, runner=runner)
        qtbot.addWidget(dialog)
        dialog.resize(560, 360)
        dialog.show()
        dialog.linkedin_as_page.setChecked(True)
        dialog.client_id_edit.setText("86abc")
        if look.startswith("pseudo"):
            assert dialog.linkedin_as_page.text().startswith("[")
        SHOTS.mkdir(exist_ok=True)
        QApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / f"connect-dialog-linkedin-as-page-{look}.png"))
        dialog.next_button.click()
        qtbot.waitUntil(lambda: dialog.linkedin_pages_list.isVisible())
        QApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / f"connect-dialog-linkedin-pages-{look}.png"))
    finally:
        qapp.removeTranslator(translator)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        theme.apply_theme(qapp, "light")

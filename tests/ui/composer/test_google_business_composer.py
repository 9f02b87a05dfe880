"""The composer's Google Business Profile target: location picker, kinds of post, validation, the
post card, and what is sent.

The picker gets locations through a `LocationSource`: a recording fake here, and once the real
`EngineLocationSource` running the real `GoogleBusinessAdapter` on its own loop thread against the
discovery-checked fake on 127.0.0.1. The card's business name, text, event title and button are
compared with what the fake received when the same target is published (preview vs sent), and a
screenshot is saved.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QImage

from postdesk.auth.loop_thread import LoopThread
from postdesk.core import google_business_posts as gbp
from postdesk.core.entities import Post, Target
from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.core.networks import NETWORK_ORDER, Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.base import PublishRequest
from postdesk.platforms.google_business import GoogleBusinessAdapter, Location
from postdesk.ui.background import BackgroundRunner
from postdesk.ui.composer.google_business_card import GoogleBusinessPreviewCard
from postdesk.ui.composer.google_business_options import EngineLocationSource
from postdesk.ui.composer.services import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel, shipped_networks
from tests.fakes.api_server import ApiServer
from tests.fakes.fake_credentials import StaticCredentials
from tests.fakes.google_business_api import FakeGoogleBusiness
from tests.fakes.local_relay import LocalRelay

SHOTS = Path(__file__).resolve().parents[3] / "screenshots"
ACCOUNT = AccountChoice(7, "google_business", "Alice Baker", display_name="Alice Baker", handle="Alice Baker")
BAKERY = Location("accounts/111/locations/222", "Alice's Bakery", "1 Main St, Springfield", "Alice Baker")
CAFE = Location("accounts/111/locations/333", "Alice's Café", "", "Alice Baker")


class RecordingSource:
    """Answers at once from its own list and records every call."""

    def __init__(self, locations: list[Location]) -> None:
        self.locations = locations
        self.calls: list[tuple[Any, ...]] = []

    def load_locations(
        self,
        account_id: int,
        *,
        refresh: bool,
        on_done: Callable[[list[Location]], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.calls.append(("locations", account_id, refresh))
        on_done(list(self.locations))


def _panel(qtbot: Any, source: Any) -> TargetPanel:
    panel = TargetPanel(Network.GOOGLE_BUSINESS)
    qtbot.addWidget(panel)
    panel.set_accounts([ACCOUNT])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(ACCOUNT.id))
    assert panel.account_id() == ACCOUNT.id and panel.google_business is not None
    panel.google_business.set_source(source)
    return panel


def _codes(panel: TargetPanel, text: str = "Fresh bread") -> set[ProblemCode]:
    post = Post(parts=(text,), targets=(panel.target(),))
    return {p.code for p in panel.evaluate(post, {}).problems}


def test_google_business_is_a_network_postdesk_publishes_to():
    assert Network.GOOGLE_BUSINESS in NETWORK_ORDER and Network.GOOGLE_BUSINESS in shipped_networks()


def test_the_location_picker_needs_a_choice_when_there_are_several(qtbot):
    source = RecordingSource([BAKERY, CAFE])
    panel = _panel(qtbot, source)
    combo = panel.google_business.location_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Alice's Bakery — 1 Main St, Springfield",
        "Alice's Café",
    ]
    assert ProblemCode.GOOGLE_BUSINESS_LOCATION_MISSING in _codes(panel)
    with qtbot.waitSignal(panel.changed):
        combo.setCurrentIndex(1)
    assert panel.options()["location"] == CAFE.name and panel.options()["location_title"] == "Alice's Café"
    assert ProblemCode.GOOGLE_BUSINESS_LOCATION_MISSING not in _codes(panel)
    assert source.calls == [("locations", 7, False)]


def test_one_location_is_chosen_for_the_user(qtbot):
    panel = _panel(qtbot, RecordingSource([BAKERY]))
    assert panel.options()["location"] == BAKERY.name and panel.options()["location_title"] == "Alice's Bakery"


def test_each_kind_of_post_shows_its_fields_and_refuses_what_is_missing(qtbot):
    panel = _panel(qtbot, RecordingSource([BAKERY]))
    options = panel.google_business

    def shown(widget: Any) -> bool:
        return widget.isVisibleTo(panel)

    assert not shown(options.cta_url_edit) and not shown(options.event_title_edit) and not shown(options.coupon_edit)
    options.cta_combo.setCurrentIndex(options.cta_combo.findData("BOOK"))
    assert shown(options.cta_url_edit)
    assert ProblemCode.GOOGLE_BUSINESS_CTA_URL_MISSING in _codes(panel)
    options.cta_url_edit.setText("https://bakery.example/book")
    assert ProblemCode.GOOGLE_BUSINESS_CTA_URL_MISSING not in _codes(panel)
    options.cta_combo.setCurrentIndex(options.cta_combo.findData("CALL"))
    assert "cta_url" not in panel.options() and panel.options()["cta_type"] == "CALL"
    assert not shown(options.cta_url_edit)  # Call uses the business's phone number

    options.type_combo.setCurrentIndex(options.type_combo.findData(gbp.EVENT))
    assert shown(options.event_title_edit) and shown(options.start_edit) and not shown(options.coupon_edit)
    assert ProblemCode.GOOGLE_BUSINESS_EVENT_TITLE_MISSING in _codes(panel)
    options.event_title_edit.setText("Open day")
    day = QDate(2026, 12, 12)
    options.start_edit.setDateTime(QDateTime(day, QTime(16, 0)))
    options.end_edit.setDateTime(QDateTime(day, QTime(10, 0)))
    assert ProblemCode.GOOGLE_BUSINESS_SCHEDULE_INVALID in _codes(panel)
    options.end_edit.setDateTime(QDateTime(day, QTime(18, 0)))
    assert _codes(panel) == set()
    assert (panel.options()["event_start"], panel.options()["event_end"]) == ("2026-12-12T16:00", "2026-12-12T18:00")
    options.all_day_check.setChecked(True)
    assert (panel.options()["event_start"], panel.options()["event_end"]) == ("2026-12-12", "2026-12-12")

    options.type_combo.setCurrentIndex(options.type_combo.findData(gbp.OFFER))
    assert shown(options.coupon_edit) and shown(options.terms_edit) and not shown(options.cta_combo)
    options.coupon_edit.setText("CAKE20")
    options.offer_url_edit.setText("bakery.example")
    assert ProblemCode.GOOGLE_BUSINESS_URL_INVALID in _codes(panel)
    assert "cta_type" not in panel.options()  # Google ignores a button on an offer


def test_stored_options_round_trip_and_lock(qtbot):
    panel = TargetPanel(Network.GOOGLE_BUSINESS)
    qtbot.addWidget(panel)
    stored = {
        "location": "accounts/9/locations/8",
        "location_title": "Old shop",
        "post_type": "OFFER",
        "event_title": "Cake week",
        "event_start": "2026-12-14",
        "event_end": "2026-12-20",
        "offer_coupon": "CAKE20",
        "offer_url": "https://bakery.example/cakes",
        "offer_terms": "One each",
    }
    panel.load(Target(Network.GOOGLE_BUSINESS, account_id=None, options=stored))
    assert panel.options() == stored
    assert panel.google_business.start_edit.displayFormat() == "yyyy-MM-dd"  # all day: no times shown
    panel.set_locked(True)
    assert not panel.google_business.isEnabled()


def test_engine_location_source_reads_through_the_real_adapter(qtbot):
    api = FakeGoogleBusiness()
    server = ApiServer(api).start()
    loop = LoopThread("test-google-business-engine")
    runner = BackgroundRunner(workers=1, name="test-disk")

    class Submitter:
        def submit(self, fn: Callable[..., Any], *args: Any, name: str | None = None) -> Any:
            return loop.submit(fn(*args))

    adapter = GoogleBusinessAdapter(StaticCredentials("token-alice"), base_url=server.url)
    source = EngineLocationSource(Submitter(), runner, lambda n: adapter if n is Network.GOOGLE_BUSINESS else None)
    try:
        panel = _panel(qtbot, source)
        qtbot.waitUntil(lambda: panel.options().get("location") == api.location())
        assert panel.options()["location_title"] == "Alice's Bakery"
        reads = api.calls.count("mybusinessbusinessinformation.accounts.locations.list")
        panel.google_business.set_account(None)
        panel.google_business.set_account(7)  # from the cache: Google is not asked again
        assert api.calls.count("mybusinessbusinessinformation.accounts.locations.list") == reads
    finally:
        loop.submit(adapter.aclose()).result(10)
        loop.stop()
        runner.shutdown()
        server.stop()


def test_the_post_card_shows_what_google_receives(qtbot, tmp_path):
    photo = tmp_path / "bread.jpg"
    img = Image.new("RGB", (1200, 900), (214, 160, 90))
    for y in range(500, 900, 3):
        for x in range(0, 1200, 4):
            img.putpixel((x, y), (120, 70, 30))
    img.save(photo, "JPEG", quality=85)
    api = FakeGoogleBusiness()
    server = ApiServer(api).start()
    relay = LocalRelay()
    panel = _panel(qtbot, RecordingSource([BAKERY]))
    options = panel.google_business
    options.type_combo.setCurrentIndex(options.type_combo.findData(gbp.EVENT))
    options.event_title_edit.setText("Open day at the bakery")
    options.start_edit.setDateTime(QDateTime(QDate(2026, 12, 12), QTime(10, 0)))
    options.end_edit.setDateTime(QDateTime(QDate(2026, 12, 12), QTime(16, 0)))
    options.cta_combo.setCurrentIndex(options.cta_combo.findData("ORDER"))
    options.cta_url_edit.setText("https://bakery.example/order")
    text = "Taste our new sourdough, straight from the oven. https://bakery.example"
    post = Post(parts=(text,), media=(1,), targets=(panel.target(),))
    panel.set_publishing(shipped_networks(), relay=True)
    info = MediaInfo(1, MediaKind.IMAGE, "image/jpeg", 1200, 900, photo.stat().st_size, None, "")
    assert {p.code for p in panel.evaluate(post, {1: info}).problems if p.severity == "error"} == set()
    panel.render_preview(post, [QImage(str(photo))], ("Alice Baker", "Alice Baker"))
    panel.resize(420, 900)
    card = panel.preview
    assert isinstance(card, GoogleBusinessPreviewCard)
    target = panel.target()
    request = PublishRequest(1, 7, target.effective_parts(post.parts), (str(photo),), dict(target.options))

    async def send() -> None:
        adapter = GoogleBusinessAdapter(
            StaticCredentials("token-alice"), relay=relay, base_url=server.url, sleep=lambda _: asyncio.sleep(0)
        )
        try:
            await adapter.publish(request)
        finally:
            await adapter.aclose()

    try:
        with relay.server:
            asyncio.run(send())
    finally:
        server.stop()
    sent = api.created[0]
    assert sent["topicType"] == "EVENT" and card.title.text() == sent["event"]["title"] == "Open day at the bakery"
    assert sent["summary"] == text and "Taste our new sourdough" in card.part_text_html(0)
    assert card.button_text() == "Order online" and sent["callToAction"] == {
        "actionType": "ORDER",
        "url": "https://bakery.example/order",
    }
    assert "Alice&#x27;s Bakery" in card.header.text() or "Alice's Bakery" in card.header.text()
    assert sent["media"][0]["mediaFormat"] == "PHOTO" and card.grid.isVisibleTo(card)
    assert "12 Dec 2026, 10:00" in card.dates.text()
    SHOTS.mkdir(exist_ok=True)
    assert card.grab().toImage().save(str(SHOTS / "preview-google-business-event.png"))


def test_the_setup_guide_names_what_google_needs(qtbot):
    from postdesk.auth.profiles.google_business import PROFILE
    from postdesk.ui.accounts.wording import guide

    text = guide(Network.GOOGLE_BUSINESS)
    for words in (
        "access form",
        "Google My Business API",
        "My Business Account Management API",
        "My Business Business Information API",
        "Desktop app",
        "Media relay",
    ):
        assert words in text
    assert PROFILE.needs_client_id and PROFILE.needs_client_secret  # both pasted in the connect dialog


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_connect_dialog_offers_google_business_profile_with_its_own_client(qtbot):
    from postdesk.ui.accounts.connect_dialog import ConnectDialog
    from postdesk.ui.accounts.wording import guide
    from tests.ui.accounts.test_accounts_pane import FakeFacade

    runner = BackgroundRunner()
    facade = FakeFacade()
    try:
        dialog = ConnectDialog(facade, lambda url: None, runner=runner)
        qtbot.addWidget(dialog)
        dialog.show()
        names = [dialog.network_list.item(i).text() for i in range(dialog.network_list.count())]
        assert names[-1] == "Google Business Profile"
        dialog.network_list.setCurrentRow(len(names) - 1)
        dialog._go_next()
        assert dialog.guide_label.text() == guide(Network.GOOGLE_BUSINESS)
        assert dialog.client_id_edit.isVisible() and dialog.client_secret_edit.isVisible()
        assert not dialog.server_edit.isVisible() and not dialog.bot_token_edit.isVisible()
    finally:
        runner.shutdown()

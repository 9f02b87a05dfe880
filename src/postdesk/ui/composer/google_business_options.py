"""The composer's Google Business Profile options: the location, the kind of post, its button,
the event's title and dates, the offer's coupon, link and terms.

The locations come from the engine (`platforms.google_business.GoogleBusinessAdapter.locations`:
accounts.list, then accounts.locations.list with a readMask, run on the engine loop) through a
`LocationSource`, cached per account; an account with one location gets it chosen, and one with
several gets the location last chosen for it (`google_business_memory`, kept in the account's
metadata) preselected for a new target. What is required per kind of post is checked by
`core.google_business_posts.check` (validation words it); this widget shows that kind's rows.

Options written (`core.google_business_posts`): `location`, `location_title`, `post_type`,
`cta_type`, `cta_url`, `event_title`, `event_start`, `event_end`, `offer_coupon`, `offer_url`,
`offer_terms`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from postdesk.core import google_business_posts as gbp
from postdesk.core.networks import Network
from postdesk.core.rules.google_business import EVENT_TITLE_LIMIT
from postdesk.platforms.google_business import Location, LocationsAdapter
from postdesk.ui.composer.engine_source import EngineAdapterSource, OnError, Submitter, Watcher
from postdesk.ui.composer.google_business_memory import AccountLocationMemory, RemembersLocation
from postdesk.ui.local_format import edit_display_format

_ISO = "yyyy-MM-ddTHH:mm"
_DAY = "yyyy-MM-dd"
#: The item role that keeps a location's business name (the text also shows its address).
_TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class LocationSource(Protocol):
    """Where the location picker gets locations; answers arrive on the UI thread."""

    def load_locations(
        self, account_id: int, *, refresh: bool, on_done: Callable[[list[Location]], None], on_error: OnError
    ) -> None: ...


class EngineLocationSource:
    """`LocationSource` over the engine's own Google Business Profile adapter, cached per account.

    Args:
        submitter: runs coroutines on the engine loop.
        watcher: delivers their answers on the UI thread.
        adapter: the engine's adapter for a network, or None (`Engine.adapter`, called on the engine loop).
        memory: where the location chosen per account is remembered (None: nothing is).
    """

    def __init__(
        self,
        submitter: Submitter,
        watcher: Watcher,
        adapter: Callable[[Network], Any],
        memory: AccountLocationMemory | None = None,
    ) -> None:
        self._memory = memory
        self._engine = EngineAdapterSource(
            submitter, watcher, adapter, Network.GOOGLE_BUSINESS, lambda a: isinstance(a, LocationsAdapter), "Google"
        )
        self._locations: dict[int, list[Location]] = {}

    def load_locations(
        self, account_id: int, *, refresh: bool, on_done: Callable[[list[Location]], None], on_error: OnError
    ) -> None:
        if not refresh and account_id in self._locations:
            on_done(list(self._locations[account_id]))
            return

        def keep(locations: list[Location]) -> None:
            self._locations[account_id] = list(locations)
            on_done(list(locations))

        self._engine.run(f"google-business-locations-{account_id}", keep, on_error, lambda a: a.locations(account_id))

    def recall_location(self, account_id: int, on_done: Callable[[dict[str, str]], None]) -> None:
        if self._memory is not None:
            self._memory.recall(account_id, on_done)

    def remember_location(self, account_id: int, location: str, title: str) -> None:
        if self._memory is not None:
            self._memory.remember(account_id, location, title)


class GoogleBusinessOptions(QWidget):
    """Location, kind of post, button, event and offer fields for a Google Business Profile target.

    Signals:
        changed: the user changed an option.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source: LocationSource | None = None
        self._account: int | None = None
        self._wanted: dict[str, str] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form = form

        self.location_combo = QComboBox(self)
        self.location_combo.setAccessibleName(self.tr("Business location"))
        self.location_combo.setPlaceholderText(self.tr("Choose a location"))
        self.location_combo.currentIndexChanged.connect(self._on_location)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the locations from Google again"))
        self.refresh_button.clicked.connect(lambda: self._load(refresh=True))
        row = QHBoxLayout()
        row.addWidget(self.location_combo, 1)
        row.addWidget(self.refresh_button)
        form.addRow(self._label(self.tr("&Location:"), self.location_combo), row)

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Kind of Google post"))
        for value, label in (
            (gbp.STANDARD, self.tr("What's new")),
            (gbp.EVENT, self.tr("Event")),
            (gbp.OFFER, self.tr("Offer")),
        ):
            self.type_combo.addItem(label, value)
        self.type_combo.currentIndexChanged.connect(self._on_type)
        form.addRow(self.tr("&Kind of post:"), self.type_combo)

        self.cta_combo = QComboBox(self)
        self.cta_combo.setAccessibleName(self.tr("Button"))
        for value, label in (
            ("", self.tr("No button")),
            ("BOOK", self.tr("Book")),
            ("ORDER", self.tr("Order online")),
            ("SHOP", self.tr("Buy")),
            ("LEARN_MORE", self.tr("Learn more")),
            ("SIGN_UP", self.tr("Sign up")),
            ("CALL", self.tr("Call now")),
        ):
            self.cta_combo.addItem(label, value)
        self.cta_combo.currentIndexChanged.connect(self._on_cta)
        self.cta_url_edit = self._line(self.tr("Button link"), self.tr("https://… the button opens"))
        form.addRow(self.tr("&Button:"), self.cta_combo)
        form.addRow(self.tr("Button &link:"), self.cta_url_edit)

        self.event_title_edit = self._line(self.tr("Event or offer title"), self.tr("Title"))
        self.event_title_edit.setMaxLength(EVENT_TITLE_LIMIT)
        self.all_day_check = QCheckBox(self.tr("All &day"), self)
        self.all_day_check.setAccessibleName(self.tr("All day (dates without times)"))
        self.all_day_check.toggled.connect(self._on_all_day)
        tomorrow = QDate.currentDate().addDays(1)
        self.start_edit = self._when(QDateTime(tomorrow, QTime(9, 0)), self.tr("Starts"))
        self.end_edit = self._when(QDateTime(tomorrow, QTime(17, 0)), self.tr("Ends"))
        form.addRow(self.tr("&Title:"), self.event_title_edit)
        form.addRow(self.tr("&Starts:"), self.start_edit)
        form.addRow(self.tr("&Ends:"), self.end_edit)
        form.addRow(self.all_day_check)

        self.coupon_edit = self._line(self.tr("Coupon code"), self.tr("Optional"))
        self.offer_url_edit = self._line(self.tr("Link to redeem the offer"), self.tr("https://… (optional)"))
        self.terms_edit = self._line(self.tr("Terms and conditions"), self.tr("Optional"))
        form.addRow(self.tr("&Coupon code:"), self.coupon_edit)
        form.addRow(self.tr("&Redeem link:"), self.offer_url_edit)
        form.addRow(self.tr("Ter&ms:"), self.terms_edit)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        form.addRow(self.status_label)
        self._show_rows()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)  # a row whose field is a layout gets no buddy from QFormLayout
        label.setBuddy(buddy)
        return label

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda _: self.changed.emit())
        return edit

    def _when(self, value: QDateTime, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit(value, self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(edit_display_format("yyyy-MM-dd HH:mm"))
        edit.dateTimeChanged.connect(lambda _: self.changed.emit())
        return edit

    # -- wiring ----------------------------------------------------------------------------------

    def set_source(self, source: LocationSource | None) -> None:
        """Where locations come from (the app passes an `EngineLocationSource`)."""
        self._source = source
        self._load(refresh=False)

    def set_account(self, account_id: int | None) -> None:
        """The target's account changed: show its locations."""
        if account_id == self._account:
            return
        self._account = account_id
        self._load(refresh=False)

    # -- options ---------------------------------------------------------------------------------

    def post_type(self) -> str:
        return str(self.type_combo.currentData())

    def options(self) -> dict[str, Any]:
        """The options as the target stores them."""
        options: dict[str, Any] = {"post_type": self.post_type()}
        location = self.location_combo.currentData() or self._wanted.get("location")
        if location:
            options["location"] = str(location)
            options["location_title"] = (
                self.location_combo.currentData(_TITLE_ROLE)
                or self._wanted.get("location_title")
                or self.location_combo.currentText()
            )
        kind = self.post_type()
        if kind != gbp.OFFER and self.cta_combo.currentData():
            options["cta_type"] = str(self.cta_combo.currentData())
            if options["cta_type"] != gbp.CALL:
                options["cta_url"] = self.cta_url_edit.text().strip()
        if kind in (gbp.EVENT, gbp.OFFER):
            fmt = _DAY if self.all_day_check.isChecked() else _ISO
            options["event_title"] = self.event_title_edit.text().strip()
            options["event_start"] = self.start_edit.dateTime().toString(fmt)
            options["event_end"] = self.end_edit.dateTime().toString(fmt)
        if kind == gbp.OFFER:
            for key, edit in (
                ("offer_coupon", self.coupon_edit),
                ("offer_url", self.offer_url_edit),
                ("offer_terms", self.terms_edit),
            ):
                if edit.text().strip():
                    options[key] = edit.text().strip()
        return options

    def load(self, options: Mapping[str, Any]) -> None:
        """Show stored options (no `changed`)."""
        widgets = (
            self,
            self.location_combo,
            self.type_combo,
            self.cta_combo,
            self.cta_url_edit,
            self.event_title_edit,
            self.start_edit,
            self.end_edit,
            self.all_day_check,
            self.coupon_edit,
            self.offer_url_edit,
            self.terms_edit,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self._wanted = {k: str(options.get(k) or "") for k in ("location", "location_title")}
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(gbp.post_type(options))))
        self.cta_combo.setCurrentIndex(max(0, self.cta_combo.findData(str(options.get("cta_type") or "").upper())))
        self.cta_url_edit.setText(str(options.get("cta_url") or ""))
        self.event_title_edit.setText(str(options.get("event_title") or ""))
        all_day = False
        for key, edit in (("event_start", self.start_edit), ("event_end", self.end_edit)):
            parsed = gbp.parse_when(str(options.get(key) or ""))
            if parsed is not None:
                day, moment = parsed
                all_day = all_day or moment is None
                edit.setDateTime(
                    QDateTime(
                        QDate(day.year, day.month, day.day),
                        QTime(moment.hour, moment.minute) if moment else QTime(0, 0),
                    )
                )
        self.all_day_check.setChecked(all_day)
        self._show_times(not all_day)
        self.coupon_edit.setText(str(options.get("offer_coupon") or ""))
        self.offer_url_edit.setText(str(options.get("offer_url") or ""))
        self.terms_edit.setText(str(options.get("offer_terms") or ""))
        self._select_wanted()
        self._show_rows()
        del blockers

    # -- rows ------------------------------------------------------------------------------------

    def _show_rows(self) -> None:
        kind = self.post_type()
        cta = str(self.cta_combo.currentData() or "")
        self._form.setRowVisible(self.cta_combo, kind != gbp.OFFER)  # "Ignored for topic type OFFER"
        self._form.setRowVisible(self.cta_url_edit, kind != gbp.OFFER and bool(cta) and cta != gbp.CALL)
        for widget in (self.event_title_edit, self.start_edit, self.end_edit, self.all_day_check):
            self._form.setRowVisible(widget, kind in (gbp.EVENT, gbp.OFFER))
        for widget in (self.coupon_edit, self.offer_url_edit, self.terms_edit):
            self._form.setRowVisible(widget, kind == gbp.OFFER)

    def _on_type(self, _index: int) -> None:
        self._show_rows()
        self.changed.emit()

    def _on_cta(self, _index: int) -> None:
        self._show_rows()
        self.changed.emit()

    def _on_all_day(self, on: bool) -> None:
        self._show_times(not on)
        self.changed.emit()

    def _show_times(self, times: bool) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat(edit_display_format("yyyy-MM-dd HH:mm" if times else "yyyy-MM-dd"))

    # -- locations -------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def _load(self, *, refresh: bool) -> None:
        self.refresh_button.setEnabled(self._source is not None and self._account is not None)
        if self._source is None or self._account is None:
            return
        self._say(self.tr("Reading your business locations from Google…"))
        account = self._account
        self._source.load_locations(
            account, refresh=refresh, on_done=lambda found: self._show(account, found), on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self._say(
            self.tr("Google did not answer: {reason}. Try Refresh in a moment.").format(
                reason=str(error) or type(error).__name__
            )
        )

    def _show(self, account: int, locations: list[Location]) -> None:
        if account != self._account:
            return  # the account changed meanwhile
        self._say("" if locations else self.tr("This Google account manages no business location yet."))
        with QSignalBlocker(self.location_combo):
            self.location_combo.clear()
            for location in locations:
                label = location.title + (f" — {location.address}" if location.address else "")
                self.location_combo.addItem(label, location.name)
                self.location_combo.setItemData(self.location_combo.count() - 1, location.title, _TITLE_ROLE)
        if not self._wanted.get("location") and len(locations) == 1:
            self._wanted = {"location": locations[0].name, "location_title": locations[0].title}
            self._select_wanted()
            self.changed.emit()  # the one location is chosen for the user
            return
        self._select_wanted()
        if not self._wanted.get("location") and locations and isinstance(self._source, RemembersLocation):
            self._source.recall_location(account, lambda kept: self._recalled(account, kept))

    def _recalled(self, account: int, kept: dict[str, str]) -> None:
        """Preselect the location last chosen for this account, unless one is chosen already."""
        if account != self._account or self._wanted.get("location") or self.location_combo.currentIndex() >= 0:
            return
        if not kept.get("location") or self.location_combo.findData(kept["location"]) < 0:
            return  # nothing remembered, or the account no longer has that location
        self._wanted = dict(kept)
        self._select_wanted()
        self.changed.emit()

    def _select_wanted(self) -> None:
        wanted = self._wanted.get("location")
        if not wanted:
            return
        index = self.location_combo.findData(wanted)
        if index < 0:  # not loaded yet, or offline: keep it by its stored name
            with QSignalBlocker(self.location_combo):
                self.location_combo.addItem(self._wanted.get("location_title") or wanted, wanted)
                self.location_combo.setItemData(
                    self.location_combo.count() - 1, self._wanted.get("location_title") or "", _TITLE_ROLE
                )
            index = self.location_combo.count() - 1
        with QSignalBlocker(self.location_combo):
            self.location_combo.setCurrentIndex(index)

    def _on_location(self, _index: int) -> None:
        self._wanted = {}
        chosen = self.location_combo.currentData()
        if chosen and self._account is not None and isinstance(self._source, RemembersLocation):
            title = self.location_combo.currentData(_TITLE_ROLE) or self.location_combo.currentText()
            self._source.remember_location(self._account, str(chosen), str(title))
        self.changed.emit()

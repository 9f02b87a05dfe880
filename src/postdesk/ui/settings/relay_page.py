"""Settings › Media relay: a guided setup of the S3-compatible bucket Threads fetches media from.

The creator picks their service (the form then says what to type where), enters endpoint,
region, bucket and access key (kept in the store) and the secret key (kept in the keyring), and
can "Test the relay": Postdesk uploads a small picture, fetches it back through the same kind of
short-lived link a network gets, deletes it, and says how each step went, in words.

Every store, keyring and network call runs on the background runner, never on the UI thread.
The page reaches them through `RelayServices`; `StoreRelayServices` is the real one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.core.relay_settings import URL_LIFETIME_S, RelayProblem, RelaySettings


@dataclass(frozen=True, slots=True)
class StoredRelayState:
    """What is kept: the settings, and whether a secret key is in the keyring."""

    settings: RelaySettings
    has_secret: bool

    @property
    def configured(self) -> bool:
        """Whether media can go through the relay (what the composer's `relay` flag should say)."""
        return self.settings.configured and self.has_secret


class RelayServices(Protocol):
    """What the page needs; every method blocks (the page runs them on the background runner)."""

    def load(self) -> StoredRelayState: ...

    def save(self, settings: RelaySettings, secret: str | None) -> None:
        """Keep the settings, and the secret key when one is given (None keeps the stored one)."""
        ...

    def forget(self) -> None:
        """Remove the relay: settings emptied, secret key deleted from the keyring."""
        ...

    def test(self, settings: RelaySettings, secret: str | None) -> list[Any]:
        """Run `platforms.s3_relay.check_relay_blocking` with these settings (secret None: the stored one)."""
        ...


class StoreRelayServices:
    """`RelayServices` over the store and the default vault.

    Args:
        database: the open database.
        vault: returns the token vault (`auth.vault.default_vault` by default).
    """

    def __init__(self, database: Any, vault: Callable[[], Any] | None = None) -> None:
        self._database = database
        if vault is None:
            from postdesk.auth.vault import default_vault

            vault = default_vault
        self._vault = vault

    def load(self) -> StoredRelayState:
        from postdesk.auth.errors import AuthError
        from postdesk.platforms.s3_relay import load_relay_settings

        settings = load_relay_settings(self._database)
        try:
            has_secret = bool(self._vault().load_relay_secret())
        except AuthError:
            has_secret = False
        return StoredRelayState(settings, has_secret)

    def save(self, settings: RelaySettings, secret: str | None) -> None:
        from postdesk.platforms.s3_relay import save_relay_settings

        if secret:
            self._vault().save_relay_secret(secret)
        save_relay_settings(self._database, settings)

    def forget(self) -> None:
        from postdesk.platforms.s3_relay import save_relay_settings

        self._vault().delete_relay_secret()
        save_relay_settings(self._database, RelaySettings())

    def test(self, settings: RelaySettings, secret: str | None) -> list[Any]:
        from postdesk.platforms.s3_relay import RelayError, RelayFailure, S3Relay, check_relay_blocking

        if not secret:
            secret = self._vault().load_relay_secret()
        if not secret:
            raise RelayError(RelayFailure.NO_SECRET)
        return check_relay_blocking(S3Relay(settings, secret))


def relay_configured_blocking(database: Any) -> bool:
    """Whether a relay is set up (settings complete and a secret key in the keyring); blocking.

    What the composer (`TargetPanel.set_publishing(relay=...)`) and the readiness watcher need at
    start-up; run it on the background runner. A locked keyring counts as not set up.
    """
    return StoreRelayServices(database).load().configured


#: Services the form knows: (id, endpoint example, region example, path-style).
_SERVICES: tuple[tuple[str, str, str, bool], ...] = (
    ("aws", "", "eu-central-1", False),
    ("r2", "https://<account id>.r2.cloudflarestorage.com", "auto", False),
    ("b2", "https://s3.<region>.backblazeb2.com", "us-west-004", False),
    ("wasabi", "https://s3.<region>.wasabisys.com", "eu-central-1", False),
    ("other", "https://s3.example.org", "us-east-1", True),
)


class RelayPage(QGroupBox):
    """The media relay's settings, with a guide and a test.

    Args:
        services: loads, saves and tests (blocking; run on `runner`).
        runner: the UI's `BackgroundRunner`.
        parent: the Qt parent.

    Signals:
        relay_changed(bool): the relay was saved or removed; True when one is set up now (the
            composer and the readiness watcher follow it).
    """

    relay_changed = Signal(bool)

    def __init__(self, services: RelayServices, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RelayPage")
        self.setTitle(self.tr("Media relay"))
        self._services = services
        self._runner = runner
        self._has_secret = False

        guide = QLabel(
            self.tr(
                "Threads, Instagram and Google Business Profile (and TikTok, for photo posts) take photos and "
                "videos only from a web address. Postdesk puts each file in storage you own (an S3-compatible "
                "bucket) just before posting, gives the network a private link that stops working after "
                "{minutes} minutes, and deletes the file as soon as the network has it. Create a bucket and an "
                "access key that may read, write and delete in it, then fill in the form."
            ).format(minutes=URL_LIFETIME_S // 60)
        )
        guide.setWordWrap(True)
        guide.setObjectName("Hint")

        self.service_box = QComboBox()
        self.service_box.setAccessibleName(self.tr("Storage service"))
        for service_id, label in (
            ("aws", self.tr("Amazon S3")),
            ("r2", self.tr("Cloudflare R2")),
            ("b2", self.tr("Backblaze B2")),
            ("wasabi", self.tr("Wasabi")),
            ("other", self.tr("Another S3-compatible service (MinIO, Garage …)")),
        ):
            self.service_box.addItem(label, service_id)
        self.service_box.currentIndexChanged.connect(self._service_chosen)

        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setAccessibleName(self.tr("Endpoint"))
        self.region_edit = QLineEdit()
        self.region_edit.setAccessibleName(self.tr("Region"))
        self.bucket_edit = QLineEdit()
        self.bucket_edit.setAccessibleName(self.tr("Bucket"))
        self.access_key_edit = QLineEdit()
        self.access_key_edit.setAccessibleName(self.tr("Access key ID"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("Secret access key"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.path_style_box = QCheckBox(
            self.tr("Put the bucket in the path (needed by MinIO, Garage and most self-hosted services)")
        )
        self.endpoint_hint = QLabel()
        self.endpoint_hint.setWordWrap(True)
        self.endpoint_hint.setObjectName("Hint")
        secret_hint = QLabel(self.tr("The secret key is kept in your system's keyring, never in Postdesk's files."))
        secret_hint.setWordWrap(True)
        secret_hint.setObjectName("Hint")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Ser&vice:"), self.service_box)
        form.addRow(self.tr("&Endpoint:"), self.endpoint_edit)
        form.addRow(self.endpoint_hint)
        form.addRow(self.tr("&Region:"), self.region_edit)
        form.addRow(self.tr("&Bucket:"), self.bucket_edit)
        form.addRow(self.tr("Access &key ID:"), self.access_key_edit)
        form.addRow(self.tr("Secret access ke&y:"), self.secret_edit)
        form.addRow(secret_hint)
        form.addRow(self.path_style_box)

        self.save_button = QPushButton(self.tr("&Save"))
        self.test_button = QPushButton(self.tr("Test the rel&ay"))
        self.forget_button = QPushButton(self.tr("Remove the relay"))
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test)
        self.forget_button.clicked.connect(self.forget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.forget_button)

        self.status_label = QLabel()
        self.status_label.setObjectName("RelayStatus")
        self.status_label.setWordWrap(True)
        self.report_label = QLabel()
        self.report_label.setObjectName("RelayReport")
        self.report_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(guide)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        layout.addWidget(self.report_label)
        self._service_chosen()
        self.reload()

    # -- state -----------------------------------------------------------------------------------

    def settings(self) -> RelaySettings:
        """The settings as typed in the form."""
        return RelaySettings.from_stored(
            {
                "endpoint": self.endpoint_edit.text(),
                "region": self.region_edit.text(),
                "bucket": self.bucket_edit.text(),
                "access_key_id": self.access_key_edit.text(),
                "path_style": self.path_style_box.isChecked(),
            }
        )

    def reload(self) -> None:
        """Read what is kept (off the UI thread) and show it."""
        self._runner.submit(self._services.load, on_done=self._show, on_error=self._failed, key="relay-load")

    def _show(self, state: StoredRelayState) -> None:
        s = state.settings
        self.endpoint_edit.setText(s.endpoint)
        self.region_edit.setText(s.region)
        self.bucket_edit.setText(s.bucket)
        self.access_key_edit.setText(s.access_key_id)
        self.path_style_box.setChecked(s.path_style)
        self._has_secret = state.has_secret
        self.secret_edit.clear()
        self.secret_edit.setPlaceholderText(
            self.tr("Kept in the keyring (type to replace it)") if state.has_secret else ""
        )
        if s.configured and state.has_secret:
            self.status_label.setText(
                self.tr("Set up: media for Threads goes through the bucket “{bucket}”.").format(bucket=s.bucket)
            )
        else:
            self.status_label.setText(self.tr("Not set up: posts to Threads can only be text."))

    def _service_chosen(self) -> None:
        service = self.service_box.currentData()
        for service_id, endpoint, region, path_style in _SERVICES:
            if service_id == service:
                self.endpoint_edit.setPlaceholderText(endpoint or self.tr("Leave empty for Amazon S3"))
                self.region_edit.setPlaceholderText(region)
                if not self.bucket_edit.text():
                    self.path_style_box.setChecked(path_style)
        hints = {
            "aws": self.tr("Leave the endpoint empty and give the bucket's region."),
            "r2": self.tr("Copy the S3 API address from the bucket's settings in Cloudflare; the region is “auto”."),
            "b2": self.tr("Use the bucket's S3 endpoint shown in Backblaze (it names the region)."),
            "wasabi": self.tr("Use the endpoint of the bucket's region, from Wasabi's list of service URLs."),
            "other": self.tr("Use the service's S3 address; most self-hosted services need the bucket in the path."),
        }
        self.endpoint_hint.setText(hints.get(service, ""))

    # -- actions -----------------------------------------------------------------------------------

    def _form_problem(self, settings: RelaySettings, *, need_secret: bool) -> str | None:
        problems = settings.problems()
        if problems:
            return self._problem_words(problems[0])
        if need_secret and not self.secret_edit.text() and not self._has_secret:
            return self.tr("Enter the secret access key.")
        return None

    def save(self) -> None:
        """Keep the form's settings (and the secret key, when one was typed)."""
        settings = self.settings()
        problem = self._form_problem(settings, need_secret=True)
        if problem:
            self.status_label.setText(problem)
            return
        secret = self.secret_edit.text() or None
        self.status_label.setText(self.tr("Saving…"))
        self._runner.submit(
            self._services.save,
            settings,
            secret,
            on_done=lambda _: self._saved(),
            on_error=self._failed,
            key="relay-save",
        )

    def _saved(self) -> None:
        self.relay_changed.emit(True)
        self.reload()

    def forget(self) -> None:
        """Remove the relay (settings and secret key)."""
        self._runner.submit(
            self._services.forget, on_done=lambda _: self._forgotten(), on_error=self._failed, key="relay-save"
        )

    def _forgotten(self) -> None:
        self.report_label.clear()
        self.relay_changed.emit(False)
        self.reload()

    def test(self) -> None:
        """Upload a small picture, fetch it through a short-lived link, delete it; report each step."""
        settings = self.settings()
        problem = self._form_problem(settings, need_secret=True)
        if problem:
            self.report_label.setText(problem)
            return
        self.test_button.setEnabled(False)
        self.report_label.setText(self.tr("Testing the relay…"))
        self._runner.submit(
            self._services.test,
            settings,
            self.secret_edit.text() or None,
            on_done=self._tested,
            on_error=self._test_failed,
            key="relay-test",
        )

    def _tested(self, steps: list[Any]) -> None:
        self.test_button.setEnabled(True)
        lines = [self._step_words(step) for step in steps]
        if steps and all(step.ok for step in steps) and len(steps) == 3:
            lines.append(self.tr("The relay works. Save it, and Threads posts can include photos and videos."))
        else:
            lines.append(self.tr("The relay does not work yet: fix what is said above and test again."))
        self.report_label.setText("\n".join(lines))

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if getattr(error, "code", None) is not None:  # an AuthError from the keyring
            self.report_label.setText(self._problem_words("relay_keyring_unavailable"))
            return
        self.report_label.setText(self._problem_words(str(getattr(error, "problem", "")) or "relay_refused"))

    def _failed(self, error: BaseException) -> None:
        code = getattr(getattr(error, "code", None), "value", "") or getattr(error, "problem", "")
        if str(code).startswith(("keyring", "vault")):
            self.status_label.setText(
                self.tr(
                    "The keyring is locked or missing, so the secret key cannot be "
                    "kept or read. Unlock it and try again."
                )
            )
        else:
            self.status_label.setText(self.tr("The relay settings could not be read or saved. Try again."))

    # -- words -----------------------------------------------------------------------------------

    def _step_words(self, step: Any) -> str:
        if step.ok:
            return {
                "upload": self.tr("✓ Uploaded a small test picture to the bucket."),
                "fetch": self.tr(
                    "✓ Fetched it back through a link that works for {minutes} minutes, as Threads will."
                ).format(minutes=URL_LIFETIME_S // 60),
                "delete": self.tr("✓ Deleted it again."),
            }.get(step.name, step.name)
        if step.name == "fetch" and step.problem == "relay_fetch_failed":
            return self.tr(
                "✗ Could not fetch it back through the link (the service answered {status}). Check "
                "the endpoint and the region."
            ).format(status=step.detail or "?")
        if step.name == "delete":
            return self.tr(
                "✗ Could not delete it: the access key needs permission to delete objects, or "
                "copies would stay in the bucket."
            )
        prefix = {
            "upload": self.tr("✗ Could not upload the test picture:"),
            "fetch": self.tr("✗ Could not fetch it back:"),
        }.get(step.name, "✗")
        return f"{prefix} {self._problem_words(step.problem, step.detail)}"

    def _problem_words(self, code: str, detail: str = "") -> str:
        words = {
            RelayProblem.ENDPOINT_INVALID: self.tr("The endpoint must be a web address starting with https://."),
            RelayProblem.ENDPOINT_NOT_HTTPS: self.tr(
                "Use an https:// endpoint: plain http would send your files and keys unprotected."
            ),
            RelayProblem.BUCKET_MISSING: self.tr("Enter the bucket's name."),
            RelayProblem.BUCKET_INVALID: self.tr(
                "A bucket name has 3 to 63 lower-case letters, digits, dots or hyphens."
            ),
            RelayProblem.REGION_INVALID: self.tr("The region is a short name such as us-east-1 or auto."),
            RelayProblem.ACCESS_KEY_MISSING: self.tr("Enter the access key ID."),
            "relay_unreachable": self.tr("the service did not answer. Check the endpoint and your connection."),
            "relay_busy": self.tr("the service is busy or failing right now. Try again in a minute."),
            "relay_no_bucket": self.tr("this bucket does not exist at this endpoint. Check its name and region."),
            "relay_key_refused": self.tr(
                "the service refused the access key. Check the key ID and the secret, "
                "and that the key may write to this bucket."
            ),
            "relay_no_secret": self.tr("Enter the secret access key."),
            "relay_keyring_unavailable": self.tr("the keyring is locked or missing, so the secret key cannot be read."),
            "relay_not_set_up": self.tr("Fill in the bucket and the access key first."),
        }
        found = words.get(code)
        if found:
            return found
        if detail:
            return self.tr("the service refused ({detail}).").format(detail=detail)
        return self.tr("the service refused.")

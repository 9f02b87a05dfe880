"""About Postdesk: the version, the license, and the third-party notices a shipped Qt app must carry.

The notices are the `THIRD_PARTY_NOTICES.txt` that the build writes into the package
(`packaging/build_assets.py`, from the installed packages' metadata); in a source checkout,
where no build ran, the same text is collected from the installed packages when the dialog opens.
Qt and Qt for Python are named first, with their license (LGPL-3.0), where their source is and
how to replace the Qt libraries, as the LGPL asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk import __version__, third_party
from postdesk.ui import assets, theme
from postdesk.ui.widgets.bidi import leading

SOURCE_URL = "https://github.com/postdesk/postdesk"
GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
LGPL_URL = "https://www.gnu.org/licenses/lgpl-3.0.html"


def load_notices() -> str:
    """The shipped notices, or (from a source checkout) the same text collected now."""
    shipped = third_party.shipped_notices()
    if shipped is not None:
        return shipped
    return third_party.collect(pyside_version, __version__)


class AboutDialog(QDialog):
    """Shows who made Postdesk, under which license, and what it is built from.

    Args:
        parent: the parent widget (the main window).
        notices: returns the third-party notices text (tests pass their own).
        app_license: Postdesk's license as pyproject.toml declares it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        notices: Callable[[], str] = load_notices,
        app_license: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Postdesk"))
        self.setAccessibleName(self.tr("About Postdesk"))
        license_name = app_license or third_party.app_license()

        icon = QLabel()
        icon.setPixmap(assets.tinted_pixmap("app", theme.ACCENT, 64, self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = QLabel(leading(self.tr("Postdesk {version}").format(version=__version__)))
        self.title.setObjectName("AboutTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        tagline = QLabel(
            self.tr("Draft, schedule and publish posts to your own social accounts, from your own computer.")
        )
        tagline.setWordWrap(True)
        self.license_label = QLabel(
            self.tr(
                "Postdesk is free software: you may share and change it under the terms of the "
                '<a href="{gpl_url}">GNU General Public License, version 3 or later</a> ({license}). '
                'Its <a href="{source_url}">source code</a> is public.'
            ).format(gpl_url=GPL_URL, license=license_name, source_url=SOURCE_URL)
        )
        self.license_label.setObjectName("AboutLicense")
        self.license_label.setWordWrap(True)
        self.license_label.setOpenExternalLinks(True)
        self.qt_label = QLabel(
            self.tr(
                "Built with Qt {qt_version} and Qt for Python (PySide6) {pyside_version}, used under the "
                '<a href="{lgpl_url}">GNU Lesser General Public License, version 3</a>. '
                "The notices below say where their source is and how to replace them."
            ).format(qt_version=qVersion(), pyside_version=pyside_version, lgpl_url=LGPL_URL)
        )
        self.qt_label.setObjectName("AboutQt")
        self.qt_label.setWordWrap(True)
        self.qt_label.setOpenExternalLinks(True)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(tagline)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        notices_label = QLabel(self.tr("&Third-party software in Postdesk:"))
        self.notices = QPlainTextEdit()
        self.notices.setObjectName("AboutNotices")
        self.notices.setAccessibleName(self.tr("Third-party notices"))
        self.notices.setReadOnly(True)
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setPlainText(notices())
        notices_label.setBuddy(self.notices)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy notices"))
        self.copy_button.setAccessibleName(self.tr("Copy the third-party notices"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.license_label)
        layout.addWidget(self.qt_label)
        layout.addWidget(notices_label)
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
        self.resize(820, 600)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.notices.toPlainText())


def show_about(parent: QWidget) -> AboutDialog:
    """Open the About dialog over `parent` (not modal) and return it; it deletes itself when closed."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def add_about_action(window: QMainWindow) -> QAction:
    """Add Help → About Postdesk to `window`'s menu bar (on macOS Qt moves it to the app menu); return it."""
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("AboutDialog", "&Help"))
    action = help_menu.addAction(QCoreApplication.translate("AboutDialog", "&About Postdesk"))
    action.setObjectName("AboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)
    action.triggered.connect(lambda: show_about(window))
    return action

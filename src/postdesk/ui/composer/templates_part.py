"""The composer's writing tools (issue 13, item 10): tags, snippets and hashtag groups, templates,
duplicate, and the "Always require alt text" rule the panels validate with.

`ComposerTools` is built by `pane_layout.build` (its buttons sit in the top row, the tags row under
the attachments) and gets its disk access from the app (`set_services`). Keys, while the composer
has focus: Ctrl+Shift+I opens the Insert menu at the text cursor; Ctrl+Shift+D duplicates the post.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from postdesk.store.repositories.composer_tools import HASHTAGS, NameTaken, Snippet, hashtags_of
from postdesk.ui.composer.media_choice_crop import NetworkCrops
from postdesk.ui.composer.parts_editor import PartEdit
from postdesk.ui.composer.snippets_dialog import SnippetsDialog, ToolsServices
from postdesk.ui.composer.tags_part import TagsPart
from postdesk.ui.composer.templates_dialog import TemplatesDialog

if TYPE_CHECKING:
    from postdesk.core.entities import Post
    from postdesk.ui.composer.view import ComposerPane


def insertion_text(snippet: Snippet, before: str) -> str:
    """What inserting `snippet` after the text `before` adds: a group's hashtags, spaced from the word before."""
    text = " ".join(hashtags_of(snippet.body)) if snippet.kind == HASHTAGS else snippet.body
    return (" " + text) if before and not before[-1].isspace() else text


class ComposerTools(QObject):
    """Tags, snippets, templates and duplicate for the open post.

    Attributes:
        tags: the tags row. settings_buttons: Settings' buttons to the managers (`settings_section`).
        insert_button / insert_menu: snippets and hashtag groups.
        more_button / more_menu: duplicate, templates, the snippet manager.
        snippets_dialog, templates_dialog, name_dialog: the open dialogs, if any.

    Signals:
        require_alt_text_changed(bool): the user's "Always require alt text" setting changed.
        tags_saved: a post's tags were stored (the calendar's tag filter reloads).
    """

    require_alt_text_changed = Signal(bool)
    tags_saved = Signal()

    def __init__(self, pane: ComposerPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._services: ToolsServices | None = None
        self._post_id: int | None = None
        self._snippets: list[Snippet] = []
        self.require_alt_text = False
        self._chips_followed = False
        self.crops = NetworkCrops(pane, lambda: self._services)  # "Crop for <network>…" (media_choice_crop)
        self._insert_into: PartEdit | None = None
        self.snippets_dialog: SnippetsDialog | None = None
        self.templates_dialog: TemplatesDialog | None = None
        self.name_dialog: QInputDialog | None = None
        self.settings_buttons: tuple[QPushButton, ...] = ()
        self.tags = TagsPart(pane)
        self.tags.edited.connect(self._tags_edited)
        self.insert_menu = QMenu(pane)
        self.insert_menu.setAccessibleName(self.tr("Insert a snippet or hashtag group"))
        self.insert_menu.aboutToShow.connect(self._fill_insert_menu)
        self.insert_button = self._button(
            self.tr("&Insert"), self.tr("Insert a snippet or hashtag group (Ctrl+Shift+I)")
        )
        self.insert_button.setMenu(self.insert_menu)
        self.more_menu = QMenu(pane)
        self.more_menu.setAccessibleName(self.tr("More for this post"))
        self.more_button = self._button(self.tr("M&ore"), self.tr("Duplicate, templates, snippets"))
        self.more_button.setMenu(self.more_menu)
        self.duplicate_action = self._action(self.tr("&Duplicate this post"), "Ctrl+Shift+D", self.duplicate)
        self.save_template_action = self._action(self.tr("Save as &template…"), None, self.ask_template_name)
        self.from_template_action = self._action(self.tr("New from t&emplate…"), None, self.open_templates)
        self.manage_snippets_action = self._action(
            self.tr("&Snippets and hashtag groups…"), None, self.open_snippets_dialog
        )
        for act in (self.duplicate_action, self.save_template_action, self.from_template_action):
            self.more_menu.addAction(act)
        self.more_menu.addSeparator()
        self.more_menu.addAction(self.manage_snippets_action)
        self.insert_action = self._action(self.tr("Insert snippet"), "Ctrl+Shift+I", self.popup_insert_menu)
        pane.post_saved.connect(self._on_saved)
        self._sync_enabled()

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self._pane)
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    def _action(self, text: str, keys: str | None, slot: object) -> QAction:
        act = QAction(text, self._pane)
        if keys:
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self._pane.addAction(act)
        act.triggered.connect(slot)
        return act

    # -- what the app tells -------------------------------------------------------------------

    def set_services(self, services: ToolsServices) -> None:
        """Reach the disk (tags, snippets, templates); reads what the menus offer."""
        self._services = services
        self._sync_enabled()
        self.reload()
        self.show_post(self._pane.state.post_id)

    def reload(self) -> None:
        """Read the tags in use and the snippets (on the worker)."""
        if self._services is not None:
            repo = self._services.repository
            self._services.runner.submit(repo.all_tags, on_done=self.tags.set_known, key="composer-tags-known")
            self._services.runner.submit(repo.snippets, on_done=self._set_snippets, key="composer-snippets")

    def set_require_alt_text(self, on: bool) -> None:
        """The user's "Always require alt text": every panel validates with it."""
        self.require_alt_text = on
        self.sync_panels()
        self.require_alt_text_changed.emit(on)
        self._pane.schedule_refresh()

    def sync_panels(self) -> None:
        """Tell every panel made so far what the tools tell panels (a chip or a loaded post may make one)."""
        for panel in self._pane.targets.panels().values():
            panel.media_choice.require_alt_text = self.require_alt_text
            self.crops.follow(panel, self._services is not None and self._services.media_library is not None)

    def _sync_enabled(self) -> None:
        ready = self._services is not None
        for act in (self.save_template_action, self.from_template_action, self.manage_snippets_action):
            act.setEnabled(ready)

    # -- tags ---------------------------------------------------------------------------------

    def show_post(self, post_id: int | None) -> None:
        """The pane shows another post (or a new one): show its tags (`Lifecycle.show` calls this)."""
        if not self._chips_followed:  # the chips exist once the pane shows a post
            self._pane.targets.chip_toggled.connect(lambda *_args: self.sync_panels())
            self._chips_followed = True
            # Made before the text (the buttons sit in the top row): once the pane has put the text
            # first, Tab reaches these after "New post" instead of before the text.
            QWidget.setTabOrder(self._pane.new_button, self.insert_button)
            QWidget.setTabOrder(self.insert_button, self.more_button)
            QWidget.setTabOrder(self.more_button, self.tags.edit)
        self.sync_panels()
        if post_id == self._post_id and post_id is not None:
            return
        self._post_id = post_id
        self.tags.set_tags([])
        self.crops.load_crops()
        self.reload()  # the tags in use may have changed elsewhere (the calendar, another post)
        if post_id is not None and self._services is not None:
            self._services.runner.submit(
                self._services.repository.post_tags,
                post_id,
                on_done=lambda tags: self._loaded_tags(post_id, tags),
                key="composer-post-tags",
            )

    def _loaded_tags(self, post_id: int, tags: Sequence[str]) -> None:
        if post_id == self._pane.state.post_id:
            self.tags.set_tags(tags)

    def _tags_edited(self, tags: list[str]) -> None:
        post_id = self._pane.state.post_id
        if post_id is None:
            self._pane.mark_changed()  # the first save stores them (`_on_saved`)
            return
        self._store_tags(post_id, tags)

    def _store_tags(self, post_id: int, tags: list[str]) -> None:
        if self._services is not None:
            self._services.runner.submit(
                self._services.repository.set_post_tags, post_id, tags, on_done=self._tags_stored
            )

    def _tags_stored(self, known: Sequence[str]) -> None:
        self.tags.set_known(known)
        self.tags_saved.emit()

    def _on_saved(self, post: Post) -> None:
        if self._post_id is None and post.id is not None:
            self._post_id = post.id
            if self.tags.tags():
                self._store_tags(post.id, self.tags.tags())

    # -- snippets -----------------------------------------------------------------------------

    def _set_snippets(self, snippets: Sequence[Snippet]) -> None:
        self._snippets = list(snippets)

    def snippets(self) -> list[Snippet]:
        """The snippets and hashtag groups the Insert menu offers."""
        return list(self._snippets)

    def _fill_insert_menu(self) -> None:
        self._insert_into = self._target_edit()  # the text being written, before the menu takes focus
        menu = self.insert_menu
        menu.clear()
        for kind, heading in ((None, self.tr("Snippets")), (HASHTAGS, self.tr("Hashtag groups"))):
            chosen = [s for s in self._snippets if (s.kind == HASHTAGS) == (kind == HASHTAGS)]
            if chosen:
                menu.addSection(heading)
            for s in chosen:
                act = menu.addAction(s.name.replace("&", "&&"))
                act.setToolTip(s.body)
                act.triggered.connect(lambda _c=False, s=s: self.insert(s))
        if not self._snippets:
            empty = menu.addAction(self.tr("No snippets yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.manage_snippets_action)

    def popup_insert_menu(self) -> None:
        """Open the Insert menu at the text cursor (Ctrl+Shift+I)."""
        self._fill_insert_menu()
        edit = self._insert_into or self._target_edit()
        rect = edit.cursorRect()
        self.insert_menu.popup(edit.viewport().mapToGlobal(rect.bottomLeft()))

    def _target_edit(self) -> PartEdit:
        focus = QApplication.focusWidget()
        if isinstance(focus, PartEdit) and self._pane.isAncestorOf(focus) and not focus.isReadOnly():
            return focus
        editor = self._pane.base_editor
        return editor.editor(max(0, editor.current_part()))

    def insert(self, snippet: Snippet) -> None:
        """Insert a snippet (or a group's hashtags) at the cursor of the text being written."""
        edit = self._insert_into or self._target_edit()
        self._insert_into = None
        cursor = edit.textCursor()
        block_text = cursor.block().text()[: cursor.positionInBlock()]
        cursor.insertText(insertion_text(snippet, block_text))
        edit.setTextCursor(cursor)
        edit.setFocus()

    def open_snippets_dialog(self) -> SnippetsDialog | None:
        """Open the snippets and hashtag groups manager (not blocking)."""
        if self._services is None:
            return None
        dialog = SnippetsDialog(self._services, self._pane)
        dialog.changed.connect(self.reload)
        self.snippets_dialog = dialog
        dialog.open()
        return dialog

    # -- duplicate and templates --------------------------------------------------------------

    def duplicate(self) -> None:
        """Save what is being written, then copy the post as a new unscheduled draft and open it."""
        pane = self._pane
        if pane.is_loaded and (pane.state.post_id is not None or pane.state.touched):
            pane.run_after_save(pane.duplicate_as_new)

    def ask_template_name(self) -> None:
        """Ask the template's name, then save the post as a template."""
        dialog = QInputDialog(self._pane)
        dialog.setWindowTitle(self.tr("Save as template"))
        dialog.setLabelText(self.tr("Template &name:"))
        dialog.textValueSelected.connect(self.save_as_template)
        self.name_dialog = dialog
        dialog.open()

    def save_as_template(self, name: str) -> None:
        """Keep the post's text, networks, accounts, options and tags (not its time) as a template."""
        if self._services is None or not name.strip():
            return
        self._services.runner.submit(
            self._services.repository.save_template,
            name.strip(),
            self._pane.current_post(),
            self.tags.tags(),
            self._services.now(),
            on_done=lambda _id: self._pane.set_status(self.tr("Saved as the template “{name}”.").format(name=name)),
            on_error=self._template_failed,
        )

    def _template_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NameTaken):
            self._pane.set_status(self.tr("A template with that name exists: pick another name."))
        else:
            self._pane.set_status(self.tr("The template could not be saved. Try again in a moment."))

    def open_templates(self) -> TemplatesDialog | None:
        """Open the templates list (new post from one, rename, delete)."""
        if self._services is None:
            return None
        dialog = TemplatesDialog(self._services, self._pane)
        dialog.chosen.connect(self.new_from_template)
        self.templates_dialog = dialog
        dialog.open()
        return dialog

    def new_from_template(self, template_id: int) -> None:
        """Save what is being written, store a new draft made from the template, and open it."""
        services = self._services
        if services is None:
            return

        def make() -> None:
            services.runner.submit(
                services.repository.new_post_from_template,
                template_id,
                services.now(),
                on_done=self._pane.lifecycle.on_duplicated,
                on_error=self._template_failed,
            )

        self._pane.run_after_save(make)


def settings_section(tools: ComposerTools) -> QGroupBox:
    """Settings' "Writing" group: the snippet and template managers, reachable outside the composer."""
    group = QGroupBox(QCoreApplication.translate("ComposerTools", "Writing"))
    group.setAccessibleName(QCoreApplication.translate("ComposerTools", "Writing tools"))
    row = QHBoxLayout(group)
    snippets = QPushButton(QCoreApplication.translate("ComposerTools", "S&nippets and hashtag groups…"), group)
    snippets.setAccessibleName(QCoreApplication.translate("ComposerTools", "Manage snippets and hashtag groups"))
    snippets.clicked.connect(tools.open_snippets_dialog)
    templates = QPushButton(QCoreApplication.translate("ComposerTools", "Tem&plates…"), group)
    templates.setAccessibleName(QCoreApplication.translate("ComposerTools", "Manage templates"))
    templates.clicked.connect(tools.open_templates)
    row.addWidget(snippets)
    row.addWidget(templates)
    row.addStretch(1)
    tools.settings_buttons = (snippets, templates)
    return group

"""The composer's writing tools through the real window (issue 13, item 10): post tags (and the
calendar's tag filter), snippets and hashtag groups, templates, duplicate, "Always require alt text"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from postdesk.core.entities import TargetState
from postdesk.store.repositories.calendar import CalendarRepository
from postdesk.store.repositories.composer_tools import HASHTAGS, SNIPPET, ComposerToolsRepository, Snippet
from postdesk.store.repositories.posts import PostRepository
from postdesk.ui.composer.templates_part import insertion_text
from tests.ui.test_engine_reach import NOW, calendar_of, make, open_in_composer, seed  # noqa: F401 (fixture)

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "systemTrayWindowChanged", "does not support raise", "grabbing the keyboard"
)


def tools_of(composer):
    return composer.tools


def test_tags_typed_in_the_composer_are_stored_and_the_calendar_filters_by_them(make, qtbot) -> None:
    b = make()
    tagged, _ = seed(b, TargetState.SCHEDULED, text="Launch day")
    other, _ = seed(b, TargetState.SCHEDULED, text="Something else")
    CalendarRepository(b.database).set_tags(other, ["tour"])
    composer = open_in_composer(b, qtbot, tagged)
    tools = tools_of(composer)
    qtbot.waitUntil(lambda: "tour" in tools.tags.completer.model().stringList(), timeout=10_000)
    tools.tags.edit.setFocus()
    qtbot.keyClicks(tools.tags.edit, "launch, #spring")
    tools.tags.edit.editingFinished.emit()
    qtbot.waitUntil(
        lambda: ComposerToolsRepository(b.database).post_tags(tagged) == ["launch", "spring"], timeout=10_000
    )
    calendar = calendar_of(b, qtbot)
    qtbot.waitUntil(lambda: "launch" in calendar._shown.tags, timeout=10_000)
    calendar.toolbar.rebuild_filter_menu(calendar._shown.accounts, calendar._shown.tags)
    action = calendar.toolbar.filter_menu.findChild(QAction, "filter:tags:launch")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: [e.post_id for e in calendar.entries()] == [tagged], timeout=10_000)
    # Reopening shows the stored tags; a completion from the tags in use replaces the word typed.
    composer.new_post()
    qtbot.waitUntil(lambda: composer.state.post_id is None and tools.tags.tags() == [], timeout=10_000)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        composer.open_post(tagged)
    qtbot.waitUntil(lambda: tools.tags.tags() == ["launch", "spring"], timeout=10_000)
    tools.tags.edit.setText("launch, to")
    tools.tags.edit.setCursorPosition(len("launch, to"))
    tools.tags.completer.activated.emit("tour")
    assert tools.tags.tags() == ["launch", "tour"]


def test_a_new_posts_tags_are_stored_with_its_first_save(make, qtbot) -> None:
    b = make()
    composer = b.window.pane("composer")
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    tools = tools_of(composer)
    tools.tags.edit.setText("idea")
    tools.tags.edit.editingFinished.emit()
    qtbot.keyClicks(composer.base_editor.editor(0), "A thought")
    composer.flush_draft()
    qtbot.waitUntil(lambda: composer.state.post_id is not None, timeout=10_000)
    post_id = composer.state.post_id
    qtbot.waitUntil(lambda: ComposerToolsRepository(b.database).post_tags(post_id) == ["idea"], timeout=10_000)


def test_snippets_and_hashtag_groups_are_managed_and_inserted_at_the_cursor(make, qtbot) -> None:
    b = make()
    post_id, _ = seed(b, TargetState.DRAFT, at=None, text="Hello")
    composer = open_in_composer(b, qtbot, post_id)
    tools = tools_of(composer)
    dialog = tools.open_snippets_dialog()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(SNIPPET))
    dialog.name_edit.setText("Sign-off")
    dialog.body_edit.setPlainText("Thanks for reading!")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)  # Enter saves (Save is the default button)
    qtbot.waitUntil(lambda: len(dialog.items()) == 1, timeout=10_000)
    dialog.start_new()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(HASHTAGS))
    dialog.name_edit.setText("Travel")
    dialog.body_edit.setPlainText("travel, #food citybreak")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: len(dialog.items()) == 2, timeout=10_000)
    # Editing keeps one row; a second of the same kind and name is refused in words.
    dialog.list.setCurrentRow(0)
    dialog.start_new()
    dialog.name_edit.setText("Sign-off")
    dialog.body_edit.setPlainText("Again")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "already has that name" in dialog.message.text(), timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: len(tools.snippets()) == 2, timeout=10_000)

    editor = composer.base_editor.editor(0)
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(len("Hello"))
    editor.setTextCursor(cursor)
    tools._fill_insert_menu()
    names = [a.text() for a in tools.insert_menu.actions() if not a.isSeparator()]
    assert "Sign-off" in names and "Travel" in names
    travel = next(a for a in tools.insert_menu.actions() if a.text() == "Travel")
    before = composer.panel(composer.selected_networks()[0]).counter.text()
    travel.trigger()
    assert composer.base_editor.parts()[0] == "Hello #travel #food #citybreak"
    composer.refresh_now()
    assert composer.panel(composer.selected_networks()[0]).counter.text() != before
    # The keyboard path: Ctrl+Shift+I opens the same menu at the cursor.
    b.window.show()
    b.window.show_pane("composer")
    b.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is b.window, timeout=10_000)
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tools.insert_menu.isVisible(), timeout=10_000)
    tools.insert_menu.close()
    # Deleting from the manager removes it from the menu.
    dialog = tools.open_snippets_dialog()
    qtbot.waitUntil(lambda: len(dialog.items()) == 2, timeout=10_000)
    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: len(tools.snippets()) == 1, timeout=10_000)
    dialog.close()


def test_insertion_text_spaces_from_the_word_before() -> None:
    group = Snippet(1, HASHTAGS, "g", "#a b, a")
    assert insertion_text(group, "word") == " #a #b"
    assert insertion_text(group, "word ") == "#a #b"
    assert insertion_text(Snippet(2, SNIPPET, "s", "Hi"), "") == "Hi"


def test_save_as_template_then_new_from_template_rename_and_delete(make, qtbot) -> None:
    b = make()
    post_id, _ = seed(b, TargetState.SCHEDULED, text="Weekly update", options={"spoiler_text": "cw"})
    CalendarRepository(b.database).set_tags(post_id, ["weekly"])
    composer = open_in_composer(b, qtbot, post_id)
    tools = tools_of(composer)
    qtbot.waitUntil(lambda: tools.tags.tags() == ["weekly"], timeout=10_000)
    tools.save_template_action.trigger()
    tools.name_dialog.setTextValue("Weekly")
    tools.name_dialog.accept()
    repo = ComposerToolsRepository(b.database)
    qtbot.waitUntil(lambda: [t.name for t in repo.templates()] == ["Weekly"], timeout=10_000)
    dialog = tools.open_templates()
    qtbot.waitUntil(lambda: len(dialog.items()) == 1, timeout=10_000)
    dialog.ask_rename()
    dialog.rename_dialog.setTextValue("Weekly news")
    dialog.rename_dialog.accept()
    qtbot.waitUntil(lambda: [t.name for t in dialog.items()] == ["Weekly news"], timeout=10_000)
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        dialog.use_button.click()
    new_id = composer.state.post_id
    assert new_id not in (None, post_id)
    made = PostRepository(b.database).get(new_id)
    original = PostRepository(b.database).get(post_id)
    assert made.parts == ("Weekly update",) and made.scheduled_at is None
    assert [(t.network, t.account_id, t.options.get("spoiler_text")) for t in made.targets] == [
        (t.network, t.account_id, "cw") for t in original.targets
    ]
    assert all(t.state is TargetState.DRAFT for t in made.targets)
    qtbot.waitUntil(lambda: tools.tags.tags() == ["weekly"], timeout=10_000)
    dialog = tools.open_templates()
    qtbot.waitUntil(lambda: len(dialog.items()) == 1, timeout=10_000)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: dialog.items() == [], timeout=10_000)
    assert repo.templates() == []


def test_duplicate_from_the_composer_makes_an_unscheduled_draft_with_the_same_content(make, qtbot) -> None:
    b = make()
    post_id, _ = seed(b, TargetState.PUBLISHED, text="Went out", remote=("111", "https://example.social/@me/111"))
    composer = open_in_composer(b, qtbot, post_id)
    tools = tools_of(composer)
    assert tools.duplicate_action.shortcut().toString() == "Ctrl+Shift+D"
    with qtbot.waitSignal(composer.post_opened, timeout=10_000):
        tools.duplicate_action.trigger()
    copy = PostRepository(b.database).get(composer.state.post_id)
    assert copy.id != post_id and copy.parts == ("Went out",) and copy.scheduled_at is None
    assert [t.state for t in copy.targets] == [TargetState.DRAFT]
    assert [(d.remote_url, d.frozen) for d in PostRepository(b.database).deliveries(copy.id)] == [(None, None)]


def test_settings_reach_the_managers(make, qtbot) -> None:
    b = make()
    tools = b.window.pane("composer").tools
    snippets, templates = tools.settings_buttons
    assert snippets.accessibleName() and templates.accessibleName()
    snippets.click()
    assert tools.snippets_dialog is not None and tools.snippets_dialog.isVisible()
    tools.snippets_dialog.close()
    templates.click()
    assert tools.templates_dialog is not None and tools.templates_dialog.isVisible()
    tools.templates_dialog.close()


def test_the_tools_are_reached_by_tab_after_new_post_and_have_names(make, qtbot) -> None:
    b = make()
    composer = b.window.pane("composer")
    qtbot.waitUntil(lambda: composer.is_loaded, timeout=10_000)
    tools = tools_of(composer)
    chain, widget = [], composer.new_button
    for _ in range(6):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert chain[:3] == [tools.insert_button, tools.more_button, tools.tags.edit]
    for widget in (tools.insert_button, tools.more_button, tools.tags.edit):
        assert widget.accessibleName()
    assert [a.text() for a in tools.more_menu.actions() if not a.isSeparator()] == [
        "&Duplicate this post",
        "Save as &template…",
        "New from t&emplate…",
        "&Snippets and hashtag groups…",
    ]

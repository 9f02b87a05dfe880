"""The first comment: where it is offered, its counter, and "Comment on <network>…" after publishing."""

from __future__ import annotations

from typing import Any

from postdesk.core.entities import Post
from postdesk.core.networks import Network
from postdesk.core.validation import ProblemCode
from postdesk.platforms.capabilities import SupportsFirstComment, network_supports
from postdesk.ui.composer.first_comment_sent import CommentDialog
from postdesk.ui.composer.service_types import AccountChoice
from postdesk.ui.composer.target_panel import TargetPanel


def test_the_field_is_offered_exactly_where_the_adapter_posts_a_first_comment(qtbot):
    for network in Network:
        panel = TargetPanel(network)
        qtbot.addWidget(panel)
        has = panel.opts.first_comment is not None
        assert has is network_supports(network, SupportsFirstComment), network
        if has:
            assert panel.opts.first_comment.edit.accessibleName() == f"First comment on {panel.style_.name}"


def test_a_mastodon_comment_counts_against_the_servers_own_limit(qtbot):
    panel = TargetPanel(Network.MASTODON)
    qtbot.addWidget(panel)
    account = AccountChoice(3, "mastodon", "@me@big.social", handle="@me@big.social", max_characters=1000)
    panel.set_accounts([account])
    panel.account_combo.setCurrentIndex(panel.account_model.row_of(3))
    panel.opts.first_comment.edit.setPlainText("a" * 600)
    post = Post(parts=("Hello",), targets=(panel.target(),))
    codes = {p.code for p in panel.evaluate(post, {}).problems}
    assert ProblemCode.FIRST_COMMENT_TOO_LONG not in codes
    assert panel.opts.first_comment.counter.text() == "600 / 1000"
    panel.opts.first_comment.edit.setPlainText("a" * 1001)
    post = Post(parts=("Hello",), targets=(panel.target(),))
    assert ProblemCode.FIRST_COMMENT_TOO_LONG in {p.code for p in panel.evaluate(post, {}).problems}


class Calls:
    def __init__(self) -> None:
        self.sent: list[tuple[int, str]] = []
        self.fail = False

    def comment(self, target_id: int, text: str, *, on_done: Any = None, on_error: Any = None) -> None:
        self.sent.append((target_id, text))
        if self.fail:
            on_error(RuntimeError("engine stopped"))
        else:
            on_done(7)


def test_the_comment_dialog_refuses_what_the_network_would_and_says_what_happened(qtbot):
    calls = Calls()
    dialog = CommentDialog(calls, 12, Network.BLUESKY)
    qtbot.addWidget(dialog)
    assert not dialog.post_button.isEnabled()
    dialog.comment.edit.setPlainText("a" * 301)  # Bluesky: 300 graphemes
    assert not dialog.post_button.isEnabled()
    assert dialog.comment.counter.text() == "301 / 300"
    dialog.comment.edit.setPlainText("Thanks all")
    calls.fail = True
    dialog.post_button.click()
    assert calls.sent == [(12, "Thanks all")]
    assert "could not queue" in dialog.result_label.text() and dialog.post_button.isEnabled()
    calls.fail = False
    dialog.post_button.click()
    assert calls.sent[-1] == (12, "Thanks all")
    assert "on its way to Bluesky" in dialog.result_label.text()
    assert not dialog.post_button.isVisibleTo(dialog)

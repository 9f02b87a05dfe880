"""The composer's item models pass Qt's model tester, and the pure helpers do what they say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from postdesk.core.media_info import MediaInfo, MediaKind
from postdesk.ui.composer.models import (
    ACCOUNT_ROLE,
    AccountListModel,
    MediaStripModel,
    ProblemListModel,
    ProblemRow,
)
from postdesk.ui.composer.preview import link_domain, paragraph_direction, render_html
from postdesk.ui.composer.services import AttachedMedia
from postdesk.ui.widgets.image_grid import grid_cells
from tests.ui.composer.test_composer_fakes import account, image

# QPixmap thumbnails need the application object.
pytestmark = pytest.mark.usefixtures("qapp")


def _media(asset_id: int, alt: str = "") -> AttachedMedia:
    info = MediaInfo(asset_id, MediaKind.IMAGE, "image/png", 10, 10, 100, None, alt)
    return AttachedMedia(info=info, image=image(), name=f"{asset_id}.png")


def test_problem_model(qtmodeltester):
    model = ProblemListModel()
    model.set_problems([ProblemRow("warn", "warning"), ProblemRow("bad", "error", 1)])
    qtmodeltester.check(model, force_py=True)
    assert [model.index(i, 0).data() for i in range(2)] == ["bad", "warn"]
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Error: bad"
    model.set_problems([])
    qtmodeltester.check(model, force_py=True)


def test_media_model_edits_alt_text(qtmodeltester):
    model = MediaStripModel()
    model.set_items([_media(1), _media(2, "a cat")])
    model.append([_media(2), _media(3)])  # 2 is already attached
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.setData(model.index(0, 0), "a dog")
    assert model.items()[0].info.alt_text == "a dog"
    assert not model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).isNull()
    model.remove(1)
    assert [m.info.asset_id for m in model.items()] == [1, 3]
    qtmodeltester.check(model, force_py=True)


def test_account_model(qtmodeltester):
    model = AccountListModel()
    model.set_accounts([account(4, "bluesky", "me.bsky.social")])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.index(0, 0).data(ACCOUNT_ROLE) is None
    assert model.index(1, 0).data(ACCOUNT_ROLE) == 4
    assert model.row_of(4) == 1 and model.row_of(99) == 0


def test_render_html_colours_entities_and_escapes():
    class E:
        def __init__(self, start, end):
            self.start, self.end = start, end

    html = render_html("<b>hi</b> #tag", [E(10, 14)], "#123456")
    assert "&lt;b&gt;" in html
    assert '<span style="color:#123456;">#tag</span>' in html
    assert paragraph_direction("123 שלום") == "rtl"
    assert paragraph_direction("... hello") == "ltr"
    assert link_domain("www.example.org/path") == "example.org"


def test_grid_cells_layouts():
    assert len(grid_cells(1, 100, 50, 2)) == 1
    three = grid_cells(3, 100, 50, 2)
    assert three[0].height() == 50 and three[1].height() == 24
    assert len(grid_cells(7, 100, 50, 2)) == 4

"""The cheap head-revision constant, and opening an up-to-date database without Alembic."""

from __future__ import annotations

import subprocess
import sys

from postdesk.paths import Paths
from postdesk.store.db import head_revision, open_database
from postdesk.store.migrations import HEAD_REVISION


def test_head_revision_constant_matches_alembic() -> None:
    assert head_revision() == HEAD_REVISION


def test_an_up_to_date_database_opens_without_importing_alembic(paths: Paths) -> None:
    open_database(paths).close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from postdesk.paths import Paths\n"
        "from postdesk.store.db import open_database\n"
        f"paths = Paths(Path({str(paths.base)!r}))\n"
        "db = open_database(paths)\n"
        "print(db.migration.from_revision, db.migration.backup)\n"
        "db.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.splitlines() == [f"{HEAD_REVISION} None", "[]"]

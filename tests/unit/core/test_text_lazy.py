"""twitter-text is loaded on first use, not when `postdesk.core` is imported."""

from __future__ import annotations

import subprocess
import sys

_PROBE = (
    "import sys\n"
    "import postdesk.core.text, postdesk.core.richtext\n"
    "def loaded():\n"
    "    return any(m.split('.')[0] == 'twitter_text' for m in sys.modules)\n"
    "print(loaded())\n"
    "{action}\n"
    "print(loaded())\n"
)


def _probe(action: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE.format(action=action)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.split()


def test_importing_core_text_does_not_load_twitter_text() -> None:
    assert _probe("postdesk.core.text.measure('no url here', 'bluesky')") == ["False", "False"]


def test_warm_up_loads_it() -> None:
    assert _probe("postdesk.core.text.warm_up()") == ["False", "True"]


def test_first_x_measure_loads_it() -> None:
    assert _probe("print(postdesk.core.text.measure('hi https://example.com', 'x').length)") == [
        "False",
        "26",  # "hi " plus a URL counted as 23
        "True",
    ]

"""Start at login: the XDG entry for real in a temp dir; macOS and Windows by what they write."""

from __future__ import annotations

import configparser
import plistlib
from pathlib import Path

from postdesk.engine.autostart import (
    APP_ID,
    RUN_KEY,
    RUN_VALUE,
    LaunchAgent,
    WindowsRunKey,
    XdgAutostart,
    for_platform,
)

CMD = ["/opt/Post Desk/bin/python", "-m", "postdesk", "--minimized"]


def test_xdg_enable_disable_round_trip(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    auto = for_platform("linux", home=tmp_path, command=CMD)
    assert isinstance(auto, XdgAutostart)
    assert not auto.is_enabled()
    auto.enable()
    path = tmp_path / "cfg" / "autostart" / f"{APP_ID}.desktop"
    assert path.is_file() and auto.is_enabled()
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment]
    entry.read(path)
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == '"/opt/Post Desk/bin/python" -m postdesk --minimized'
    auto.enable()  # idempotent
    auto.disable()
    assert not path.exists() and not auto.is_enabled()
    auto.disable()  # disabling twice is fine


def test_xdg_respects_a_user_disabled_entry(tmp_path: Path) -> None:
    auto = XdgAutostart(tmp_path, CMD)
    auto.enable()
    auto.path.write_text(auto.path.read_text() + "Hidden=true\n")
    assert not auto.is_enabled()


def test_launch_agent_plist(tmp_path: Path) -> None:
    auto = for_platform("darwin", home=tmp_path, command=CMD)
    assert isinstance(auto, LaunchAgent)
    auto.enable()
    data = plistlib.loads((tmp_path / "Library/LaunchAgents" / f"{APP_ID}.plist").read_bytes())
    assert data == {"Label": APP_ID, "ProgramArguments": CMD, "RunAtLoad": True, "ProcessType": "Interactive"}
    auto.disable()
    assert not auto.is_enabled()


class FakeWinreg:
    """Just enough of `winreg` to see what the Run-key code writes."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    KEY_QUERY_VALUE = 1
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], tuple[int, str]] = {}

    class _Key:
        def __init__(self, root: str, path: str) -> None:
            self.root, self.path = root, path

        def __enter__(self):
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    def CreateKeyEx(self, root, path, reserved, access):
        return self._Key(root, path)

    def OpenKey(self, root, path, reserved, access):
        return self._Key(root, path)

    def SetValueEx(self, key, name, reserved, kind, value):
        self.values[(key.root, key.path, name)] = (kind, value)

    def QueryValueEx(self, key, name):
        try:
            return self.values[(key.root, key.path, name)]
        except KeyError:
            raise FileNotFoundError(name) from None

    def DeleteValue(self, key, name):
        if self.values.pop((key.root, key.path, name), None) is None:
            raise FileNotFoundError(name)


def test_windows_run_key() -> None:
    reg = FakeWinreg()
    auto = WindowsRunKey(CMD, winreg=reg)
    assert not auto.is_enabled()
    auto.enable()
    assert reg.values == {("HKCU", RUN_KEY, RUN_VALUE): (1, '"/opt/Post Desk/bin/python" -m postdesk --minimized')}
    assert auto.is_enabled()
    auto.disable()
    auto.disable()
    assert not auto.is_enabled()
    assert for_platform("win32", command=CMD).describe()["key"].endswith(RUN_KEY)

"""Start Postdesk at login, by each OS's own mechanism.

- Linux and other XDG desktops: a `.desktop` file in `$XDG_CONFIG_HOME/autostart/`
  (XDG Autostart specification).
- macOS: a LaunchAgent property list in `~/Library/LaunchAgents/` with `RunAtLoad`.
- Windows: a value under `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`.

Each mechanism is a small class with `enable`, `disable`, `is_enabled` and `describe` (what it
would write, so the Windows and macOS ones can be checked on any machine). Nothing here runs at
import time; the base directory and the registry module are injected for tests.
"""

from __future__ import annotations

import os
import plistlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

#: The reverse-DNS id the .desktop file, AppStream metainfo and macOS bundle use (packaging/linux).
APP_ID = "org.postdesk.Postdesk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "Postdesk"
#: The flag the app is started with at login (starts minimised to the tray).
TRAY_FLAG = "--minimized"


def default_command() -> list[str]:
    """The command that starts this installation of Postdesk, minimised to the tray."""
    appimage = os.environ.get("APPIMAGE")
    if appimage:  # inside an AppImage, sys.executable lives in a mount that goes away at exit
        return [appimage, TRAY_FLAG]
    if getattr(sys, "frozen", False):  # a packaged build: the executable itself
        return [sys.executable, TRAY_FLAG]
    return [sys.executable, "-m", "postdesk", TRAY_FLAG]


class Autostart(Protocol):
    """One OS's start-at-login mechanism."""

    def enable(self) -> None:
        """Start Postdesk at login from now on."""
        ...

    def disable(self) -> None:
        """Stop starting Postdesk at login (nothing happens if it was not enabled)."""
        ...

    def is_enabled(self) -> bool:
        """Whether Postdesk starts at login."""
        ...

    def describe(self) -> dict[str, Any]:
        """Where and what `enable` writes."""
        ...


@dataclass
class XdgAutostart:
    """XDG autostart `.desktop` entry.

    Attributes:
        config_home: `$XDG_CONFIG_HOME` (default `~/.config`).
        command: the command line to run.
    """

    config_home: Path
    command: Sequence[str]

    @property
    def path(self) -> Path:
        return self.config_home / "autostart" / f"{APP_ID}.desktop"

    def content(self) -> str:
        exec_line = " ".join(_desktop_quote(arg) for arg in self.command)
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Postdesk\n"
            "Comment=Publish scheduled posts\n"
            f"Exec={exec_line}\n"
            "Icon=postdesk\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(self.content(), encoding="utf-8")
        os.replace(tmp, self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        if not self.path.is_file():
            return False
        # The user may have disabled it in their session settings without deleting it.
        text = self.path.read_text(encoding="utf-8")
        return "Hidden=true" not in text and "X-GNOME-Autostart-enabled=false" not in text

    def describe(self) -> dict[str, Any]:
        return {"path": str(self.path), "content": self.content()}


@dataclass
class LaunchAgent:
    """macOS LaunchAgent.

    Attributes:
        home: the user's home directory.
        command: the command line to run.
    """

    home: Path
    command: Sequence[str]

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def plist(self) -> dict[str, Any]:
        return {
            "Label": APP_ID,
            "ProgramArguments": list(self.command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(plistlib.dumps(self.plist()))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def describe(self) -> dict[str, Any]:
        return {"path": str(self.path), "plist": self.plist()}


@dataclass
class WindowsRunKey:
    """Windows per-user Run registry value.

    Attributes:
        command: the command line to run.
        winreg: the `winreg` module (injected so the logic can be tested elsewhere).
    """

    command: Sequence[str]
    winreg: Any = None

    def _reg(self) -> Any:
        if self.winreg is None:
            import winreg  # only exists on Windows

            self.winreg = winreg
        return self.winreg

    def value(self) -> str:
        return _windows_cmdline(self.command)

    def enable(self) -> None:
        reg = self._reg()
        with reg.CreateKeyEx(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, self.value())

    def disable(self) -> None:
        reg = self._reg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
                reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            pass

    def is_enabled(self) -> bool:
        reg = self._reg()
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_QUERY_VALUE) as key:
                reg.QueryValueEx(key, RUN_VALUE)
        except FileNotFoundError:
            return False
        return True

    def describe(self) -> dict[str, Any]:
        return {"key": f"HKEY_CURRENT_USER\\{RUN_KEY}", "name": RUN_VALUE, "value": self.value()}


def for_platform(
    platform: str | None = None, *, home: Path | None = None, command: Sequence[str] | None = None
) -> Autostart:
    """The mechanism for `platform` (default: this one)."""
    platform = platform or sys.platform
    home = home or Path.home()
    command = list(command or default_command())
    if platform.startswith("win"):
        return WindowsRunKey(command)
    if platform == "darwin":
        return LaunchAgent(home, command)
    config_home = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return XdgAutostart(config_home, command)


def _desktop_quote(arg: str) -> str:
    # Desktop Entry spec, "The Exec key": reserved characters force double quotes, inside
    # which `"`, `` ` ``, `$` and `\` are backslash-escaped; `%` is doubled.
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def _windows_cmdline(args: Sequence[str]) -> str:
    import subprocess

    return subprocess.list2cmdline(list(args))

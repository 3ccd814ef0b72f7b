"""The README documents every command and ARCHITECTURE.md names every module."""
from __future__ import annotations

import re
from pathlib import Path

import typer

from diplometer.cli import app

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "diplometer"


def commands() -> list[str]:
    return sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_commands_found() -> None:
    assert {"ingest", "export", "events", "actors", "demo"} <= set(commands())


def test_every_command_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [name for name in commands() if not re.search(rf"diplometer\s+{re.escape(name)}\b", readme)]
    assert not missing, f"README.md never shows `diplometer <name>` for: {missing}"


def test_every_module_in_architecture() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    modules = sorted(p.name for p in PACKAGE.glob("*.py") if not p.name.startswith("_"))
    assert "cli.py" in modules
    missing = [name for name in modules if not re.search(rf"\b{re.escape(name)}\b", text)]
    assert not missing, f"ARCHITECTURE.md does not name: {missing}"


def test_architecture_commands_exist() -> None:
    """The command list in ARCHITECTURE.md's diagram names only real commands."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("cli.py:"))
    listed = [name.strip() for name in line.split(":", 1)[1].split("·")]
    unknown = [name for name in listed if name not in commands()]
    assert not unknown, f"ARCHITECTURE.md lists commands that cli.app does not register: {unknown}"

"""The README's set-up commands and .ci/run stay in step."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _ci_test_command() -> str:
    match = re.search(r"^TEST_COMMAND='(.+)'$", (ROOT / ".ci" / "run").read_text(), re.M)
    assert match is not None
    return match.group(1)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs, word for word, the test command the README gives."""
    readme_lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert _ci_test_command() in readme_lines


def test_readme_has_two_setup_commands() -> None:
    """The README's set-up section holds exactly two commands: main job and tests."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```console\n(.+?)\n```", setup, re.S)
    assert 2 == len(commands)
    assert "rusaz summary" in commands[0]
    assert "pytest" in commands[1]

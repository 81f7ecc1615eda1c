"""The README documents every command, and CI runs exactly the README's test command."""

import re

import pytest
from click.testing import CliRunner

from timeline.cli import main

COMMANDS = sorted(main.commands)


def _set_up_commands(readme: str) -> list[str]:
    section = readme.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.S)


def test_docs_readme_starts_with_exactly_two_set_up_commands(project_root):
    readme = (project_root / "README.md").read_text()
    commands = _set_up_commands(readme)
    assert len(commands) == 2
    assert all("\n" not in command for command in commands)
    assert commands[0].endswith("timeline serve")
    assert "pytest" in commands[1]
    assert readme.index("## Set up") < readme.index("\n## ", readme.index("## Set up") + 1)


def test_docs_ci_runs_the_readme_test_command(project_root):
    test_command = _set_up_commands((project_root / "README.md").read_text())[1]
    ci_lines = (project_root / ".ci" / "run").read_text().splitlines()
    assert test_command in ci_lines


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_has_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help, f"{command} has no help text"


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_appears_in_the_readme(project_root, command):
    assert f"timeline {command}" in (project_root / "README.md").read_text()

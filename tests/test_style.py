"""The code keeps the style configured in pyproject.toml (ruff check and ruff format)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

RUFF = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_style_ruff_passes(project_root, command):
    result = subprocess.run([RUFF, *command, "."], cwd=project_root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

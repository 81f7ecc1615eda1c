import ast
import subprocess
import sys
from pathlib import Path

import pytest

import timeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", timeline.__all__)
def test_public_api_every_name_in_all_loads(name):
    assert getattr(timeline, name) is not None


def test_public_api_unknown_names_raise_attribute_error():
    with pytest.raises(AttributeError):
        timeline.no_such_thing  # noqa: B018


def test_public_api_importing_the_package_loads_no_stage():
    code = (
        "import sys, timeline; print(sorted(m for m in sys.modules if m.startswith('timeline.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"


def test_public_api_dashboard_imports_only_the_library_api():
    """The dashboard takes from timeline only what `timeline.__all__` names."""
    imported: list[tuple[str, str, str]] = []
    for module in sorted((ROOT / "dashboard").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("timeline"):
                imported += [(module.name, node.module, alias.name) for alias in node.names]
            elif isinstance(node, ast.Import):
                imported += [
                    (module.name, alias.name, "*")
                    for alias in node.names
                    if alias.name.startswith("timeline")
                ]
    assert imported, "the dashboard uses the library"
    outside = [i for i in imported if i[1] != "timeline" or i[2] not in timeline.__all__]
    assert outside == []


def test_public_api_library_never_imports_the_dashboard_at_import_time():
    code = "import sys, timeline, timeline.cli; print('dashboard' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"


def test_public_api_a_command_imports_only_its_own_module():
    code = (
        "import sys\n"
        "from timeline.cli import main\n"
        "try:\n"
        f"    main(['validate', {str(ROOT / 'events.yaml')!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[1] for m in sys.modules if m.startswith('timeline.')}))\n"
        "heavy = ('timeline.extraction.', 'timeline.view.export', 'plotly', 'dateparser', 'dash')\n"
        "print(any(m.startswith(heavy) for m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[-1] == "False", run.stdout


def test_public_api_every_command_is_found_by_name():
    from click import Context

    from timeline.cli import main
    from timeline.cli.app import COMMAND_MODULES

    context = Context(main)
    commands = {name: main.get_command(context, name) for name in main.list_commands(context)}
    assert all(commands.values()) and set(commands) == set(COMMAND_MODULES)
    assert set(main.commands) == set(COMMAND_MODULES)  # no module registers one unlisted

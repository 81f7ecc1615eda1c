import importlib
import subprocess
import sys

import pytest

import timeline


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
    dashboard = importlib.import_module("dashboard")
    assert callable(dashboard.create_app)

"""The benchmark corpora stay well formed: every gold evidence verbatim, every document listed."""

import subprocess
import sys
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus"


@pytest.mark.parametrize("corpus", sorted(p.name for p in CORPUS.iterdir() if p.is_dir()))
def test_corpora_gold_and_manifest_check(corpus):
    script = CORPUS / corpus / "check_gold.py"
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.rstrip().endswith("OK")

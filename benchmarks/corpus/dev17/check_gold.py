"""Check the dev17 corpus with the shared checker (benchmarks/corpus/check_gold.py).

Run from anywhere, with an interpreter that has PyYAML and pypdf (four documents are PDFs):
    .venv/bin/python benchmarks/corpus/dev17/check_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_gold import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, splits=("dev",), prefix="af", strict=True))

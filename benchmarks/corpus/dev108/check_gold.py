"""Check the dev108 corpus with the shared checker (benchmarks/corpus/check_gold.py).

Run from anywhere, with the project's interpreter (a PDF's text layer is read with pypdf):
    /work/main/.venv/bin/python benchmarks/corpus/dev108/check_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_gold import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, splits=("dev",), prefix="dt", strict=True))

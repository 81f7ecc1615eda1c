"""Check the dev20 corpus with the shared checker (benchmarks/corpus/check_gold.py).

Run from anywhere:  python3 benchmarks/corpus/dev20/check_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_gold import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run(HERE, splits=("dev",), prefix="aj", strict=True))

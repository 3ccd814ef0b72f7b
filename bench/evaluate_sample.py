"""Score diplometer on the built-in sample corpus against its hand-made gold file.

    python bench/evaluate_sample.py [--scorer ../shared/eval/score.py] [--verbose]

Ingests the sample into a temporary database, exports JSON Lines and runs the shared scorer.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from diplometer.sample import sample_dir, sample_gold

HERE = Path(__file__).resolve().parent
DEFAULT_SCORER = HERE.parent.parent / "shared" / "eval" / "score.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not args.scorer.exists():
        print(f"no scorer at {args.scorer}; nothing to do")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db, pred = f"sqlite:///{tmp}/sample.db", f"{tmp}/sample.jsonl"
        run = [sys.executable, "-m", "diplometer"]
        subprocess.run(run + ["ingest", str(sample_dir()), "--db", db], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(run + ["export", "--db", db, "-o", pred], check=True)
        cmd = [sys.executable, str(args.scorer), "--gold", str(sample_gold()), "--pred", pred]
        return subprocess.run(cmd + (["--verbose"] if args.verbose else []), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

"""Score diplometer against a gold file in the shape of ../shared/eval/gold/seeds.json.

    python bench/evaluate.py                                   # the built-in sample and its gold
    python bench/evaluate.py --articles DIR --gold GOLD.json    # any articles and their gold
    python bench/evaluate.py --pred EXPORT.jsonl --gold GOLD.json
    [--scorer ../shared/eval/score.py] [--verbose]

Articles are ingested into a temporary database and exported as JSON Lines; the shared
scorer (standard library only) prints the event, fact and actor scores.
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


def export_of(articles: Path, tmp: str) -> str:
    db, pred = f"sqlite:///{tmp}/eval.db", f"{tmp}/eval.jsonl"
    run = [sys.executable, "-m", "diplometer"]
    subprocess.run(run + ["ingest", str(articles), "--db", db], check=False, stdout=subprocess.DEVNULL)
    subprocess.run(run + ["export", "--db", db, "-o", pred], check=True)
    return pred


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=None, help="articles to ingest (default: the sample)")
    parser.add_argument("--pred", type=Path, default=None, help="an existing export to score instead")
    parser.add_argument("--gold", type=Path, default=None, help="gold file (default: the sample's)")
    parser.add_argument("--scorer", type=Path, default=DEFAULT_SCORER)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not args.scorer.exists():
        print(f"no scorer at {args.scorer}; nothing to do")
        return 0
    gold = args.gold or sample_gold()
    with tempfile.TemporaryDirectory() as tmp:
        pred = str(args.pred) if args.pred else export_of(args.articles or sample_dir(), tmp)
        cmd = [sys.executable, str(args.scorer), "--gold", str(gold), "--pred", pred]
        return subprocess.run(cmd + (["--verbose"] if args.verbose else []), check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

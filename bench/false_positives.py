"""Events found in real wire copy that is mostly not about foreign affairs: a false-positive proxy.

    python bench/false_positives.py [--n 1500] [--list] [--model] [--corpus ../shared/bench/reuters-20k.jsonl.gz]

Reads the first `--n` articles of the benchmark corpus (business, markets and general news),
extracts them without the statistical model (rules only, so the run takes seconds), and prints
how many events were coded, per PLOVER category and per 1,000 articles. Most of these articles
hold no diplomatic event, so a rise after a rule change is worth reading with `--list`, which
prints each event's category, rule, trigger and the start of its sentence. `--model` runs the
spaCy model too (slower), which is what `diplometer ingest` does when the model is installed.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from diplometer.pipeline import extract_all
from diplometer.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "reuters-20k.jsonl.gz"


def articles(path: Path, n: int) -> list[Article]:
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i >= n:
                break
            row = json.loads(line)
            day = row.get("date")
            out.append(Article(id=str(row.get("id", i)), text=row.get("text") or "", title=row.get("title"),
                               date=date.fromisoformat(day[:10]) if day else None))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1500, help="articles to read from the start of the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--list", action="store_true", help="print every event found")
    parser.add_argument("--model", action="store_true", help="run the spaCy model as ingest does")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: no such corpus; give --corpus PATH", file=sys.stderr)
        return 2
    batch = articles(args.corpus, args.n)
    counts: Counter[str] = Counter()
    nlp = None
    if args.model:
        from diplometer.nlp import load_model
        nlp = load_model()
    for extraction in extract_all(batch, nlp):
        for event in extraction.events:
            counts[event.plover or "NONE"] += 1
            if args.list:
                print(f"{event.plover:9s} {event.rule:28s} {event.trigger!r:40.40s} {event.source.text[:120]!r}")
    total = sum(counts.values())
    print(f"{total} events in {len(batch)} articles ({1000 * total / max(1, len(batch)):.0f} per 1,000): "
          + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

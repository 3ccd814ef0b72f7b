"""Throughput of `diplometer ingest` against bare spaCy `nlp.pipe`, measured in one run.

    python bench/ingest.py [--n 300] [--corpus ../shared/bench/reuters-20k.jsonl.gz] [--memory 10000]

Both sides get the same real articles (the first N of the benchmark corpus). The bare side
runs the full default pipeline of the same model; diplometer's side is the whole ingest
(read, extract, store in SQLite). Model loading is outside both timings. With --memory N,
`diplometer ingest` also runs as a child process over N articles and its peak RSS is printed.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

from diplometer.ingest import ingest
from diplometer.nlp import MODEL_NAMES, load_model
from diplometer.store import Store

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "bench" / "reuters-20k.jsonl.gz"


def sample(corpus: Path, n: int, dest: Path) -> list[str]:
    texts = []
    with gzip.open(corpus, "rt", encoding="utf-8") as src, dest.open("w", encoding="utf-8") as out:
        for line in itertools.islice(src, n):
            out.write(line)
            texts.append(json.loads(line)["text"])
    return texts


def bare_spacy(texts: list[str]) -> float:
    nlp = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    assert nlp is not None, "no spaCy model installed"
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - start


def diplometer_ingest(path: Path, db: Path) -> float:
    nlp = load_model()
    with Store.open(str(db)) as store:
        start = time.perf_counter()
        summary = ingest([str(path)], store, nlp)
        elapsed = time.perf_counter() - start
    assert summary.ok, summary.rejected[:3]
    return elapsed


def peak_memory(corpus: Path, n: int, tmp: Path) -> float:
    path = tmp / "memory.jsonl"
    sample(corpus, n, path)
    subprocess.run([sys.executable, "-m", "diplometer", "ingest", str(path), "--db", str(tmp / "memory.db")],
                   check=True, stdout=subprocess.DEVNULL)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB -> MiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--memory", type=int, default=0, help="also measure peak RSS of ingest over N articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        texts = sample(args.corpus, args.n, tmp / "sample.jsonl")
        words = sum(len(t.split()) for t in texts)
        ours = diplometer_ingest(tmp / "sample.jsonl", tmp / "bench.db")
        bare = bare_spacy(texts)
        print(f"articles {len(texts)}, words {words}")
        print(f"bare spaCy nlp.pipe: {len(texts) / bare:8.1f} docs/s ({words / bare:,.0f} words/s)")
        print(f"diplometer ingest:   {len(texts) / ours:8.1f} docs/s ({words / ours:,.0f} words/s)")
        print(f"ratio diplometer/bare: {bare / ours:.2f} (target >= 0.7)")
        if args.memory:
            print(f"peak RSS of diplometer ingest over {args.memory} articles: "
                  f"{peak_memory(args.corpus, args.memory, tmp):.0f} MiB (target < 1024)")


if __name__ == "__main__":
    main()

"""Scale-out benchmark, every figure measured in this one run.

    python bench/scale.py [--real 400] [--synthetic 2000] [--pg URL] [--corpus ../shared/bench/reuters-20k.jsonl.gz]

Prints:
  1. documents/s of diplometer in one process vs bare spaCy `nlp.pipe` (same model, same
     real articles from the benchmark corpus), and the ratio;
  2. documents/s with Dask on 1 and on 2 single-threaded workers (LocalCluster, model loaded
     on every worker before timing) over `--synthetic` generated articles, the speed-up, each
     worker's peak memory, and whether both databases and the single-process one are the same
     (`Store.fingerprint()`);
  3. the bulk-load rate of the writer (shards into SQLite, and into PostgreSQL with --pg or
     $DIPLOMETER_TEST_PG_URL);
  4. an extrapolation: measured per-core rate x cores for 1M and 100M articles, beside the
     ceiling of one writer.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import ingest as bench_ingest  # bench/ingest.py: the same sampling and bare-spaCy timing
import synth

from diplometer.engines import Dask
from diplometer.ingest import ingest, ingest_sharded
from diplometer.nlp import load_model
from diplometer.shards import read_shard
from diplometer.store import Store, drop_tables


def single_process(articles: Path, workdir: Path) -> tuple[float, str]:
    nlp = load_model()
    with Store.open(str(workdir / f"single-{articles.stem}.db")) as store:
        start = time.perf_counter()
        summary = ingest([str(articles)], store, nlp)
        elapsed = time.perf_counter() - start
        assert summary.ok, summary.rejected[:3]
        return elapsed, store.fingerprint()


def on_dask(articles: Path, workdir: Path, workers: int, keep: Path | None = None) -> tuple[float, str, dict]:
    engine = Dask(workers)
    try:
        engine.run_on_workers(load_model)  # model loading is outside the timing, as on the bare side
        with Store.open(str(workdir / f"dask{workers}.db")) as store:
            start = time.perf_counter()
            summary = ingest_sharded([str(articles)], store, engine, keep or workdir / f"shards{workers}",
                                     batch_docs=32, keep_shards=keep is not None)
            elapsed = time.perf_counter() - start
            assert summary.ok, summary.rejected[:3]
            return elapsed, store.fingerprint(), summary.worker_peak_mib
    finally:
        engine.close()


def bulk_load(shard_dir: Path, url: str) -> tuple[float, int]:
    shards = sorted(shard_dir.glob("*.parquet"))
    pairs = [pair for path in shards for pair in read_shard(path)]
    with Store.open(url) as store:
        start = time.perf_counter()
        for i in range(0, len(pairs), 32):
            store.save_many(pairs[i:i + 32])
        return time.perf_counter() - start, len(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=int, default=400, help="real articles for the single-process comparison")
    parser.add_argument("--synthetic", type=int, default=2000, help="generated articles for the Dask runs")
    parser.add_argument("--corpus", type=Path, default=bench_ingest.DEFAULT_CORPUS)
    parser.add_argument("--pg", default=os.environ.get("DIPLOMETER_TEST_PG_URL"),
                        help="a throw-away PostgreSQL database for the bulk-load rate (its tables are dropped)")
    args = parser.parse_args()
    cores = os.cpu_count() or 1

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"machine: {cores} cores; python {sys.version.split()[0]}")

        real = work / "real.jsonl"
        texts = bench_ingest.sample(args.corpus, args.real, real)
        bare = bench_ingest.bare_spacy(texts)
        ours, _ = single_process(real, work)
        print(f"1. single process, {len(texts)} real articles: diplometer {len(texts) / ours:.1f} docs/s, "
              f"bare spaCy {len(texts) / bare:.1f} docs/s, ratio {bare / ours:.2f} (>= 0.7 is the target)")

        synthetic = work / "synthetic.jsonl"
        with synthetic.open("w", encoding="utf-8") as out:
            for item in synth.generate(args.synthetic):
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
        one_s, single_print = single_process(synthetic, work)
        d1, print1, _ = on_dask(synthetic, work, 1)
        kept = work / "kept-shards"
        d2, print2, peaks = on_dask(synthetic, work, 2, keep=kept)
        n = args.synthetic
        print(f"2. {n} synthetic articles: one process {n / one_s:.1f} docs/s; Dask 1 worker {n / d1:.1f} docs/s, "
              f"2 workers {n / d2:.1f} docs/s; speed-up 2 vs 1 worker {d1 / d2:.2f} (target >= 1.7)")
        print("   peak memory per worker: " + ", ".join(f"{w} {m:.0f} MiB" for w, m in sorted(peaks.items())))
        def same(a: str, b: str) -> str:
            return "yes" if a == b else "NO"
        print(f"   same database as one process: 1 Dask worker {same(single_print, print1)}, "
              f"2 Dask workers {same(single_print, print2)}")

        load_s, docs = bulk_load(kept, f"sqlite:///{work}/load.db")
        line = f"3. bulk load of {docs} extracted documents: SQLite {docs / load_s:.0f} docs/s"
        pg_rate = None
        if args.pg:
            drop_tables(args.pg)
            pg_s, _ = bulk_load(kept, args.pg)
            pg_rate = docs / pg_s
            line += f", PostgreSQL {pg_rate:.0f} docs/s"
        else:
            line += " (PostgreSQL: give --pg URL)"
        print(line)

        per_core = n / d2 / 2
        writer = min(docs / load_s, pg_rate or float("inf"))
        print(f"4. extrapolation from {per_core:.1f} docs/s per core (2-worker run), one writer at {writer:.0f} docs/s:")
        print(f"   {'cores':>6} {'docs/s':>9} {'1M articles':>12} {'100M articles':>14}")
        for c in (2, 16, 64, 256, 1024):
            rate = min(per_core * c, writer)
            capped = " (writer-bound)" if per_core * c > writer else ""
            print(f"   {c:>6} {rate:>9.0f} {1e6 / rate / 3600:>10.1f} h {1e8 / rate / 3600:>12.1f} h{capped}")


if __name__ == "__main__":
    main()

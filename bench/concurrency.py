"""Reads under writes: the API serves clients while `diplometer ingest` keeps writing.

    python bench/concurrency.py [--seconds 300] [--clients 20] [--batch 20] [--db URL]

A store (SQLite in a temporary folder, or --db, e.g. a throw-away PostgreSQL database whose
tables are dropped first) starts with 40 generated articles. `uvicorn` serves the API on
loopback; a writer process runs `diplometer ingest` on new batches of generated articles for
the whole time; `--clients` concurrent clients read /api/health, /api/events, /api/timeline
and /api/documents. Printed, all measured in this run:
  - requests, server errors (5xx) and other failures per route, p50/p95 latency;
  - torn reads: a client seeing the document count go down, or an event page naming a
    document that the API then cannot find (documents are only ever added here);
  - lost writes: documents the writer reported stored that are not in the store, and the
    API's final count against the store's.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import api_load  # bench/api_load.py: free port, server command, readiness wait, percentiles
import httpx
import synth

from diplometer.store import Store, drop_tables

ROUTES = {"health": "/api/health", "events": "/api/events?limit=50", "timeline": "/api/timeline",
          "documents": "/api/documents?limit=20"}


def write_batch(folder: Path, start: int, size: int) -> Path:
    path = folder / f"batch-{start:07d}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for item in synth.generate(start + size, seed=3):
            if int(item["id"].split("-")[1]) >= start:
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def ingest(db: str, path: Path) -> None:
    subprocess.run([sys.executable, "-m", "diplometer", "ingest", str(path), "--db", db, "--no-ner"],
                   check=True, capture_output=True)


async def writer(db: str, folder: Path, batch: int, stop: asyncio.Event, written: list[int]) -> None:
    start = written[0]
    while not stop.is_set():
        path = await asyncio.to_thread(write_batch, folder, start, batch)
        await asyncio.to_thread(ingest, db, path)
        start += batch
        written[0] = start


async def reader(base: str, client: httpx.AsyncClient, stop: asyncio.Event, stats: dict, rng: random.Random) -> None:
    last_count = 0
    while not stop.is_set():
        name = rng.choice(list(ROUTES))
        started = time.perf_counter()
        try:
            response = await client.get(base + ROUTES[name])
        except httpx.HTTPError as exc:
            stats["failures"].append(f"{name}: {type(exc).__name__}")
            continue
        stats["latency"].setdefault(name, []).append(time.perf_counter() - started)
        if response.status_code >= 500:
            stats["5xx"].append(f"{name}: {response.status_code}")
            continue
        if response.status_code != 200:
            stats["failures"].append(f"{name}: {response.status_code}")
            continue
        body = response.json()
        if name == "health":
            if body["documents"] < last_count:
                stats["torn"].append(f"document count went from {last_count} to {body['documents']}")
            last_count = body["documents"]
        elif name == "events" and body["items"]:
            event = rng.choice(body["items"])
            document = event["sources"][0]["document"]
            found = await client.get(f"{base}/api/documents/{document}")
            if found.status_code != 200:
                stats["torn"].append(f"event {event['id']} names document {document}: {found.status_code}")


async def run(db: str, seconds: float, clients: int, batch: int, work: Path) -> dict:
    port = api_load.free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-c", api_load.SERVER, db, str(port)], env=os.environ.copy())
    stats: dict = {"latency": {}, "5xx": [], "failures": [], "torn": []}
    written = [40]
    try:
        await api_load.wait_ready(base, 120)
        stop = asyncio.Event()
        limits = httpx.Limits(max_connections=clients)
        async with httpx.AsyncClient(timeout=60, limits=limits) as client:
            rng = random.Random(5)
            tasks = [asyncio.create_task(reader(base, client, stop, stats, random.Random(rng.random())))
                     for _ in range(clients)]
            write_task = asyncio.create_task(writer(db, work, batch, stop, written))
            await asyncio.sleep(seconds)
            stop.set()
            await asyncio.gather(*tasks)
            await write_task
            await asyncio.sleep(2.5)  # the API notices the last write within its check interval
            stats["api_documents"] = (await client.get(base + ROUTES["health"])).json()["documents"]
    finally:
        server.terminate()
        server.wait(timeout=30)
    with Store.open(db) as store:
        stats["stored"] = store.count("documents")
    stats["written"] = written[0]
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--db", help="store URL (its tables are dropped first); default a temporary SQLite file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = args.db or str(work / "c.db")
        if args.db:
            drop_tables(db)
        ingest(db, write_batch(work, 0, 40))
        stats = asyncio.run(run(db, args.seconds, args.clients, args.batch, work))
    total = sum(len(v) for v in stats["latency"].values())
    print(f"{args.seconds:.0f} s, {args.clients} clients, writer ingesting batches of {args.batch}: {total} requests")
    for name, values in sorted(stats["latency"].items()):
        print(f"  {name:9} {len(values):>6} requests  p50 {api_load.percentile(values, 0.5) * 1000:7.0f} ms  "
              f"p95 {api_load.percentile(values, 0.95) * 1000:7.0f} ms")
    print(f"server errors (5xx): {len(stats['5xx'])}; other failures: {len(stats['failures'])}; "
          f"torn reads: {len(stats['torn'])}")
    for line in (stats["5xx"] + stats["failures"] + stats["torn"])[:10]:
        print("  " + line)
    lost = stats["written"] - stats["stored"]
    print(f"documents written {stats['written']}, stored {stats['stored']}, lost writes {lost}; "
          f"the API's final count {stats['api_documents']}")
    failed = stats["5xx"] or stats["torn"] or lost or stats["api_documents"] != stats["stored"]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

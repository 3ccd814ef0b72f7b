"""Load test of the REST API: synthetic store, uvicorn in a subprocess, N concurrent httpx clients.

    .venv/bin/python bench/api_load.py --events 20000 --clients 50 --requests 2000 --seconds 60

Fills a fresh SQLite store with `--events` synthetic events (written as Extractions straight
through `Store.save`, about ten per document), starts `uvicorn` on 127.0.0.1 at a free port,
waits for /api/health (which also builds the cached record), then drives `--clients`
concurrent clients against /api/events?limit=50&country=... and /api/timeline until
`--requests` requests were sent or `--seconds` passed, and prints p50/p95/p99 latency and
error counts per route. The server is always stopped at the end.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

from diplometer.records import ActorRef, Article, Event, Extraction, Mention, Source, When
from diplometer.store import Store, content_hash

HOME = "VNM"
PARTNERS = ("LAO", "KHM", "CHN", "JPN", "KOR", "USA", "RUS", "IND", "AUS", "FRA", "DEU", "GBR", "THA", "IDN",
            "MYS", "SGP", "PHL", "MMR", "BRN", "CUB", "BRA", "ZAF", "EGY", "TUR", "ITA", "CAN", "NZL", "MNG",
            "KAZ", "UZB", "ARE", "SAU", "ISR", "POL", "HUN", "CZE", "NLD", "BEL", "ESP", "PRT", "MEX", "ARG",
            "CHL", "NGA", "KEN", "ETH", "MOZ", "AGO", "DZA", "MAR")
KINDS = (("visit", "CONSULT", "040"), ("meeting", "CONSULT", "040"), ("phone_call", "CONSULT", "040"),
         ("agreement", "SUPPORT", "057"), ("aid", "AID", "070"), ("message", "SUPPORT", "051"))
PILLARS = ("state", "party", "people")
EVENTS_PER_DOC = 10


def _event(rng: random.Random, doc_id: str, text: str, start: int, day: date, serial: int) -> tuple[Event, list[Mention]]:
    partner = rng.choice(PARTNERS)
    kind, plover, cameo = rng.choice(KINDS)
    home = ActorRef(f"person:minister {serial % 97}", f"Minister {serial % 97}", HOME)
    other = ActorRef(f"country:{partner}", partner, partner)
    sentence = f"Minister {serial % 97} held a {kind} with {partner} on {day.isoformat()} (item {serial})."
    offset = start
    event = Event(type=kind, plover=plover, cameo=cameo, mode=None, actors=(home,), counterparts=(other,),
                  date=When(day, day, "day", day.isoformat()), source=Source(doc_id, offset, offset + len(sentence), sentence),
                  trigger=kind, rule="synthetic", confidence=0.8, pillar=rng.choice(PILLARS))
    mentions = [Mention(offset, offset + 11, f"Minister {serial % 97}", home.key, home.name, "person", HOME, "Minister"),
                Mention(offset + sentence.index(partner), offset + sentence.index(partner) + 3, partner, other.key,
                        partner, "country", partner)]
    return event, mentions


def fill(db: str, n_events: int, seed: int = 7) -> int:
    """Write `n_events` synthetic events (all distinct, so none merge) into a store; returns documents."""
    rng = random.Random(seed)
    first = date(2015, 1, 1)
    docs = 0
    with Store.open(db) as store:
        for base in range(0, n_events, EVENTS_PER_DOC):
            doc_id = f"syn-{base // EVENTS_PER_DOC:07d}"
            day = first + timedelta(days=rng.randrange(3650))
            text, events, mentions = "", [], []
            for serial in range(base, min(base + EVENTS_PER_DOC, n_events)):
                event, found = _event(rng, doc_id, text, len(text), day + timedelta(days=serial - base), serial)
                text += event.source.text + " "
                events.append(event)
                mentions += found
            article = Article(id=doc_id, text=text, date=day, title=f"Synthetic {doc_id}", source="SYN")
            store.save(Extraction(article=article, mentions=mentions, events=events), content_hash(article))
            docs += 1
    return docs


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SERVER = """
import sys, uvicorn
from diplometer.api import create_app
uvicorn.run(create_app(sys.argv[1], use_ner=False), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


async def wait_ready(base: str, timeout: float) -> float:
    """Seconds until /api/health answers (it builds the cached record on first call)."""
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=timeout) as client:
        while time.perf_counter() - started < timeout:
            try:
                if (await client.get(f"{base}/api/health")).status_code == 200:
                    return time.perf_counter() - started
            except httpx.TransportError:
                await asyncio.sleep(0.2)
    raise TimeoutError(f"server not ready after {timeout:.0f} s")


async def drive(base: str, clients: int, requests: int, seconds: float) -> dict[str, list]:
    """Run `clients` workers until `requests` were sent or `seconds` passed."""
    results: dict[str, list] = {"events": [], "timeline": []}
    errors: dict[str, int] = {"events": 0, "timeline": 0}
    deadline = time.perf_counter() + seconds
    sent = 0
    rng = random.Random(1)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal sent
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            if rng.random() < 0.7:
                offset = rng.randrange(0, 200, 50)
                route, url = "events", f"{base}/api/events?limit=50&country={rng.choice(PARTNERS)}&offset={offset}"
            else:
                route, url = "timeline", f"{base}/api/timeline?country={rng.choice(PARTNERS)}"
            started = time.perf_counter()
            try:
                response = await client.get(url)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            results[route].append(time.perf_counter() - started)
            errors[route] += not ok

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    return {route: [results[route], errors[route]] for route in results}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=3000, help="stop after this many requests")
    parser.add_argument("--seconds", type=float, default=60, help="stop after this long")
    parser.add_argument("--ready-timeout", type=float, default=600, help="seconds to wait for the first record build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.db")
        started = time.perf_counter()
        docs = fill(db, args.events)
        print(f"filled {args.events} events in {docs} documents in {time.perf_counter() - started:.1f} s")
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, db, str(port)], env=os.environ.copy())
        base = f"http://127.0.0.1:{port}"
        try:
            ready = asyncio.run(wait_ready(base, args.ready_timeout))
            print(f"server ready (record built) after {ready:.1f} s")
            started = time.perf_counter()
            out = asyncio.run(drive(base, args.clients, args.requests, args.seconds))
            elapsed = time.perf_counter() - started
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    total = sum(len(times) for times, _ in out.values())
    print(f"{total} requests from {args.clients} clients in {elapsed:.1f} s ({total / elapsed:.0f} req/s)")
    for route, (times, errors) in out.items():
        ms = [t * 1000 for t in times]
        print(f"{route:9s} n={len(ms):5d} errors={errors:3d} p50={percentile(ms, .5):7.1f} ms "
              f"p95={percentile(ms, .95):7.1f} ms p99={percentile(ms, .99):7.1f} ms "
              f"mean={statistics.fmean(ms) if ms else float('nan'):7.1f} ms")
    return 1 if any(errors for _, errors in out.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Load test of the REST API: synthetic store, uvicorn in a subprocess, concurrent httpx clients.

    .venv/bin/python bench/api_load.py --events 1000000 --db /tmp/api-1m.db --clients 1 10 50 --seconds 60

Fills a SQLite store with `--events` synthetic events (written as Extractions straight through
`Store.save_many`, ten per document; an existing `--db` is reused as it is), starts `uvicorn`
on 127.0.0.1 at a free port, waits for /api/health (which builds the event index on first
use; the build time is printed), then for each number of `--clients` drives that many
concurrent closed-loop clients for `--seconds` (or `--requests`) and prints p50/p95/p99
latency, requests per second and errors per route. The routes asked for:

- events: a filtered, paginated page: a partner country (with an offset up to 200), a
  partner and a type, or a date range and a PLOVER category;
- timeline: the monthly timeline of a partner, of a type, or of everything.

Closed-loop clients wait for each answer before asking again, so at N clients the mean
latency is N divided by the throughput (Little's law): the latency of one request is the
figure at 1 client, and what the server does under N users is the figure at N. The server
is always stopped at the end.
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
    batch: list[tuple[Extraction, str]] = []
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
            batch.append((Extraction(article=article, mentions=mentions, events=events), content_hash(article)))
            docs += 1
            if len(batch) >= 500:
                store.save_many(batch)
                batch = []
        if batch:
            store.save_many(batch)
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


def request_url(base: str, rng: random.Random) -> tuple[str, str]:
    """One request of the mix: (route, url)."""
    kinds = [k[0] for k in KINDS]
    roll = rng.random()
    if roll < 0.45:
        return "events", f"{base}/api/events?limit=50&country={rng.choice(PARTNERS)}&offset={rng.randrange(0, 250, 50)}"
    if roll < 0.55:
        return "events", f"{base}/api/events?limit=50&country={rng.choice(PARTNERS)}&type={rng.choice(kinds)}"
    if roll < 0.7:
        year = rng.randrange(2015, 2025)
        return "events", f"{base}/api/events?limit=50&from={year}-03-01&to={year}-05-31&plover={rng.choice(KINDS)[1]}"
    if roll < 0.85:
        return "timeline", f"{base}/api/timeline?country={rng.choice(PARTNERS)}"
    if roll < 0.95:
        return "timeline", f"{base}/api/timeline?type={rng.choice(kinds)}"
    return "timeline", f"{base}/api/timeline"


class Connection:
    """One keep-alive HTTP/1.1 connection that GETs a path and reads the whole answer.

    A few dozen lines of asyncio instead of an HTTP client library: httpx spent about 4 ms of
    CPU per request, so on two cores the load generator took the server's core and the figures
    measured the client."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        status = int((await self.reader.readline()).split()[1])
        headers = {}
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if "content-length" in headers:
            return status, await self.reader.readexactly(int(headers["content-length"]))
        body = b""
        while size := int((await self.reader.readline()).strip() or b"0", 16):  # chunked
            body += await self.reader.readexactly(size)
            await self.reader.readline()
        await self.reader.readline()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def drive(base: str, clients: int, requests: int, seconds: float) -> dict[str, list]:
    """Run `clients` closed-loop workers, one connection each, until `requests` were sent or
    `seconds` passed."""
    results: dict[str, list] = {"events": [], "timeline": []}
    errors: dict[str, int] = {"events": 0, "timeline": 0}
    deadline = time.perf_counter() + seconds
    sent = 0
    rng = random.Random(1)
    host, port = base.removeprefix("http://").split(":")

    async def worker() -> None:
        nonlocal sent
        connection = Connection(host, int(port))
        while sent < requests and time.perf_counter() < deadline:
            sent += 1
            route, path = request_url("", rng)
            started = time.perf_counter()
            try:
                status, _ = await asyncio.wait_for(connection.get(path), 30)
                ok = status == 200
            except (TimeoutError, OSError, ValueError, IndexError, asyncio.IncompleteReadError):
                connection.close()
                ok = False
            results[route].append(time.perf_counter() - started)
            errors[route] += not ok
        connection.close()

    await asyncio.gather(*(worker() for _ in range(clients)))
    return {route: [results[route], errors[route]] for route in results}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(clients: int, out: dict[str, list], elapsed: float) -> None:
    total = sum(len(times) for times, _ in out.values())
    print(f"{clients} clients: {total} requests in {elapsed:.1f} s ({total / elapsed:.0f} req/s)")
    for route, (times, errors) in out.items():
        ms = [t * 1000 for t in times]
        print(f"  {route:9s} n={len(ms):6d} errors={errors:3d} p50={percentile(ms, .5):7.1f} ms "
              f"p95={percentile(ms, .95):7.1f} ms p99={percentile(ms, .99):7.1f} ms "
              f"mean={statistics.fmean(ms) if ms else float('nan'):7.1f} ms", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000)
    parser.add_argument("--db", help="store to fill (or reuse when it exists); default: a temporary one")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 10, 50], help="concurrent clients, one run each")
    parser.add_argument("--requests", type=int, default=10**9, help="stop a run after this many requests")
    parser.add_argument("--seconds", type=float, default=30, help="stop a run after this long")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of requests before measuring")
    parser.add_argument("--ready-timeout", type=float, default=3600, help="seconds to wait for the first index build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "bench.db")
        if not Path(db).exists():
            started = time.perf_counter()
            docs = fill(db, args.events)
            print(f"filled {args.events} events in {docs} documents in {time.perf_counter() - started:.1f} s", flush=True)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, db, str(port)], env=os.environ.copy())
        base = f"http://127.0.0.1:{port}"
        failed = False
        try:
            ready = asyncio.run(wait_ready(base, args.ready_timeout))
            health = httpx.get(f"{base}/api/health", timeout=60).json()
            print(f"server ready after {ready:.1f} s (event index built or found): {health['events']} events "
                  f"in {health['documents']} documents", flush=True)
            if args.warmup:
                asyncio.run(drive(base, 4, args.requests, args.warmup))
            for clients in args.clients:
                started = time.perf_counter()
                out = asyncio.run(drive(base, clients, args.requests, args.seconds))
                report(clients, out, time.perf_counter() - started)
                failed |= any(errors for _, errors in out.values())
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

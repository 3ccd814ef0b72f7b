"""A stand-in for the dashboard's JSON API, built on the standard library only.

The browser tests prefer the real FastAPI app (`diplometer.api.main.create_app`); when it is
not importable they serve the dashboard with this instead, so the dashboard can be developed
and tested on its own. The shapes follow the API contract the dashboard is written against
(the routes listed at the top of src/diplometer/dashboard/app.js, as the real API answers
them). Data comes from the built-in sample (plus any extra paths) run through the real
pipeline without spaCy.

Run by hand:  python tests/browser/fake_api.py [--port 8765] [EXTRA_PATH ...]
"""
from __future__ import annotations

import argparse
import json
import math
import mimetypes
import threading
from collections import Counter
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from diplometer import forecast as fc
from diplometer.consolidate import MergedEvent, Record, consolidate
from diplometer.coordination import coordination
from diplometer.export import event_json
from diplometer.pipeline import extract_all
from diplometer.readers import read_paths
from diplometer.records import Article
from diplometer.relations_calendar import calendar
from diplometer.render import to_data
from diplometer.reports import event_partners, home_country
from diplometer.sample import sample_dir

DASHBOARD = Path(__file__).resolve().parents[2] / "src" / "diplometer" / "dashboard"

# A few capitals for countries too small for the 110m map, so their dots can be drawn.
_POINTS = {"SGP": (103.82, 1.35), "BRN": (114.73, 4.54), "BHR": (50.56, 26.07), "MDV": (73.5, 4.18)}


def build_record(extra: list[str] | None = None) -> Record:
    articles = [a for a in read_paths([str(sample_dir()), *(extra or [])]) if isinstance(a, Article)]
    return consolidate(extract_all(articles, None))


def _month(day: date) -> date:
    return date(day.year, day.month, 1)


def _next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


class FakeApi:
    """Answers the /api routes from one consolidated record."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.home = home_country(record)
        self.actors = {a.id: a for a in record.actors}
        self.docs = {d.id: d for d in record.documents}
        self.events = [(e, event_json(e, self.actors)) for e in record.events]
        # Like the real API: by date, then id (undated last).
        self.events.sort(key=lambda p: ((p[1]["date"] or {}).get("start") or "9999", p[1]["id"]))

    # ------------------------------------------------------------------ filters
    @staticmethod
    def _countries(j: dict) -> set[str]:
        return {r["country"] for r in j["actors"] + j["counterparts"] if r and r.get("country")}

    def select(self, q: dict[str, str]) -> list[tuple[MergedEvent, dict]]:
        out = []
        for e, j in self.events:
            start = (j["date"] or {}).get("start")
            if q.get("from") and (not start or start < q["from"]):
                continue
            if q.get("to") and (not start or start > q["to"]):
                continue
            if q.get("country") and q["country"] not in self._countries(j):
                continue
            if q.get("dyad"):
                a, _, b = q["dyad"].partition("-")
                if not {a, b} <= self._countries(j):
                    continue
            if any(q.get(k) and q[k] != j.get(k) for k in ("type", "pillar", "scope")):
                continue
            if q.get("plover") and q["plover"].upper() != (j.get("plover") or ""):
                continue
            if q.get("actor"):
                needle = q["actor"].lower()
                if not any(r and (needle == r["id"] or needle in r["name"].lower()) for r in j["actors"] + j["counterparts"]):
                    continue
            out.append((e, j))
        return out

    # ------------------------------------------------------------------ routes
    def health(self, q: dict) -> dict:
        return {"status": "ok", "documents": len(self.docs), "events": len(self.events)}

    def events_page(self, q: dict) -> dict:
        rows = self.select(q)
        limit = max(1, min(int(q.get("limit") or 50), 500))
        offset = max(0, int(q.get("offset") or 0))
        items = [{k: v for k, v in j.items() if k != "kind"} for _, j in rows[offset:offset + limit]]
        return {"total": len(rows), "limit": limit, "offset": offset, "items": items}

    def event(self, event_id: str) -> dict | None:
        for _, j in self.events:
            if j["id"] == event_id:
                break
        else:
            return None
        out = {k: v for k, v in j.items() if k != "kind"}
        evidence = []
        for s in j["sources"]:
            doc = self.docs.get(s["document"])
            text = doc.text if doc else ""
            evidence.append({"document": s["document"], "title": doc.title if doc else None,
                             "date": doc.date.isoformat() if doc and doc.date else None,
                             "start": s["start"], "end": s["end"], "sentence": s["text"],
                             "text_before": text[max(0, s["start"] - 300):s["start"]],
                             "text_after": text[s["end"]:s["end"] + 300]})
        out["evidence"] = evidence
        out["members"] = [{"rule": j["rule"], "trigger": j["trigger"], "confidence": j["confidence"],
                           "source": s["document"]} for s in j["sources"]]
        return out

    def timeline(self, q: dict) -> dict:
        q = dict(q)
        lo, hi = q.pop("from", None), q.pop("to", None)
        days = sorted(date.fromisoformat(j["date"]["start"]) for _, j in self.select(q) if j["date"] and j["date"]["start"])
        if lo:
            days = [d for d in days if d.isoformat() >= lo]
        if hi:
            days = [d for d in days if d.isoformat() <= hi]
        if not days:
            return {"interval": "month", "buckets": [], "first": None, "last": None}
        counts = Counter(_month(d) for d in days)
        buckets, m = [], _month(days[0])
        while m <= days[-1]:
            nxt = _next_month(m)
            buckets.append({"period": m.isoformat()[:7], "start": m.isoformat(),
                            "end": date.fromordinal(nxt.toordinal() - 1).isoformat(), "count": counts.get(m, 0)})
            m = nxt
        return {"interval": "month", "buckets": buckets, "first": days[0].isoformat(), "last": days[-1].isoformat()}

    def map(self, q: dict) -> dict:
        counts: Counter[str] = Counter()
        for e, _ in self.select(q):
            counts.update(event_partners(e, self.home))
        names = {a.country: a.name for a in self.record.actors if a.type == "country" and a.country}
        items = []
        for iso3, n in counts.most_common():
            lon, lat = _POINTS.get(iso3, (None, None))
            items.append({"iso3": iso3, "name": names.get(iso3, iso3), "count": n, "lon": lon, "lat": lat})
        return {"home": self.home, "items": items}

    def network(self, q: dict, max_nodes: int = 60) -> dict:
        weight: Counter[str] = Counter()
        links: Counter[tuple[str, str]] = Counter()
        refs: dict[str, dict] = {}
        for _, j in self.select(q):
            for r in j["actors"] + j["counterparts"]:
                if r:
                    weight[r["id"]] += 1
                    refs[r["id"]] = r
            for a in j["actors"]:
                for c in j["counterparts"]:
                    if a and c and a["id"] != c["id"]:
                        links[tuple(sorted((a["id"], c["id"])))] += 1
        keep = {k for k, _ in weight.most_common(max_nodes)}
        nodes = [{"id": k, "label": refs[k]["name"], "type": getattr(self.actors.get(k), "type", None) or "actor",
                  "country": refs[k].get("country"), "weight": w} for k, w in weight.most_common(max_nodes)]
        out_links = [{"source": a, "target": b, "weight": w} for (a, b), w in links.items() if a in keep and b in keep]
        return {"nodes": nodes, "links": out_links, "truncated": len(weight) > max_nodes}

    def coordination(self, q: dict) -> dict:
        result = coordination(self.record, months=int(q.get("months") or 12))
        return {"kind": "coordination", **to_data(result)}

    def anniversaries(self, q: dict) -> dict:
        year = int(q.get("year") or date.today().year)
        return {"kind": "calendar", **to_data(calendar(self.record, year))}

    def _series(self) -> list:
        dated = [e for e in self.record.events if e.date is not None and e.first.modality is None]
        return fc.monthly_series(dated, lambda e: list(event_partners(e, self.home)))

    def forecasts(self, q: dict) -> dict:
        series = self._series()
        keys = [q["partner"]] if q.get("partner") else None
        rows = fc.forecast_tables(series, int(q.get("horizon") or 6), keys=keys)
        shifts = [to_data(vars(s)) for s in fc.shifts(series)]
        return {"rows": rows, "shifts": shifts}

    def backtest(self, q: dict) -> dict:
        result = fc.backtest(self._series(), origins=12, horizons=(1, 2, 3))
        clean = lambda d: {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in d.items()}  # noqa: E731
        return {"scores": [clean(r) for r in result.table()], "overall": clean(result.overall("model"))}

    def document(self, doc_id: str) -> dict | None:
        d = self.docs.get(doc_id)
        if d is None:
            return None
        return {"id": d.id, "date": d.date.isoformat() if d.date else None, "title": d.title, "source": d.source,
                "url": d.url, "text": d.text}

    def route(self, path: str, q: dict) -> tuple[int, object]:
        simple = {"health": self.health, "events": self.events_page, "timeline": self.timeline, "map": self.map,
                  "network": self.network, "coordination": self.coordination, "anniversaries": self.anniversaries,
                  "forecasts": self.forecasts, "backtest": self.backtest}
        parts = [unquote(p) for p in path.strip("/").split("/")][1:]  # drop "api"
        if len(parts) == 1 and parts[0] in simple:
            return 200, simple[parts[0]](q)
        if len(parts) == 2 and parts[0] in ("events", "documents"):
            found = (self.event if parts[0] == "events" else self.document)(parts[1])
            return (200, found) if found is not None else (404, {"detail": f"{parts[0][:-1]} not found"})
        return 404, {"detail": "not found"}


def make_handler(api: FakeApi, root: Path = DASHBOARD) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: bytes, ctype: str) -> None:
            if self.command == "HEAD":
                body = b""
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the dashboard aborted a stale request: nothing to answer

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            url = urlsplit(self.path)
            if url.path.startswith("/api/"):
                q = {k: v[-1] for k, v in parse_qs(url.query).items() if v and v[-1] != ""}
                try:
                    status, data = api.route(url.path, q)
                except ValueError as exc:
                    status, data = 422, {"detail": str(exc)}
                self._send(status, json.dumps(data, ensure_ascii=False, default=str).encode(), "application/json")
                return
            rel = unquote(url.path).lstrip("/") or "index.html"
            target = (root / rel).resolve()
            if root.resolve() not in target.parents or not target.is_file():
                self._send(404, b"not found", "text/plain")
                return
            ctype = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
            if target.suffix == ".js":
                ctype = "text/javascript"
            self._send(200, target.read_bytes(), ctype)

        do_HEAD = do_GET  # noqa: N815

    return Handler


def serve(extra: list[str] | None = None, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Start the fake in a daemon thread; returns the server and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(FakeApi(build_record(extra))))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("paths", nargs="*")
    args = parser.parse_args()
    srv, base = serve(args.paths, args.port)
    print(f"dashboard on {base}/  (Ctrl-C to stop)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        srv.shutdown()

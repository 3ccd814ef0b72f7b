"""Does the term review over the built-in sample reproduce the counts its gold file knows?

    .venv/bin/python bench/report_counts.py [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--no-model]

The sample is extracted (with the spaCy model unless --no-model) and consolidated, and the
report is built for its home country over the period (default: everything). The known counts
are those of the gold file: its required events that involve the home country and start in the
period. Each report event is matched to gold events (type among the gold's types, a shared
document, overlapping dates, a shared country). The script prints, per type, the report's count
beside the gold's, then
  missing      required gold events the report does not count,
  counted twice  gold events behind two report events (one real event counted twice),
  unexplained  report events that no gold event accounts for,
  optional     report events only an optional gold item accounts for (planned visits, pledges
               and other items the gold leaves open; counted by the report, not by the gold).
It exits 0 when there is nothing missing or unexplained and the count of every type equals the
gold's plus its optional items: the report reproduces the known counts exactly.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date

from diplometer.consolidate import consolidate
from diplometer.pipeline import extract_all
from diplometer.readers import read_paths
from diplometer.records import Article
from diplometer.reports import EventLine, build_report, event_countries
from diplometer.sample import sample_dir, sample_gold


def _interval(value: dict | None) -> tuple[date, date] | None:
    if not value or not value.get("start"):
        return None
    return date.fromisoformat(value["start"]), date.fromisoformat(value.get("end") or value["start"])


def matches(gold: dict, line: EventLine, countries: set[str]) -> bool:
    """The gold event describes the report's event."""
    types = gold["type"] if isinstance(gold["type"], list) else [gold["type"]]
    if line.type not in types:
        return False
    if not set(gold.get("documents") or []) & {s.document for s in line.sources}:
        return False
    want = set(gold.get("counterpart_countries") or []) | ({gold["actor_country"]} if gold.get("actor_country") else set())
    if want and not want & countries:
        return False
    span = _interval(gold.get("date"))
    if span and line.start and not (line.start <= span[1] and span[0] <= (line.end or line.start)):
        return False
    return True


def compare(start: date | None, end: date | None, use_model: bool = True) -> dict:
    """The report's counts beside the gold's, with what differs."""
    nlp = None
    if use_model:
        from diplometer.nlp import load_model
        nlp = load_model()
    articles = [a for a in read_paths([str(sample_dir())]) if isinstance(a, Article)]
    record = consolidate(extract_all(articles, nlp))
    report = build_report(record, start, end)
    gold = json.loads(sample_gold().read_text(encoding="utf-8"))
    home = report.home
    by_id = {e.id: e for e in record.events}

    def in_scope(g: dict) -> bool:
        span = _interval(g.get("date"))
        involved = home == g.get("actor_country") or home in (g.get("counterpart_countries") or [])
        return involved and (span is None or ((start is None or span[0] >= start) and (end is None or span[0] <= end)))

    required = [g for g in gold["events"] if not g.get("optional") and in_scope(g)]
    optional = [g for g in gold["events"] if g.get("optional")]
    found: dict[str, list[EventLine]] = {}
    explained_by_optional, unexplained = [], []
    for line in report.events:
        countries = set(event_countries(by_id[line.id]))
        hits = [g["id"] for g in required if matches(g, line, countries)]
        if hits:
            free = [h for h in hits if h not in found] or hits  # one report event per gold event, in order
            found.setdefault(free[0], []).append(line)
        elif any(matches(g, line, countries) for g in optional):
            explained_by_optional.append(line)
        else:
            unexplained.append(line)
    missing = [g for g in required if g["id"] not in found]
    twice = {gid: lines for gid, lines in found.items() if len(lines) > 1}
    report_types = Counter({c.key: c.value for c in report.by_type})
    optional_types = Counter(line.type for line in explained_by_optional)
    gold_types = report_types - optional_types  # the report's own count of what the gold requires
    return {"home": home, "report_total": report.total.value, "gold_total": len(required),
            "optional_total": len(explained_by_optional), "report_types": dict(report_types),
            "gold_types": dict(gold_types), "optional_types": dict(optional_types),
            "missing": [g["id"] for g in missing],
            "counted twice": [f"{gid}: " + "; ".join(f"{x.type} {x.start} ({x.sources[0].document})" for x in lines)
                              for gid, lines in twice.items()],
            "unexplained": [f"{x.type} {x.start} {', '.join(x.actors)} -> {', '.join(x.counterparts)} "
                            f"({x.sources[0].document})" for x in unexplained],
            "exact": not missing and not unexplained and not twice
            and report.total.value == len(required) + len(explained_by_optional)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--start", type=date.fromisoformat, default=None)
    parser.add_argument("--end", type=date.fromisoformat, default=None)
    parser.add_argument("--no-model", action="store_true", help="rules only (no spaCy model)")
    args = parser.parse_args()
    result = compare(args.start, args.end, not args.no_model)
    print(f"home {result['home']}: report counts {result['report_total']} activities; the gold requires "
          f"{result['gold_total']} and leaves {result['optional_total']} of the report's open (optional items)")
    print(f"{'type':16} {'report':>6} {'gold':>6} {'optional':>8}")
    for kind in sorted(result["report_types"], key=lambda k: -result["report_types"][k]):
        print(f"{kind:16} {result['report_types'][kind]:6} {result['gold_types'].get(kind, 0):6} "
              f"{result['optional_types'].get(kind, 0):8}")
    for label in ("missing", "counted twice", "unexplained"):
        print(f"{label}: {len(result[label])}")
        for item in result[label]:
            print(f"  - {item}")
    print("exact" if result["exact"] else "NOT exact")
    return 0 if result["exact"] else 1


if __name__ == "__main__":
    sys.exit(main())

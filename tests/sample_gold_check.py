"""Sanity checks for the built-in sample corpus and its gold.json (standard library only).

Run: python validate_sample.py   (from any directory)
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent / "src" / "diplometer" / "data" / "sample"
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NFD_FILES = {"001_vna-laos-pm-official-visit", "007_vna-vietnam-laos-theory-workshop",
             "016_vna-directive-25-multilateral-diplomacy"}


def main() -> int:
    problems: list[str] = []
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))

    # the documents that exist, with the date each carries
    found: dict[str, str] = {}
    for path in (HERE / "articles").glob("*.txt"):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        m = re.fullmatch(r"date (\d{4}-\d{2}-\d{2})", first)
        if not m:
            problems.append(f"{path.name}: first line is not 'date YYYY-MM-DD'")
        found[path.stem] = m.group(1) if m else ""
    for path in (HERE / "articles").glob("*.html"):
        m = re.search(r'article:published_time" content="(\d{4}-\d{2}-\d{2})', path.read_text(encoding="utf-8"))
        found[path.stem] = m.group(1) if m else ""
    for line in (HERE / "articles" / "sample-wire.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            for key in ("id", "date", "title", "text", "url", "source"):
                if key not in rec:
                    problems.append(f"sample-wire.jsonl {rec.get('id')}: missing {key}")
            found[rec["id"]] = rec["date"]

    def check_day(value: object, where: str) -> None:
        if not isinstance(value, str) or not DAY.match(value):
            problems.append(f"{where}: bad date {value!r}")
            return
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append(f"{where}: impossible date {value!r}")

    docs = gold["documents"]
    for doc_id, meta in docs.items():
        if doc_id not in found:
            problems.append(f"gold document {doc_id} has no file / jsonl record")
        elif found[doc_id] != meta["date"]:
            problems.append(f"gold document {doc_id}: date {meta['date']} != {found[doc_id]} in the file")
        check_day(meta["date"], f"documents.{doc_id}")
    for doc_id in found:
        if doc_id not in docs:
            problems.append(f"{doc_id} exists but is not in gold documents")

    for kind in ("events", "anniversaries", "indicators", "memberships", "policies", "reported_counts"):
        for item in gold.get(kind, []):
            where = f"{kind}.{item.get('id')}"
            for doc_id in item.get("documents", []):
                if doc_id not in found or doc_id not in docs:
                    problems.append(f"{where}: unknown document {doc_id}")
            for key in ("date", "period"):
                span = item.get(key)
                if span:
                    check_day(span.get("start"), f"{where}.{key}.start")
                    check_day(span.get("end"), f"{where}.{key}.end")
                    if span.get("start", "") > span.get("end", ""):
                        problems.append(f"{where}: start after end")
            if kind == "anniversaries" and item["year"] - item["ordinal"] != item["since"]:
                problems.append(f"{where}: since != year - ordinal")
    ids = [i.get("id") for k in ("events", "anniversaries", "indicators", "memberships", "policies", "reported_counts")
           for i in gold.get(k, [])]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        problems.append(f"duplicate ids: {sorted(dup)}")

    for stem in sorted(NFD_FILES):
        text = (HERE / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        if not unicodedata.is_normalized("NFD", text) or text == unicodedata.normalize("NFC", text):
            problems.append(f"{stem}.txt is not decomposed (NFD) text")
    for path in (HERE / "articles").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        if path.stem not in NFD_FILES and not unicodedata.is_normalized("NFC", text):
            problems.append(f"{path.name}: unexpected non-NFC text")

    for p in problems:
        print("PROBLEM:", p)
    n_ev = sum(1 for e in gold["events"] if not e.get("optional"))
    print(f"{len(found)} documents, {n_ev} required events, "
          f"{sum(1 for e in gold['events'] if e.get('optional'))} optional; "
          f"{'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

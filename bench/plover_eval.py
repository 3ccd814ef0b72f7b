"""PLOVER category accuracy of diplometer on the PLOVER gold-standard records (CAMEO examples).

    .venv/bin/python bench/plover_eval.py [--gold ../shared/eval/dev/PLOVER_GSR_CAMEO.txt]
                                          [--json OUT.json] [--errors N] [--trace]
                                          [--only CATEGORY] [--limit N]

Each record's `text` is coded as one document. The gold label is the record's `event`, with
the older category names mapped to the current ones (DEMAND -> REQUEST, DISAPPROVE and
INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT); records whose event is DOCUMENT are skipped.

The prediction is the PLOVER category of the highest-confidence event (the earliest one
wins ties), or NONE when diplometer finds no event. Per gold category the report gives
  n         records
  cover     share of records with any event
  acc       share whose predicted category equals gold
  acc|cov   accuracy among covered records
  any       share where gold is among *any* of the events' categories
and the confusion (gold -> predicted counts). Overall accuracy is micro (over records);
the macro average is the unweighted mean of per-category accuracies.

`--errors N` prints up to N misses per category (id, gold, predicted, trigger and rule of
the predicted event, start of the text); with `--trace` the pipeline's per-sentence trace of
why triggers were kept or dropped is printed for each of them.

The file is parsed as JSON; if that fails, records are decoded one by one from every `{`
at the top level, and records that still cannot be decoded are counted and reported.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = HERE.parent.parent / "shared" / "eval" / "dev" / "PLOVER_GSR_CAMEO.txt"

RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
NONE = "NONE"


# --------------------------------------------------------------------------- reading

def _balanced_end(text: str, start: int) -> int:
    """Index just past the `}` that closes the `{` at `start` (strings respected), or -1."""
    depth, in_string, escaped = 0, False, False
    for i in range(start, len(text)):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _loose_decode(chunk: str) -> dict | None:
    """One object as JSON, else with trailing commas removed; None when neither parses."""
    for candidate in (chunk, re.sub(r",\s*([}\]])", r"\1", chunk)):
        try:
            value = json.loads(candidate, strict=False)
        except json.JSONDecodeError:
            continue
        return value if isinstance(value, dict) else None
    return None


def read_records(path: Path) -> tuple[list[dict], int]:
    """All records of the file and how many object chunks could not be decoded."""
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(text, strict=False)
        if isinstance(data, list):
            return [r for r in data if isinstance(r, dict)], sum(not isinstance(r, dict) for r in data)
    except json.JSONDecodeError:
        pass
    records, failed, pos = [], 0, 0
    while True:
        start = text.find("{", pos)
        if start < 0:
            break
        end = _balanced_end(text, start)
        if end < 0:  # unbalanced tail: give up on the rest
            failed += 1
            break
        value = _loose_decode(text[start:end])
        if value is None:
            failed += 1
        else:
            records.append(value)
        pos = end
    return records, failed


def gold_label(record: dict) -> str:
    event = str(record.get("event") or record.get("plover") or "").strip().upper()
    return RENAMED.get(event, event)


def parse_date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- scoring

def top_event(events):
    """The highest-confidence event; the earliest wins ties."""
    best = None
    for event in events:
        if best is None or event.confidence > best.confidence:
            best = event
    return best


def summarise(rows: list[dict]) -> dict:
    by_gold: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_gold[row["gold"]].append(row)
    categories = {}
    for gold in sorted(by_gold):
        group = by_gold[gold]
        n = len(group)
        covered = [r for r in group if r["pred"] != NONE]
        correct = sum(r["pred"] == gold for r in group)
        categories[gold] = {
            "n": n,
            "coverage": len(covered) / n,
            "accuracy": correct / n,
            "accuracy_when_covered": (correct / len(covered)) if covered else None,
            "any_event_matches": sum(gold in r["all"] for r in group) / n,
            "confusion": dict(Counter(r["pred"] for r in group).most_common()),
        }
    n = len(rows)
    correct = sum(r["pred"] == r["gold"] for r in rows)
    covered = sum(r["pred"] != NONE for r in rows)
    accs = [c["accuracy"] for c in categories.values()]
    covs = [c["coverage"] for c in categories.values()]
    return {
        "n": n,
        "overall": {
            "accuracy": correct / n if n else 0.0,
            "coverage": covered / n if n else 0.0,
            "accuracy_when_covered": correct / covered if covered else None,
            "any_event_matches": sum(r["gold"] in r["all"] for r in rows) / n if n else 0.0,
        },
        "macro": {
            "accuracy": sum(accs) / len(accs) if accs else 0.0,
            "coverage": sum(covs) / len(covs) if covs else 0.0,
        },
        "categories": categories,
    }


def _pct(value) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


def print_table(summary: dict, out=sys.stdout) -> None:
    print(f"{'gold':<10} {'n':>4} {'cover':>5} {'acc':>5} {'acc|cov':>7} {'any':>5}  confusion (predicted: count)",
          file=out)
    rows = sorted(summary["categories"].items(), key=lambda kv: (kv[1]["accuracy"], kv[0]))
    for gold, c in rows:
        confusion = ", ".join(f"{k}:{v}" for k, v in c["confusion"].items())
        print(f"{gold:<10} {c['n']:>4} {_pct(c['coverage']):>5} {_pct(c['accuracy']):>5} "
              f"{_pct(c['accuracy_when_covered']):>7} {_pct(c['any_event_matches']):>5}  {confusion}", file=out)
    o, m = summary["overall"], summary["macro"]
    print(f"{'OVERALL':<10} {summary['n']:>4} {_pct(o['coverage']):>5} {_pct(o['accuracy']):>5} "
          f"{_pct(o['accuracy_when_covered']):>7} {_pct(o['any_event_matches']):>5}", file=out)
    print(f"{'MACRO':<10} {'':>4} {_pct(m['coverage']):>5} {_pct(m['accuracy']):>5}", file=out)


# --------------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the PLOVER GSR file")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the numbers (and per-record rows) here")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N example misses per category")
    parser.add_argument("--trace", action="store_true", help="with --errors: print the pipeline trace of each miss")
    parser.add_argument("--only", action="append", metavar="CATEGORY",
                        help="score only these gold categories (current names; repeatable)")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records (quick runs)")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)

    from diplometer.nlp import load_model
    from diplometer.pipeline import PipelineConfig, extract, extract_all
    from diplometer.records import Article

    records, failed = read_records(args.gold)
    skipped_doc = skipped_bad = 0
    articles, golds = [], {}
    wanted = {c.upper() for c in args.only} if args.only else None
    for record in records:
        gold = gold_label(record)
        if gold == "DOCUMENT":
            skipped_doc += 1
            continue
        text, rid = record.get("text"), record.get("id")
        if not gold or not isinstance(text, str) or not text.strip() or not rid:
            skipped_bad += 1
            continue
        if wanted and gold not in wanted:
            continue
        articles.append(Article(id=str(rid), text=text, date=parse_date(record.get("date"))))
        golds[str(rid)] = gold
    if args.limit:
        articles = articles[: args.limit]
    print(f"records: {len(records)} parsed, {failed} unparseable, {skipped_doc} DOCUMENT skipped, "
          f"{skipped_bad} without id/event/text; scoring {len(articles)}", file=sys.stderr)

    started = time.perf_counter()
    nlp = load_model()
    rows, by_id = [], {a.id: a for a in articles}
    for extraction in extract_all(articles, nlp, PipelineConfig(batch_size=args.batch_size)):
        article = extraction.article
        best = top_event(extraction.events)
        rows.append({
            "id": article.id,
            "gold": golds[article.id],
            "pred": best.plover if best else NONE,
            "all": [e.plover for e in extraction.events],
            "trigger": best.trigger if best else None,
            "rule": best.rule if best else None,
            "confidence": best.confidence if best else None,
        })
    elapsed = time.perf_counter() - started
    print(f"extracted {len(rows)} documents in {elapsed:.1f}s", file=sys.stderr)

    summary = summarise(rows)
    print_table(summary)

    if args.errors > 0:
        misses: dict[str, list[dict]] = defaultdict(list)
        for row in rows:
            if row["pred"] != row["gold"]:
                misses[row["gold"]].append(row)
        for gold in sorted(misses, key=lambda g: summary["categories"][g]["accuracy"]):
            print(f"\n== {gold}: {len(misses[gold])} misses of {summary['categories'][gold]['n']}")
            for row in misses[gold][: args.errors]:
                text = " ".join(by_id[row["id"]].text.split())
                how = f" trigger={row['trigger']!r} rule={row['rule']}" if row["trigger"] is not None else ""
                others = f" all={row['all']}" if len(row["all"]) > 1 else ""
                print(f"  {row['id']}  gold={gold} pred={row['pred']}{how}{others}")
                print(f"      {text[:160]}")
                if args.trace:
                    article = by_id[row["id"]]
                    from diplometer.textutil import fold_same_length

                    trace: list[str] = []
                    extract(article, nlp(fold_same_length(article.text)), trace)
                    for line in trace:
                        print(f"      | {line}")

    if args.json:
        payload = dict(summary, gold_file=str(args.gold), unparseable=failed, skipped_document=skipped_doc,
                       skipped_incomplete=skipped_bad, seconds=round(elapsed, 2), records=rows)
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

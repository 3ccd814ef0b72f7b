"""Show, sentence by sentence, what diplometer found in articles and why triggers were dropped.

    python bench/explain.py PATH [--id DOC_ID]
"""
from __future__ import annotations

import argparse

from diplometer.events import Context, find_events
from diplometer.mentions import find_mentions
from diplometer.nlp import load_model
from diplometer.readers import read_paths
from diplometer.records import Article
from diplometer.sentences import split_sentences
from diplometer.textutil import fold_same_length
from diplometer.timex import find_times


def explain(article: Article) -> None:
    doc = load_model()(fold_same_length(article.text))
    found, home = find_mentions(article.text, doc)
    times = find_times(article.text, article.date)
    print(f"=== {article.id} ({article.date}, home {home})")
    for sentence in split_sentences(article.text):
        inside = [m for m in found.actors if sentence.start <= m.start and m.end <= sentence.end]
        when = [t for t in times if sentence.start <= t.start and t.end <= sentence.end]
        trace: list[str] = []
        find_events(sentence, Context(article, home, None), inside, when, trace)
        if not trace:
            continue
        print("-", sentence.text[:160])
        print("   mentions:", ", ".join(f"{m.text}<{m.type}:{m.country or ''}:{m.role or ''}>" for m in inside))
        print("   times:", ", ".join(f"{t.text}={t.value.start}..{t.value.end}" for t in when))
        for line in trace:
            print("   ", line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("--id", action="append")
    args = parser.parse_args()
    for item in read_paths([args.path]):
        if isinstance(item, Article) and (not args.id or any(i in item.id for i in args.id)):
            explain(item)


if __name__ == "__main__":
    main()

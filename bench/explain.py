"""Show, sentence by sentence, what diplometer found in articles and why triggers were dropped.

    python bench/explain.py PATH [--id PART_OF_DOC_ID ...]
"""
from __future__ import annotations

import argparse

from diplometer.mentions import find_mentions
from diplometer.nlp import load_model
from diplometer.pipeline import extract
from diplometer.readers import read_paths
from diplometer.records import Article
from diplometer.textutil import fold_same_length


def explain(article: Article) -> None:
    doc = load_model()(fold_same_length(article.text))
    _, home = find_mentions(article.text, doc, article.date)
    trace: list[str] = []
    extraction = extract(article, doc, trace)
    print(f"=== {article.id} ({article.date}, home {home}, {len(extraction.events)} events)")
    print("\n".join(trace))


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

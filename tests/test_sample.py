"""The built-in sample: its gold is consistent, and the pipeline reads every article of it."""
from __future__ import annotations

import json

import pytest

from diplometer.errors import InputError
from diplometer.pipeline import extract_all
from diplometer.readers import read_paths
from diplometer.sample import sample_dir, sample_gold
from sample_gold_check import main as check_gold


def test_gold_matches_the_articles(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_gold() == 0, capsys.readouterr().out


def test_sample_has_at_least_forty_articles_and_reads_cleanly() -> None:
    items = list(read_paths([str(sample_dir())]))
    assert not [i for i in items if isinstance(i, InputError)]
    assert len(items) >= 40
    gold = json.loads(sample_gold().read_text(encoding="utf-8"))
    assert {a.id for a in items} == set(gold["documents"])


def test_business_articles_yield_no_events() -> None:
    """The false-positive traps of the sample (wage talks, a factory visit, earnings) stay empty."""
    gold = json.loads(sample_gold().read_text(encoding="utf-8"))
    with_events = {d for e in gold["events"] for d in e.get("documents", [])}
    articles = [a for a in read_paths([str(sample_dir())]) if a.id not in with_events]
    assert articles
    for extraction in extract_all(articles, None):
        assert extraction.events == [], extraction.article.id

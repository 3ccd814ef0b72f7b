"""The built-in sample corpus that ships in the package."""
from __future__ import annotations

from pathlib import Path

SAMPLE = Path(__file__).parent / "data" / "sample"


def sample_dir() -> Path:
    """The folder of sample articles: seed-format .txt, one .jsonl, two .html pages."""
    return SAMPLE / "articles"


def sample_gold() -> Path:
    """The hand-made gold file for the sample, in the shape of ../shared/eval/gold/seeds.json."""
    return SAMPLE / "gold.json"

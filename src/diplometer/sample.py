"""The built-in sample corpus that ships in the package."""
from __future__ import annotations

from pathlib import Path


def sample_dir() -> Path:
    """The folder of sample articles (seed-format .txt, one .jsonl, .html pages) and its gold.json."""
    return Path(__file__).parent / "data" / "sample"

"""Issue 4's target: the term review over the built-in sample reproduces the counts its gold
file knows, over the whole record and over one year (bench/report_counts.py, with the model)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "report_counts.py"


@pytest.mark.slow
@pytest.mark.parametrize("period", [[], ["--start", "2023-01-01", "--end", "2023-12-31"]])
def test_the_sample_report_reproduces_the_gold_counts(period: list[str]) -> None:
    result = subprocess.run([sys.executable, str(BENCH), *period], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == "exact"
    assert "missing: 0" in lines and "counted twice: 0" in lines and "unexplained: 0" in lines


@pytest.mark.slow
def test_the_comparison_sees_a_missing_event(monkeypatch: pytest.MonkeyPatch) -> None:
    sys.path.insert(0, str(BENCH.parent))
    import report_counts

    real = report_counts.build_report

    def fewer(record, start=None, end=None):  # a report that drops its first activity
        report = real(record, start, end)
        return report.__class__(**{**report.__dict__, "events": report.events[1:]})

    monkeypatch.setattr(report_counts, "build_report", fewer)
    result = report_counts.compare(None, None)
    assert not result["exact"] and len(result["missing"]) == 1

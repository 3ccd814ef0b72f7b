"""Reads under writes: CI's short run of bench/concurrency.py (the 5-minute figures are in
RELIABILITY.md), on SQLite and, when given, on PostgreSQL."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "concurrency.py"
PG_URL = os.environ.get("DIPLOMETER_TEST_PG_URL")


@pytest.mark.slow
@pytest.mark.parametrize("db", [None, pytest.param(PG_URL, id="postgresql", marks=pytest.mark.skipif(
    not PG_URL, reason="set DIPLOMETER_TEST_PG_URL"))])
def test_the_api_answers_without_errors_or_torn_reads_while_an_ingest_writes(db: str | None) -> None:
    cmd = [sys.executable, str(BENCH), "--seconds", "12", "--clients", "6", "--batch", "10"]
    result = subprocess.run(cmd + (["--db", db] if db else []), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "server errors (5xx): 0;" in result.stdout and "torn reads: 0" in result.stdout
    assert "lost writes 0" in result.stdout

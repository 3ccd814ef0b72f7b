"""CI's short run of bench/api_load.py: the load generator, its phases and its error count work
(the figures at a million events are in the README; a timed assertion here would not be a benchmark)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "api_load.py"


@pytest.mark.slow
def test_the_load_generator_drives_each_number_of_clients_without_errors(tmp_path: Path) -> None:
    db = tmp_path / "load.db"
    cmd = [sys.executable, str(BENCH), "--events", "3000", "--db", str(db), "--clients", "1", "8",
           "--seconds", "3", "--warmup", "1"]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    out = result.stdout
    ready = re.search(r"server ready after .*: (\d+) events in (\d+) documents", out)
    assert ready and int(ready.group(1)) > 2900 and int(ready.group(2)) == 300, out
    runs = re.findall(r"^(\d+) clients: (\d+) requests", out, re.MULTILINE)
    assert [c for c, _ in runs] == ["1", "8"] and all(int(n) > 20 for _, n in runs), out
    assert len(re.findall(r"errors=\s*0 ", out)) == 4, out
    # the store is kept and reused: a second run does not fill it again
    again = subprocess.run(cmd[:-4] + ["--seconds", "1", "--warmup", "0"], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "filled" not in again.stdout, again.stdout + again.stderr[-2000:]

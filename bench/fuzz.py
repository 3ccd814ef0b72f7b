"""Coverage-guided fuzzing (atheris / libFuzzer) of the readers, the date normaliser, the money
parser and the whole extraction.

    pip install atheris
    python bench/fuzz.py all --runs 250000          # every target in turn, totals at the end
    python bench/fuzz.py extract -runs=100000        # one target, libFuzzer flags passed through

A target passes an input when it returns or raises one of the documented input errors
(`diplometer.errors.InputError`); anything else is a crash: libFuzzer stops and writes the
input to crash-<hash> in the working folder. Every input is also bounded in time (-timeout,
default 10 s per input here).
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date

import atheris
import bs4  # noqa: F401  third-party code is imported first so that only diplometer is instrumented
import lxml.html  # noqa: F401
import spacy  # noqa: F401
import sqlalchemy  # noqa: F401
import unidecode  # noqa: F401

with atheris.instrument_imports(include=["diplometer"]):
    from diplometer.errors import InputError
    from diplometer.pipeline import extract
    from diplometer.readers import read_paths
    from diplometer.records import Article
    from diplometer.timex import find_times

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".html", ".txt.gz", ".csv.gz"]
_TMP = tempfile.mkdtemp(prefix="diplometer-fuzz-")


def _date(fdp: atheris.FuzzedDataProvider) -> date | None:
    ordinal = fdp.ConsumeIntInRange(0, date(9999, 12, 31).toordinal())
    return date.fromordinal(ordinal) if ordinal else None


def fuzz_readers(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    suffix = SUFFIXES[fdp.ConsumeIntInRange(0, len(SUFFIXES) - 1)]
    body = fdp.ConsumeBytes(fdp.remaining_bytes())
    path = os.path.join(_TMP, "input" + suffix)
    if suffix.endswith(".gz"):
        import gzip
        body = gzip.compress(body)
    with open(path, "wb") as out:
        out.write(body)
    for item in read_paths([path]):
        if not isinstance(item, (Article, InputError)):
            raise TypeError(f"reader yielded {type(item).__name__}")


def fuzz_timex(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    anchor = _date(fdp)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    for t in find_times(text, anchor):
        if not (0 <= t.start < t.end <= len(text)) or t.value.start > t.value.end:
            raise ValueError(f"bad time expression {t}")


def fuzz_money(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    anchor = _date(fdp)
    figure = fdp.ConsumeUnicodeNoSurrogates(40)
    text = f"Trade between Viet Nam and Japan rose to {figure} in {fdp.ConsumeIntInRange(1900, 2100)}."
    for indicator in extract(Article(id="f", text=text, date=anchor), None).indicators:
        if indicator.value != indicator.value or indicator.value in (float("inf"), float("-inf")):
            raise ValueError(f"non-finite indicator from {figure!r}")


def fuzz_extract(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    anchor = _date(fdp)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    out = extract(Article(id="f", text=text, date=anchor), None)
    for event in out.events:
        if event.source.text != text[event.source.start:event.source.end]:
            raise ValueError("evidence offsets do not match the text")


TARGETS = {"readers": fuzz_readers, "timex": fuzz_timex, "money": fuzz_money, "extract": fuzz_extract}


def run_all(runs: int) -> None:
    total = crashes = 0
    for name in TARGETS:
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, __file__, name, f"-runs={runs}", "-max_len=4096", "-timeout=10",
                               "-print_final_stats=1"], capture_output=True, text=True)
        done = re.search(r"Done (\d+) runs", proc.stderr)
        count = int(done.group(1)) if done else 0
        total += count
        crashed = proc.returncode != 0
        crashes += crashed
        print(f"{name:8} {count:>9} executions in {time.perf_counter() - start:7.1f} s  "
              f"{'CRASH: ' + proc.stderr.strip().splitlines()[-1] if crashed else 'no crash'}", flush=True)
    print(f"total {total} executions, {crashes} crashing targets")
    sys.exit(1 if crashes else 0)


def main() -> None:
    if len(sys.argv) >= 2 and sys.argv[1] == "all":
        runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10000
        run_all(runs)
        return
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: python bench/fuzz.py all [--runs N] | {'|'.join(TARGETS)} [libFuzzer flags]")
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()

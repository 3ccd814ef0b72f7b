"""Hostile input: property-based tests over the readers, the date normaliser, the money parser
and the whole extraction (never an exception but the documented input errors), and
pathological documents (one huge line, very many sentences, deep HTML, a gzip bomb, every
Unicode plane, right-to-left text, control characters) that must finish and lose nothing else.
The coverage-guided fuzzer over the same targets is bench/fuzz.py."""
from __future__ import annotations

import gzip
import math
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplometer.errors import InputError, TooLarge
from diplometer.pipeline import extract
from diplometer.readers import read_paths
from diplometer.records import Article
from diplometer.timex import find_times

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                             HealthCheck.function_scoped_fixture])
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)) | st.none()
DATE_WORDS = st.sampled_from(["on", "Monday", "May", "last", "next", "week", "year", "2024", "1999", "31", "12/11",
                              "2023-02-29", "since", "until", "the", "20th", "anniversary", "BC", "AD", "Q3",
                              "early", "mid-", "late", "decade", "century", "-", "/", ",", "9999", "0", "yesterday",
                              "tomorrow", "this", "quarter", "term", "from", "to", "through", "1st", "Dec."])
DATEISH = st.lists(DATE_WORDS, max_size=25).map(" ".join)
UNICODE = st.text(st.characters(blacklist_categories=["Cs"]), max_size=400)
MONEY = st.from_regex(r"(Trade|FDI|Exports|Investment|Turnover) (rose|fell|reached|hit|topped) (by )?"
                      r"(US\$|\$|€|USD |VND )?[0-9]{1,6}([.,][0-9]{1,3})?( ?(million|billion|trillion|bn|mn|pc|percent|%))?"
                      r"( (dollars|euros|yuan))?( in (19|20)[0-9]{2})?\.", fullmatch=True)


def _check_times(text: str, anchor: date | None) -> None:
    for t in find_times(text, anchor):
        assert 0 <= t.start < t.end <= len(text) and text[t.start:t.end] == t.text
        assert t.value.start <= t.value.end


@SETTINGS
@given(UNICODE | DATEISH, DATES)
def test_the_date_normaliser_takes_any_text(text: str, anchor: date | None) -> None:
    _check_times(text, anchor)


def _check_extraction(text: str, day: date | None) -> None:
    out = extract(Article(id="h", text=text, date=day), None)
    for event in out.events:
        assert event.source.text == text[event.source.start:event.source.end]
        assert event.trigger and event.rule.startswith("trigger:")
    for indicator in out.indicators:
        assert math.isfinite(indicator.value)


@SETTINGS
@given(UNICODE | DATEISH | MONEY, DATES)
def test_the_whole_extraction_takes_any_text(text: str, day: date | None) -> None:
    _check_extraction(text, day)


@SETTINGS
@given(st.lists(MONEY, min_size=1, max_size=4).map(" ".join), st.dates(date(1990, 1, 1), date(2030, 1, 1)))
def test_money_figures_parse_to_finite_values(text: str, day: date) -> None:
    _check_extraction("Viet Nam and Japan reported that " + text, day)


SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".html", ".txt.gz", ".jsonl.gz"]


@SETTINGS
@given(st.binary(max_size=600), st.sampled_from(SUFFIXES))
def test_readers_take_any_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(gzip.compress(data) if suffix.endswith(".gz") else data)
    for item in read_paths([str(path)]):
        assert isinstance(item, (Article, InputError))
        if isinstance(item, InputError):
            assert str(path.name) in str(item) or "any" in str(item)


# --- pathological documents --------------------------------------------------------------------

def _articles(path: Path) -> list:
    return list(read_paths([str(path)]))


@pytest.mark.slow
def test_one_huge_line_of_words_is_read_and_extracted(tmp_path: Path) -> None:
    words = "the minister met Laos talks with Vietnam on Monday agreed signed trade rose 5 percent".split()
    line = " ".join(words[i % len(words)] for i in range(200_000))  # ~1.1 MB, no full stop
    (tmp_path / "line.txt").write_text("date 2024-01-01\n" + line, encoding="utf-8")
    [article] = _articles(tmp_path / "line.txt")
    out = extract(article, None)
    assert out.events and all(e.source.end - e.source.start <= 1500 for e in out.events)


@pytest.mark.slow
def test_tens_of_thousands_of_sentences(tmp_path: Path) -> None:
    body = " ".join(f"Vietnam and Laos held talks on Monday, round {i}." for i in range(20_000))
    out = extract(Article(id="many", text=body, date=date(2024, 3, 14)), None)
    assert len(out.events) == 20_000


def test_deeply_nested_html_is_read(tmp_path: Path) -> None:
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 50_000 + "<p>Vietnam and Laos held talks on Monday.</p>"
                    + "</div>" * 50_000 + "</body></html>", encoding="utf-8")
    [item] = _articles(page)
    assert isinstance(item, InputError) or "held talks" in item.text


def test_a_gzip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt.gz"
    with gzip.open(bomb, "wb") as out:
        chunk = b"a" * (1 << 20)
        for _ in range(64):  # 64 MB of text in about 64 KB
            out.write(chunk)
    assert bomb.stat().st_size < 200_000
    [item] = _articles(bomb)
    assert isinstance(item, TooLarge) and "bomb.txt.gz" in str(item)


def test_every_unicode_plane_right_to_left_and_control_characters(tmp_path: Path) -> None:
    planes = "".join(chr(c) for c in range(0x20, 0x110000, 97) if not 0xD800 <= c <= 0xDFFF)
    rtl = "\u202eمرحبا \u200fשלום\u202c Vietnam and Laos held talks on Monday. "
    controls = "".join(chr(c) for c in range(0, 32) if c not in (10, 13)) + "\x7f\u2028\u2029\ufeff"
    text = planes + " " + rtl * 20 + controls
    (tmp_path / "planes.txt").write_text("date 2024-01-01\n" + text, encoding="utf-8")
    items = _articles(tmp_path / "planes.txt")
    assert len(items) == 1
    if isinstance(items[0], Article):
        out = extract(items[0], None)
        assert all(e.source.text == items[0].text[e.source.start:e.source.end] for e in out.events)


@pytest.mark.slow
def test_a_short_coverage_guided_fuzz_of_every_target_finds_no_crash(tmp_path: Path) -> None:
    """CI's short budget of bench/fuzz.py (the long runs are in RELIABILITY.md)."""
    pytest.importorskip("atheris")
    import subprocess
    import sys

    fuzz = Path(__file__).resolve().parents[1] / "bench" / "fuzz.py"
    result = subprocess.run([sys.executable, str(fuzz), "all", "--runs", "3000"], cwd=tmp_path, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "0 crashing targets" in result.stdout

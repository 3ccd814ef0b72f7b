"""Tests for diplometer.readers: every format, ids, and every kind of bad input."""
from __future__ import annotations

import gzip
import io
import json
import os
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from diplometer import errors, readers
from diplometer.readers import article_from_text, content_id, read_paths, sniff_format
from diplometer.records import Article

D = date(2024, 3, 1)
STORY = "HANOI, May 2 - Vietnam and Laos signed an agreement on trade."


def read(*paths: Path | str, **kwargs: object) -> list[Article | errors.InputError]:
    return list(read_paths([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only(results: list, kind: type) -> list:
    return [r for r in results if isinstance(r, kind)]


def write(path: Path, content: str | bytes) -> Path:
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix == ".gz":
        data = gzip.compress(data)
    path.write_bytes(data)
    return path


def one_article(results: list) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def one_error(results: list, kind: type, *parts: str) -> errors.InputError:
    """Exactly one error of this kind, whose message names every part (path, line, value)."""
    found = only(results, errors.InputError)
    assert len(found) == 1, found
    assert isinstance(found[0], kind), found[0]
    for part in parts:
        assert part in str(found[0]), (part, str(found[0]))
    return found[0]


# --------------------------------------------------------------------------- seed / text


def test_seed_inline_date(tmp_path: Path) -> None:
    path = write(tmp_path / "000_abc.txt", f" date 2023-01-05 {STORY}")
    article = one_article(read(path))
    assert article == Article(id="000_abc", text=STORY, date=date(2023, 1, 5), origin=str(path))


def test_seed_date_on_own_line_and_crlf(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"\n\ndate 2023-01-05\r\n{STORY}\r\nSecond line.\r\n")
    article = one_article(read(path))
    assert article.date == date(2023, 1, 5)
    assert article.text == f"{STORY}\nSecond line.\n"


def test_seed_date_wins_over_default(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"date 2023-01-05 {STORY}")
    assert one_article(read(path, default_date=D)).date == date(2023, 1, 5)


@pytest.mark.parametrize("default", [None, D])
def test_plain_text_takes_default_date(tmp_path: Path, default: date | None) -> None:
    path = write(tmp_path / "plain.txt", STORY)
    article = one_article(read(path, default_date=default))
    assert (article.date, article.text, article.id) == (default, STORY, "plain")


def test_decomposed_unicode_is_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "HÀ NỘI — Hà Nội hosts talks.")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    path = write(tmp_path / "a.txt", f"date 2023-01-05 {decomposed}")
    article = one_article(read(path))
    assert article.text == unicodedata.normalize("NFC", decomposed)
    assert unicodedata.is_normalized("NFC", article.text)


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbfdate 2023-01-05 " + STORY.encode())
    assert one_article(read(path)).text == STORY


def test_article_from_text_for_api() -> None:
    article = article_from_text(f"date 2023-01-05\n{STORY}", None, "<api>", None)
    assert isinstance(article, Article)
    assert article.id == content_id(STORY) and article.id.startswith("sha1-") and len(article.id) == 21
    assert article.origin == "<api>"
    assert isinstance(article_from_text("  \n", None, "<api>", None), errors.EmptyFile)


# --------------------------------------------------------------------------- JSONL / JSON / CSV


def test_jsonl_fields_and_aliases(tmp_path: Path) -> None:
    lines = [
        {"id": "a1", "date": "2023-02-01", "title": "T", "text": STORY, "url": "http://x", "source": "VNA"},
        {"id": 7, "published": "2023-02-02T10:30:00+07:00", "body": "Body text."},
        {"publication_date": "2023-02-03", "content": "Content text."},
        {"text": "No date here."},
    ]
    path = write(tmp_path / "many.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n\n")
    got = read(path, default_date=D)
    assert all(isinstance(a, Article) for a in got)
    first, second, third, fourth = got
    assert first == Article(id="a1", text=STORY, date=date(2023, 2, 1), title="T", url="http://x",
                            source="VNA", origin=f"{path}:1")
    assert (second.id, second.date, second.text) == ("7", date(2023, 2, 2), "Body text.")
    assert (third.id, third.date, third.origin) == (content_id("Content text."), date(2023, 2, 3), f"{path}:3")
    assert fourth.date == D


def test_json_object_and_list(tmp_path: Path) -> None:
    single = write(tmp_path / "one.json", json.dumps({"date": "2023-03-01", "text": STORY}))
    article = one_article(read(single))
    assert (article.id, article.origin, article.date) == ("one", str(single), date(2023, 3, 1))
    items = [{"id": "x", "text": "First."}, {"text": "Second."}]
    many = write(tmp_path / "many.json", json.dumps(items, indent=2))
    first, second = read(many)
    assert (first.id, first.text, first.origin) == ("x", "First.", f"{many}:2")
    assert (second.id, second.text) == (content_id("Second."), "Second.")
    assert second.origin.startswith(f"{many}:")


def test_csv_with_multiline_field(tmp_path: Path) -> None:
    content = (
        "ID,Date,Title,Text,URL,Source\r\n"
        "c1,2023-04-01,Title one,\"Line one,\r\nline two\",http://a,VNA\r\n"
        ",2023-04-02T08:00:00,,Second story.,,\r\n"
    )
    path = write(tmp_path / "data.csv", content)
    first, second = read(path)
    assert first == Article(id="c1", text="Line one,\nline two", date=date(2023, 4, 1), title="Title one",
                            url="http://a", source="VNA", origin=f"{path}:2")
    assert (second.id, second.date, second.origin) == (content_id("Second story."), date(2023, 4, 2),
                                                        f"{path}:4")


def test_csv_large_field_is_allowed(tmp_path: Path) -> None:
    big = "word " * 40_000  # over the csv module's default 128 KB field limit
    path = write(tmp_path / "big.csv", f"id,text\nb1,{big}\n")
    assert one_article(read(path)).text == big


# --------------------------------------------------------------------------- HTML

HTML = """<!doctype html><html><head><title>Page title</title>
<meta property="article:published_time" content="2023-05-06T09:00:00Z">
<link rel="canonical" href="https://example.org/story"><script>var x = "not text";</script>
</head><body><nav><p>Menu item</p></nav><header><p>Site header</p></header>
<article><h1>Leaders  meet</h1><p>First   paragraph.</p><aside><p>Related</p></aside>
<p>Second <b>paragraph</b>.</p><form><p>Subscribe</p></form></article>
<footer><p>Copyright</p></footer></body></html>"""


def test_html_article_meta_date(tmp_path: Path) -> None:
    path = write(tmp_path / "story.html", HTML)
    article = one_article(read(path, default_date=D))
    assert article.text == "First paragraph.\n\nSecond paragraph ."
    assert (article.title, article.date, article.id) == ("Leaders meet", date(2023, 5, 6), "story")
    assert article.url == "https://example.org/story"


def test_html_main_time_and_title_fallback(tmp_path: Path) -> None:
    page = ("<html><head><title>Only title</title></head><body><div><p>Outside main.</p></div>"
            "<main><time datetime='2023-07-08'>8 July</time><p>Inside main.</p></main></body></html>")
    article = one_article(read(write(tmp_path / "m.htm", page)))
    assert (article.text, article.title, article.date) == ("Inside main.", "Only title", date(2023, 7, 8))


def test_html_meta_name_date_and_default(tmp_path: Path) -> None:
    page = "<html><head><meta name='date' content='2023-09-10'></head><body><p>Body.</p></body></html>"
    assert one_article(read(write(tmp_path / "a.html", page))).date == date(2023, 9, 10)
    plain = "<html><body><p>Body.</p></body></html>"
    assert one_article(read(write(tmp_path / "b.html", plain), default_date=D)).date == D


def test_html_with_seed_date_line(tmp_path: Path) -> None:
    path = write(tmp_path / "s.html", "date 2023-01-05\n<html><body><p>Seeded.</p></body></html>")
    article = one_article(read(path))
    assert (article.text, article.date) == ("Seeded.", date(2023, 1, 5))


def test_html_without_text(tmp_path: Path) -> None:
    path = write(tmp_path / "e.html", "<html><body><script>x()</script></body></html>")
    one_error(read(path), errors.NoArticleText, str(path))


# --------------------------------------------------------------------------- gzip


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("seed.txt.gz", f"date 2023-01-05 {STORY}", [STORY]),
        ("lines.jsonl.gz", '{"text": "A."}\n{"text": "B."}\n', ["A.", "B."]),
        ("list.json.gz", '[{"text": "A."}, {"text": "B."}]', ["A.", "B."]),
        ("rows.csv.gz", "id,text\n1,A.\n2,B.\n", ["A.", "B."]),
        ("page.html.gz", "<html><body><article><p>A.</p></article></body></html>", ["A."]),
    ],
)
def test_gzipped(tmp_path: Path, name: str, content: str, expected: list[str]) -> None:
    got = read(write(tmp_path / name, content))
    assert [a.text for a in got] == expected
    if len(expected) == 1:
        assert got[0].id == name.split(".")[0]  # "seed.txt.gz" -> "seed"


# --------------------------------------------------------------------------- folders, stdin, sniffing


def test_folder_recursion_sorted_skipping_hidden_and_foreign(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "B")
    write(tmp_path / "a" / "z.txt", "AZ")
    write(tmp_path / "a" / "c" / "y.jsonl", '{"text": "ACY"}\n')
    write(tmp_path / "c.txt.gz", "C")
    write(tmp_path / ".hidden.txt", "hidden")
    write(tmp_path / ".git" / "x.txt", "hidden dir")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    write(tmp_path / "notes", "no suffix")
    assert [a.text for a in read(tmp_path)] == ["ACY", "AZ", "B", "C"]


def test_folder_symlink_loop_ends(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", "X")
    os.symlink(tmp_path / "a", tmp_path / "a" / "loop")
    assert [a.text for a in read(tmp_path)] == ["X"]


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_seed_text(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, f" date 2023-01-05 {STORY}".encode())
    article = one_article(read("-"))
    assert (article.id, article.date, article.origin, article.text) == (
        content_id(STORY), date(2023, 1, 5), "<stdin>", STORY)


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (b'{"text": "A."}\n{"text": "B."}\n', ["A.", "B."]),
        (b'[{"text": "A."}]', ["A."]),
        (b"id,text\n1,A.\n", ["A."]),
        (b"<html><body><p>A.</p></body></html>", ["A."]),
        (gzip.compress(b'{"text": "A."}\n'), ["A."]),
    ],
)
def test_stdin_sniffs_format(monkeypatch: pytest.MonkeyPatch, data: bytes, texts: list[str]) -> None:
    set_stdin(monkeypatch, data)
    assert [a.text for a in read("-")] == texts


def test_stdin_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    one_error(read("-"), errors.Unreadable, "<stdin>")


def test_stdin_errors_name_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, b'{"text": "A."}\n{broken\n')
    got = read("-")
    assert got[0].text == "A."
    one_error(got, errors.BadJsonLine, "<stdin>:2")


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"\x1f\x8b\x08", "gzip"), (b"abc\0def", "binary"), (b"  \n", "empty"), (b"[{}]", "json"),
        (b'{\n  "text": "x"\n}', "json"), (b'{"text": "x"}\n{"text": "y"}', "jsonl"),
        (b"id,date,text\n1,2,3", "csv"), (b"<!DOCTYPE html><p>x", "html"),
        (b"date 2023-01-01\n<html><p>x</p>", "html"), (b" date 2023-01-05 VIETNAM, Jan 5", "text"),
        (b"Just words, and more words.", "text"), (b"Body, mind and soul: a text, really", "text"),
    ],
)
def test_sniff_format(head: bytes, kind: str) -> None:
    assert sniff_format(head) == kind


def test_unknown_suffix_given_explicitly(tmp_path: Path) -> None:
    png = write(tmp_path / "pic.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    blob = write(tmp_path / "data.xyz", b"\0\1\2binary")
    notes = write(tmp_path / "notes.md", f"date 2023-01-05 {STORY}")
    got = read(png, blob, notes)
    assert [type(r) for r in got] == [errors.UnknownFormat, errors.UnknownFormat, Article]
    assert str(png) in str(got[0]) and "'.png'" in str(got[0]) and "'.xyz'" in str(got[1])
    assert (got[2].id, got[2].text) == ("notes", STORY)


# --------------------------------------------------------------------------- bad input


def test_bad_files_in_a_batch_each_give_one_error(tmp_path: Path) -> None:
    """Every bad file yields exactly one error naming it; the good files around still come out."""
    good1 = write(tmp_path / "good1.txt", "date 2023-01-05 Good one.")
    good2 = write(tmp_path / "good2.txt", "date 2023-01-06 Good two.")
    bad = {
        errors.EmptyFile: [write(tmp_path / "empty.txt", ""), write(tmp_path / "blank.txt", " \n\t\n"),
                           write(tmp_path / "dateonly.txt", "date 2023-01-05  \n\n")],
        errors.BinaryFile: [write(tmp_path / "nul.txt", b"date 2023-01-05 abc\0def")],
        errors.BadEncoding: [write(tmp_path / "latin.txt", "date 2023-01-05 Hà Noi".encode("latin-1"))],
        errors.BadDateLine: [write(tmp_path / "month.txt", "date 2023-13-45 Text."),
                             write(tmp_path / "word.txt", "date yesterday Text.")],
        errors.Unreadable: [tmp_path / "missing.txt"],
    }
    paths = [good1] + [p for group in bad.values() for p in group] + [good2]
    got = read(*paths)
    assert [a.text for a in only(got, Article)] == ["Good one.", "Good two."]
    errs = only(got, errors.InputError)
    assert len(errs) == sum(len(group) for group in bad.values())
    flat = [(kind, p) for kind, group in bad.items() for p in group]
    for err, (kind, path) in zip(errs, flat, strict=True):
        assert isinstance(err, kind) and str(path) in str(err), (err, kind, path)
        assert str(err).endswith(f"[{kind.code}]")


def test_error_details(tmp_path: Path) -> None:
    latin = write(tmp_path / "latin.txt", "date 2023-01-05 Hà Noi".encode("latin-1"))
    one_error(read(latin), errors.BadEncoding, str(latin), "byte 17")
    nul = write(tmp_path / "nul.txt", b"abc\0")
    one_error(read(nul), errors.BinaryFile, "byte 3")
    month = write(tmp_path / "month.txt", "\n date 2023-13-45 Text.")
    one_error(read(month), errors.BadDateLine, f"{month}:2", "'2023-13-45'")
    word = write(tmp_path / "word.txt", "date yesterday Text.")
    one_error(read(word), errors.BadDateLine, f"{word}:1", "'yesterday'")
    suffix = write(tmp_path / "suffix.txt", "date 2023-01-05x Text.")
    one_error(read(suffix), errors.BadDateLine, f"{suffix}:1", "'2023-01-05x'")


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    lines = [
        '{"id": "ok1", "text": "One."}',
        '{"id": "broken", "text": ',
        '["a list"]',
        '{"id": "notext", "title": "T"}',
        '{"id": "emptytext", "text": "   "}',
        '{"id": "baddate", "date": "2023-02-30", "text": "x"}',
        '{"id": "numdate", "date": 20230201, "text": "x"}',
        '{"id": "ok2", "text": "Two."}',
    ]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines))
    got = read(path)
    assert [a.id for a in only(got, Article)] == ["ok1", "ok2"]
    kinds = [(type(e), e.where) for e in only(got, errors.InputError)]
    assert kinds == [
        (errors.BadJsonLine, f"{path}:2"), (errors.BadJsonLine, f"{path}:3"),
        (errors.MissingText, f"{path}:4"), (errors.MissingText, f"{path}:5"),
        (errors.BadDate, f"{path}:6"), (errors.BadDate, f"{path}:7"),
    ]
    assert "'2023-02-30'" in str(got[5])


def test_jsonl_bad_encoding_line_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "enc.jsonl", b'{"text": "A."}\n{"text": "H\xe0"}\n{"text": "B."}\n')
    got = read(path)
    assert [a.text for a in only(got, Article)] == ["A.", "B."]
    one_error(got, errors.BadEncoding, f"{path}:2", "byte 26")


def test_json_errors(tmp_path: Path) -> None:
    broken = write(tmp_path / "broken.json", '[\n{"text": "A."},\n{"text": oops}\n]')
    got = read(broken)
    assert got[0].text == "A."
    one_error(got, errors.BadJsonLine, f"{broken}:3")
    scalar = write(tmp_path / "scalar.json", "42")
    one_error(read(scalar), errors.BadJsonLine, str(scalar))
    empty = write(tmp_path / "empty.json", "[]")
    one_error(read(empty), errors.EmptyFile, str(empty))
    notext = write(tmp_path / "notext.json", '{"title": "x"}')
    one_error(read(notext), errors.MissingText, str(notext))


def test_csv_errors(tmp_path: Path) -> None:
    path = write(tmp_path / "rows.csv", "id,date,text\n1,2023-01-01,A.\n2,,\n3,someday,C.\n4,,D.\n")
    got = read(path)
    assert [a.id for a in only(got, Article)] == ["1", "4"]
    assert [(type(e), e.where) for e in only(got, errors.InputError)] == [
        (errors.MissingText, f"{path}:3"), (errors.BadDate, f"{path}:4")]
    header_only = write(tmp_path / "header.csv", "id,text\n")
    one_error(read(header_only), errors.EmptyFile, str(header_only))


def test_record_too_large_others_still_read(tmp_path: Path) -> None:
    big = "x" * 500
    jsonl = write(tmp_path / "big.jsonl", f'{{"text": "A."}}\n{{"text": "{big}"}}\n{{"text": "B."}}\n')
    got = read(jsonl, max_bytes=200)
    assert [a.text for a in only(got, Article)] == ["A.", "B."]
    one_error(got, errors.TooLarge, f"{jsonl}:2", "limit of 200")
    csvfile = write(tmp_path / "big.csv", f'id,text\n1,A.\n2,"{big}\n{big}"\n3,B.\n')
    got = read(csvfile, max_bytes=700)
    assert [a.text for a in only(got, Article)] == ["A.", "B."]
    one_error(got, errors.TooLarge, f"{csvfile}:3")


def test_single_file_too_large_is_refused_without_reading(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: instant, and no 50 MB written
    small = write(tmp_path / "small.txt", "Small.")
    opened: list[Path] = []
    real_open = readers._open_binary

    def spy(path: Path, gz: bool) -> object:
        opened.append(path)
        return real_open(path, gz)

    monkeypatch.setattr(readers, "_open_binary", spy)
    got = read(huge, small)
    one_error(got, errors.TooLarge, str(huge), str(50 * 1024 * 1024), str(readers.MAX_BYTES))
    assert [a.text for a in only(got, Article)] == ["Small."]
    assert opened == [small]


def test_gzipped_single_file_too_large(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt.gz", "y" * 5000)
    one_error(read(path, max_bytes=1000), errors.TooLarge, str(path), "5000 bytes")


def test_unreadable_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "nowhere.txt", broken)
    denied = write(tmp_path / "denied.txt", "Secret.")
    good = write(tmp_path / "good.txt", "Good.")
    real_open = readers._open_binary

    def deny(path: Path, gz: bool) -> object:  # simulates chmod 000, which root ignores
        if path == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, gz)

    monkeypatch.setattr(readers, "_open_binary", deny)
    got = read(tmp_path / "missing.txt", broken, denied, good)
    errs = only(got, errors.Unreadable)
    assert [e.where for e in errs] == [str(tmp_path / "missing.txt"), str(broken), str(denied)]
    assert [e.values["reason"] for e in errs] == ["no such file", "broken symlink", "permission denied"]
    assert [a.text for a in only(got, Article)] == ["Good."]
    # in a folder walk the dangling link is reported too
    assert [e.where for e in only(read(tmp_path), errors.Unreadable)] == [str(broken), str(denied)]


def test_corrupt_gzip_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl.gz"
    lines = "".join(f'{{"text": "{os.urandom(16).hex()}"}}\n' for _ in range(5000)).encode()
    data = gzip.compress(lines)
    path.write_bytes(data[: len(data) // 2])  # truncated mid-stream
    got = read(path)
    assert len(got) > 1 and all(isinstance(a, Article) for a in got[:-1])
    assert isinstance(got[-1], errors.Unreadable) and str(path) in str(got[-1])
    assert "corrupt gzip" in str(got[-1])


def test_ids_given_stem_hash(tmp_path: Path) -> None:
    given = write(tmp_path / "g.jsonl", '{"id": "given-1", "text": "T."}\n')
    stem = write(tmp_path / "000_abc.txt", "T.")
    gz = write(tmp_path / "x.txt.gz", "T.")
    hashed = write(tmp_path / "h.jsonl", '{"text": "T."}\n')
    ids = [a.id for a in read(given, stem, gz, hashed)]
    assert ids == ["given-1", "000_abc", "x", content_id("T.")]
    assert content_id("T.") == "sha1-" + __import__("hashlib").sha1(b"T.").hexdigest()[:16]

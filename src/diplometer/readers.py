"""Turn files, folders and standard input into `Article` records.

Readers never raise on bad input: a file or record that cannot be read becomes an
`InputError` instance in the output stream, naming the place (``path`` or ``path:line``) and
the problem, and reading carries on. This lets one bad file in a corpus of thousands be
reported without losing the rest.

Multi-record files (JSONL, CSV, also gzipped) are read one line at a time so a corpus is never
loaded whole; single-article files (text, HTML, JSON) are loaded whole but only after their
size has been checked against ``max_bytes``.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import os
import re
import stat
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from bs4 import BeautifulSoup, Tag

from diplometer.errors import (
    BadCsvLine,
    BadDate,
    BadDateLine,
    BadEncoding,
    BadJsonLine,
    BinaryFile,
    EmptyFile,
    InputError,
    MissingText,
    NoArticleText,
    TooLarge,
    UnknownFormat,
    Unreadable,
)
from diplometer.records import Article
from diplometer.textutil import nfc

MAX_BYTES = 10 * 1024 * 1024
SNIFF_BYTES = 8192
STDIN_NAME = "<stdin>"

Result = Article | InputError

# Suffix (after removing an optional .gz) -> format name.
_SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".html": "html", ".htm": "html",
}
# Suffixes that are certainly not articles: refused without opening, even when given explicitly.
_FOREIGN = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".svg", ".ico",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
    ".zip", ".tar", ".tgz", ".7z", ".rar", ".bz2", ".xz",
    ".db", ".sqlite", ".sqlite3", ".exe", ".dll", ".so", ".bin", ".pyc",
    ".mp3", ".mp4", ".wav", ".avi", ".mov", ".parquet", ".pkl", ".pickle", ".npy",
})
_SINGLE = frozenset({"text", "html", "json"})  # formats that are loaded whole

_TEXT_KEYS = ("text", "body", "content")
_DATE_KEYS = ("date", "published", "publication_date")

_DATE_LINE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*")
_DATE_WORD = re.compile(r"^\s*date[ \t]+(\S*)|^\s*date[ \t]*$", re.MULTILINE)
_DATE_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ].*)?")
_FIELD_NAME = re.compile(r"[a-z_][a-z0-9_]{0,40}")
_SPACES = re.compile(r"\s+")
_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_DROP_TAGS = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]
_GZIP_MAGIC = b"\x1f\x8b"


# --------------------------------------------------------------------------- public API


def read_paths(
    paths: Iterable[str], default_date: date | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Result]:
    """Stream articles (and errors in their place) from files, folders and "-" (stdin)."""
    for given in paths:
        if given == "-":
            yield from _read_stdin(default_date, max_bytes)
        elif os.path.isdir(given):
            yield from _walk(Path(given), default_date, max_bytes, set())
        else:
            yield from _read_file(Path(given), default_date, max_bytes)


def sniff_format(head: bytes) -> str:
    """Guess the format of content whose name says nothing (stdin, unknown suffixes).

    Returns one of "gzip", "binary", "empty", "json", "jsonl", "csv", "html", "text".
    A seed-style date line in front of the content is looked past.
    """
    if head.startswith(_GZIP_MAGIC):
        return "gzip"
    if b"\0" in head:
        return "binary"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    match = _DATE_LINE.match(text)
    body = text[match.end():] if match else text.lstrip()
    if not body.strip():
        return "empty"
    if body.startswith("["):
        return "json"
    if body.startswith("{"):
        return _sniff_json_kind(body, truncated=len(head) >= SNIFF_BYTES)
    if body.startswith("<") and _looks_like_html(body):
        return "html"
    if _looks_like_csv(body):
        return "csv"
    return "text"


def article_from_text(raw: str, doc_id: str | None, origin: str, default_date: date | None) -> Result:
    """Build an article from one text, taking the date from a leading "date YYYY-MM-DD" token.

    Used for text files, stdin and text posted to the API; `origin` names the place in errors.
    """
    split = _split_date_line(_clean(raw), origin)
    if isinstance(split, InputError):
        return split
    when, text = split
    if not text.strip():
        return EmptyFile(origin)
    return Article(id=doc_id or content_id(text), text=text, date=when or default_date, origin=origin)


def article_from_html(raw: str, doc_id: str | None, origin: str, default_date: date | None) -> Result:
    """Build an article from an HTML page: main text, title and date from the markup."""
    split = _split_date_line(_clean(raw), origin)
    if isinstance(split, InputError):
        return split
    line_date, markup = split
    if not markup.strip():
        return EmptyFile(origin)
    soup = BeautifulSoup(markup, "lxml")
    title, when, url, source = _html_title(soup), _html_date(soup), _html_url(soup), _html_site(soup)
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    text = _html_text(_html_container(soup))
    if not text:
        return NoArticleText(origin)
    return Article(id=doc_id or content_id(text), text=text, date=line_date or when or default_date,
                   title=title, url=url, source=source, origin=origin)


def content_id(text: str) -> str:
    """A stable id for text that came without one: same text, same id."""
    return "sha1-" + hashlib.sha1(nfc(text).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- paths


def _walk(folder: Path, default_date: date | None, max_bytes: int, seen: set[str]) -> Iterator[Result]:
    """Visit a folder in name order, depth first; hidden entries and foreign files are skipped.

    `seen` holds the real paths of folders visited so symlink loops end.
    """
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        yield Unreadable(str(folder), reason=_os_reason(folder, exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if _is_dir(entry):
            yield from _walk(Path(entry.path), default_date, max_bytes, seen)
        elif _format_for(entry.name)[0] is not None:
            yield from _read_file(Path(entry.path), default_date, max_bytes)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _read_file(path: Path, default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """Read one named file; its suffix decides the format, else its content does."""
    name = str(path)
    fmt, gz, suffix = _format_for(path.name)
    if suffix in _FOREIGN:
        yield UnknownFormat(name, suffix=suffix)
        return
    try:
        info = os.stat(path)
    except OSError as exc:
        yield Unreadable(name, reason=_os_reason(path, exc))
        return
    if fmt in _SINGLE and not gz and stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        yield TooLarge(name, size=info.st_size, limit=max_bytes)  # refused before reading a byte
        return
    yield from _guarded(name, lambda: _open_binary(path, gz),
                        lambda fh: _read_stream(fh, name, fmt, _stem(path.name), suffix, default_date,
                                                max_bytes))


def _read_stdin(default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """Read standard input as bytes; its format is sniffed and its articles get content ids."""
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        yield Unreadable(STDIN_NAME, reason="no binary standard input")
        return
    yield from _guarded(STDIN_NAME, lambda: _Unclosed(buffer),
                        lambda fh: _read_stream(fh, STDIN_NAME, None, None, "", default_date, max_bytes))


def _guarded(name: str, opener: Callable[[], IO[bytes]],
             reader: Callable[[IO[bytes]], Iterator[Result]]) -> Iterator[Result]:
    """Run a reader over an opened stream, turning I/O failures (also mid-file) into Unreadable."""
    try:
        with opener() as fh:
            yield from reader(fh)
    except (OSError, EOFError, zlib.error) as exc:
        yield Unreadable(name, reason=_exc_reason(exc))


def _open_binary(path: Path, gz: bool) -> IO[bytes]:
    """Open for binary reading, decompressing on the fly for .gz (a seam for tests too)."""
    return gzip.open(path, "rb") if gz else open(path, "rb")  # closed by _guarded


class _Unclosed(io.BufferedIOBase):
    """A context manager over stdin that leaves it open for the rest of the process."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw

    def read(self, size: int | None = -1) -> bytes:
        return self._raw.read(-1 if size is None else size)

    def readable(self) -> bool:
        return True

    def close(self) -> None:  # stdin belongs to the process, not to us
        pass


def _format_for(name: str) -> tuple[str | None, bool, str]:
    """(format or None, gzipped?, suffix) from a file name, ignoring case."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    base = lower[:-3] if gz else lower
    suffix = os.path.splitext(base)[1]
    return _SUFFIXES.get(suffix), gz, suffix


def _stem(name: str) -> str | None:
    """The document id a single-article file gets: "x.txt.gz" -> "x"."""
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[0] or None


def _os_reason(path: Path, exc: OSError) -> str:
    if os.path.islink(path) and not os.path.exists(path):
        return "broken symlink"
    return _exc_reason(exc)


def _exc_reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, EOFError | zlib.error | gzip.BadGzipFile):
        return f"corrupt gzip data: {exc}"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


# --------------------------------------------------------------------------- streams


def _read_stream(fh: IO[bytes], name: str, fmt: str | None, stem: str | None, suffix: str,
                 default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """Check the head of a stream (binary? what format?) and hand it to the right reader."""
    head = fh.read(SNIFF_BYTES)
    stream = io.BufferedReader(_Prefixed(head, fh), buffer_size=1 << 16)
    if fmt is None:
        kind = sniff_format(head)
        if kind == "gzip":
            yield from _read_stream(gzip.GzipFile(fileobj=stream, mode="rb"), name, None, stem, suffix,
                                    default_date, max_bytes)
            return
        if kind == "binary" and suffix:
            yield UnknownFormat(name, suffix=suffix)
            return
        fmt = "text" if kind in ("binary", "empty") else kind
    nul = head.find(b"\0")
    if nul >= 0:
        yield BinaryFile(name, offset=nul)
        return
    if fmt == "jsonl":
        yield from _read_jsonl(stream, name, default_date, max_bytes)
    elif fmt == "csv":
        yield from _read_csv(stream, name, default_date, max_bytes)
    else:
        yield from _read_single(stream, name, fmt, stem, default_date, max_bytes)


class _Prefixed(io.RawIOBase):
    """A raw stream that replays the already-read head before the rest, so sniffing needs no seek."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_single(stream: IO[bytes], name: str, fmt: str, stem: str | None,
                 default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """Read a whole single-article file (text, HTML) or JSON document, after a size check."""
    data = _read_bounded(stream, name, max_bytes)
    text = data if isinstance(data, InputError) else _decode(data, name)
    if isinstance(text, InputError):
        yield text
    elif fmt == "json":
        yield from _read_json(text, name, stem, default_date)
    elif fmt == "html":
        yield article_from_html(text, stem, name, default_date)
    else:
        yield article_from_text(text, stem, name, default_date)


def _read_bounded(stream: IO[bytes], name: str, max_bytes: int) -> bytes | InputError:
    """Read at most max_bytes; beyond that, count the rest without keeping it and refuse."""
    data = stream.read(max_bytes + 1)
    if len(data) <= max_bytes:
        return data
    size = len(data)
    while chunk := stream.read(1 << 20):
        size += len(chunk)
    return TooLarge(name, size=size, limit=max_bytes)


def _decode(data: bytes, where: str, base: int = 0) -> str | InputError:
    """Strict UTF-8 (a BOM is dropped); a NUL anywhere means binary."""
    nul = data.find(b"\0")
    if nul >= 0:
        return BinaryFile(where, offset=base + nul)
    skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        return BadEncoding(where, offset=base + skip + exc.start)


# --------------------------------------------------------------------------- JSONL / CSV


class _Skip(Exception):
    """Raised by `_Lines` for a line that cannot be used; carries the ready-made error."""

    def __init__(self, error: InputError) -> None:
        super().__init__(str(error))
        self.error = error


class _Lines:
    """Decoded lines of a binary stream, one at a time, each bounded by the record size limit.

    A line that is too long or not UTF-8 raises `_Skip` so the caller can report it and go on;
    a too-long line is skipped to its end without being kept in memory.
    """

    def __init__(self, stream: IO[bytes], name: str, limit: int) -> None:
        self._stream = stream
        self._name = name
        self._limit = limit
        self._offset = 0
        self.lineno = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        raw = self._stream.readline(self._limit + 2)
        if not raw:
            raise StopIteration
        self.lineno += 1
        start, self._offset = self._offset, self._offset + len(raw)
        where = f"{self._name}:{self.lineno}"
        size = len(raw.rstrip(b"\r\n"))
        if size > self._limit:
            if not raw.endswith(b"\n"):
                size += self._skip_rest()  # approximate: may include the line end
            raise _Skip(TooLarge(where, size=size, limit=self._limit))
        if self.lineno == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, start = raw[3:], start + 3
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Skip(BadEncoding(where, offset=start + exc.start)) from None

    def _skip_rest(self) -> int:
        skipped = 0
        while chunk := self._stream.readline(1 << 20):
            skipped += len(chunk)
            if chunk.endswith(b"\n"):
                break
        self._offset += skipped
        return skipped


def _read_jsonl(stream: IO[bytes], name: str, default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """One JSON object per line; a broken line is reported and the next one read."""
    lines = _Lines(stream, name, max_bytes)
    produced = False
    while True:
        try:
            line = next(lines)
        except StopIteration:
            break
        except _Skip as skip:
            produced = True
            yield skip.error
            continue
        if line.strip():
            produced = True
            yield _jsonl_record(line, f"{name}:{lines.lineno}", default_date)
    if not produced:
        yield EmptyFile(name)


def _jsonl_record(line: str, where: str, default_date: date | None) -> Result:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return BadJsonLine(where, reason=f"{exc.msg} at column {exc.colno}")
    if not isinstance(value, dict):
        return BadJsonLine(where, reason=f"got a JSON {type(value).__name__}")
    return _article_from_record(value, where, default_date, None)


def _read_csv(stream: IO[bytes], name: str, default_date: date | None, max_bytes: int) -> Iterator[Result]:
    """CSV with a header row naming the same fields as JSONL; records may span lines."""
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes + 1))
    lines = _Lines(stream, name, max_bytes)
    rows = csv.reader(lines)
    header: list[str] | None = None
    produced = False
    while True:
        start = lines.lineno + 1
        try:
            row = next(rows)
        except StopIteration:
            break
        except (_Skip, csv.Error) as exc:
            produced = True
            yield exc.error if isinstance(exc, _Skip) else BadCsvLine(f"{name}:{start}", reason=str(exc))
            rows = csv.reader(lines)  # a fresh parser: the broken record must not swallow the next
            continue
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip().lower() for cell in row]
            continue
        produced = True
        yield _csv_record(header, row, f"{name}:{start}", default_date, max_bytes)
    if not produced:
        yield EmptyFile(name)


def _csv_record(header: list[str], row: list[str], where: str, default_date: date | None,
                max_bytes: int) -> Result:
    size = sum(len(cell.encode("utf-8")) for cell in row)
    if size > max_bytes:
        return TooLarge(where, size=size, limit=max_bytes)
    return _article_from_record(dict(zip(header, row, strict=False)), where, default_date, None)


# --------------------------------------------------------------------------- JSON


def _read_json(text: str, name: str, stem: str | None, default_date: date | None) -> list[Result]:
    """A JSON object (one article, id falls back to the file stem) or a list of objects."""
    if not text.strip():
        return [EmptyFile(name)]
    if not text.lstrip().startswith("["):
        return [_json_object(text, name, stem, default_date)]
    results: list[Result] = []
    try:
        for pos, value in _json_items(text):
            where = f"{name}:{text.count(chr(10), 0, pos) + 1}"
            if isinstance(value, dict):
                results.append(_article_from_record(value, where, default_date, None))
            else:
                results.append(BadJsonLine(where, reason=f"list item is a JSON {type(value).__name__}"))
    except json.JSONDecodeError as exc:
        results.append(BadJsonLine(f"{name}:{exc.lineno}", reason=f"{exc.msg} at column {exc.colno}"))
    return results or [EmptyFile(name)]


def _json_object(text: str, name: str, stem: str | None, default_date: date | None) -> Result:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return BadJsonLine(f"{name}:{exc.lineno}", reason=f"{exc.msg} at column {exc.colno}")
    if not isinstance(value, dict):
        return BadJsonLine(name, reason=f"got a JSON {type(value).__name__}")
    return _article_from_record(value, name, default_date, stem)


def _json_items(text: str) -> Iterator[tuple[int, object]]:
    """Walk a top-level JSON array item by item, giving each item's character position.

    The positions give every record a line number for its origin and its errors.
    """
    decoder = json.JSONDecoder()
    pos = _JSON_SPACE.match(text, text.index("[") + 1).end()
    if text.startswith("]", pos):
        _json_end(text, pos)
        return
    while True:
        value, end = decoder.raw_decode(text, pos)
        yield pos, value
        pos = _JSON_SPACE.match(text, end).end()
        if text.startswith("]", pos):
            _json_end(text, pos)
            return
        if not text.startswith(",", pos):
            raise json.JSONDecodeError("Expecting ',' delimiter", text, pos)
        pos = _JSON_SPACE.match(text, pos + 1).end()


def _json_end(text: str, pos: int) -> None:
    after = _JSON_SPACE.match(text, pos + 1).end()
    if after != len(text):
        raise json.JSONDecodeError("Extra data", text, after)


# --------------------------------------------------------------------------- records and text


def _article_from_record(record: dict[str, object], where: str, default_date: date | None,
                         fallback_id: str | None) -> Result:
    """Map a JSON/CSV record onto an Article; keys are matched case-insensitively."""
    fields = {str(key).strip().lower(): value for key, value in record.items()}
    body = _first(fields, _TEXT_KEYS)
    if not isinstance(body, str) or not body.strip():
        return MissingText(where)
    when = _record_date(_first(fields, _DATE_KEYS), default_date, where)
    if isinstance(when, InputError):
        return when
    text = _clean(body)
    given = _str_or_none(fields.get("id"))
    return Article(id=given or fallback_id or content_id(text), text=text, date=when,
                   title=_str_or_none(fields.get("title")), url=_str_or_none(fields.get("url")),
                   source=_str_or_none(fields.get("source")), origin=where)


def _first(fields: dict[str, object], keys: tuple[str, ...]) -> object:
    """The first of several alternative field names that has a value."""
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


def _record_date(value: object, default_date: date | None, where: str) -> date | None | InputError:
    """A record's date (the date part of an ISO datetime); a present but bad value is an error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default_date
    parsed = _parse_date(value) if isinstance(value, str) else None
    return parsed if parsed is not None else BadDate(where, value=value)


def _parse_date(value: str) -> date | None:
    match = _DATE_VALUE.fullmatch(value.strip())
    if not match:
        return None
    try:
        return date.fromisoformat(match[1])
    except ValueError:
        return None


def _str_or_none(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = nfc(str(value)).strip()
    return text or None


def _clean(raw: str) -> str:
    """NFC, Unix line ends, no BOM: the form every offset downstream refers to."""
    return nfc(raw.lstrip("\ufeff").replace("\r\n", "\n"))


def _split_date_line(text: str, origin: str) -> tuple[date | None, str] | InputError:
    """Separate a leading "date YYYY-MM-DD" token from the article (same line or its own line)."""
    match = _DATE_LINE.match(text)
    if match:
        try:
            return date.fromisoformat(match[1]), text[match.end():]
        except ValueError:
            return _bad_date_line(text, match.start(1), match[1], origin)
    word = _DATE_WORD.match(text)
    if word:
        value = word[1] or ""
        return _bad_date_line(text, word.start(1) if word[1] is not None else word.start(), value, origin)
    return None, text


def _bad_date_line(text: str, pos: int, value: str, origin: str) -> InputError:
    line = text.count("\n", 0, pos) + 1
    return BadDateLine(f"{origin}:{line}", value=value)


# --------------------------------------------------------------------------- HTML


def _html_container(soup: BeautifulSoup) -> Tag:
    """The element holding the story: <article>, else <main>, else <body>."""
    for name in ("article", "main", "body"):
        found = soup.find(name)
        if isinstance(found, Tag):
            return found
    return soup


def _html_text(container: Tag) -> str:
    """Paragraphs joined by blank lines; without <p>, the element's text lines."""
    paragraphs = [_SPACES.sub(" ", p.get_text(" ", strip=True)) for p in container.find_all("p")]
    if not any(paragraphs):
        paragraphs = [_SPACES.sub(" ", line).strip() for line in container.get_text("\n").split("\n")]
    return nfc("\n\n".join(p for p in paragraphs if p))


def _html_title(soup: BeautifulSoup) -> str | None:
    for name in ("h1", "title"):
        found = soup.find(name)
        if isinstance(found, Tag):
            title = _SPACES.sub(" ", found.get_text(" ", strip=True))
            if title:
                return nfc(title)
    return None


def _html_date(soup: BeautifulSoup) -> date | None:
    """The first usable published date in the markup; unusable ones are passed over."""
    candidates = [_meta(soup, property="article:published_time"), _meta(soup, name="date")]
    candidates += [str(t.get("datetime")) for t in soup.find_all("time") if t.get("datetime")]
    for value in candidates:
        parsed = _parse_date(value) if value else None
        if parsed:
            return parsed
    return None


def _html_url(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    return str(href) if href else _meta(soup, property="og:url")


def _html_site(soup: BeautifulSoup) -> str | None:
    return _meta(soup, property="og:site_name")


def _meta(soup: BeautifulSoup, **attrs: str) -> str | None:
    found = soup.find("meta", attrs=attrs)
    content = found.get("content") if isinstance(found, Tag) else None
    if not content:
        return None
    return str(content).strip() or None


# --------------------------------------------------------------------------- sniffing helpers


def _sniff_json_kind(body: str, truncated: bool) -> str:
    """One object per line is JSONL; an object spread over lines is a JSON document."""
    first, newline, rest = body.partition("\n")
    if not newline and truncated:
        return "jsonl"
    if first.rstrip().endswith("}") and (not rest.strip() or rest.lstrip().startswith("{")):
        return "jsonl"
    return "json"


def _looks_like_html(body: str) -> bool:
    lower = body[:2000].lower()
    return any(tag in lower for tag in ("<!doctype html", "<html", "<body", "<article", "<main", "<p", "<div"))


def _looks_like_csv(body: str) -> bool:
    """A header line with several comma-separated names, one of them a text field."""
    first = body.split("\n", 1)[0]
    try:
        names = next(csv.reader([first]))
    except (csv.Error, StopIteration):
        return False
    names = [name.strip().lower() for name in names]
    if len(names) < 2 or not all(_FIELD_NAME.fullmatch(name) for name in names):
        return False  # prose such as "Body, mind and soul" is not a header
    return any(key in names for key in _TEXT_KEYS)

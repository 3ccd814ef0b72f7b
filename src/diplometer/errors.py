"""The error catalogue.

Every error diplometer raises on bad input is a `DiplometerError` with a code, the place at
fault (file and line where known) and advice. The CLI prints `str(error)` as one line.

    DiplometerError
    ├── InputError          a file or record that cannot be read as an article (E1xx)
    ├── StoreError          the database cannot be opened or migrated (E2xx)
    └── UsageError          options that do not fit together (E3xx)
"""
from __future__ import annotations


class DiplometerError(Exception):
    code = "E000"
    template = "{detail}"

    def __init__(self, where: str = "", **values: object) -> None:
        self.where = where
        self.values = values
        message = self.template.format(**values)
        super().__init__(f"{where}: {message} [{self.code}]" if where else f"{message} [{self.code}]")


class InputError(DiplometerError):
    code = "E100"


class EmptyFile(InputError):
    code = "E101"
    template = "the file is empty; nothing to ingest"


class BinaryFile(InputError):
    code = "E102"
    template = "looks binary (NUL bytes at byte {offset}); give a text, JSONL, CSV or HTML file"


class BadEncoding(InputError):
    code = "E103"
    template = "not valid UTF-8 at byte {offset}; re-save the file as UTF-8"


class BadDateLine(InputError):
    code = "E104"
    template = "malformed date line {value!r}; write it as 'date YYYY-MM-DD'"


class BadJsonLine(InputError):
    code = "E105"
    template = "not a JSON object ({reason}); fix or remove this line"


class TooLarge(InputError):
    code = "E106"
    template = "{size} bytes is more than the limit of {limit} bytes; split the file"


class Unreadable(InputError):
    code = "E107"
    template = "cannot be read ({reason})"


class MissingText(InputError):
    code = "E108"
    template = "record has no text; give a non-empty 'text' field"


class BadDate(InputError):
    code = "E109"
    template = "date {value!r} is not YYYY-MM-DD; fix it or leave it empty"


class UnknownFormat(InputError):
    code = "E110"
    template = "unknown file type {suffix!r}; use .txt, .jsonl, .json, .csv, .html (optionally .gz)"


class BadCsvLine(InputError):
    code = "E111"
    template = "not a valid CSV record ({reason}); fix or remove this record"


class NoArticleText(InputError):
    code = "E112"
    template = "no article text found in the HTML (no paragraphs or body text)"


class StoreError(DiplometerError):
    code = "E200"


class BadDatabaseUrl(StoreError):
    code = "E201"
    template = "cannot open database {url!r} ({reason}); give a file path or an SQLAlchemy URL"


class SchemaTooNew(StoreError):
    code = "E202"
    template = "database schema version {found} is newer than this diplometer ({known}); upgrade diplometer"


class UnknownTable(StoreError):
    code = "E203"
    template = "no table {table!r} in the store; use one of: {known}"


class StoreWriteFailed(StoreError):
    code = "E204"
    template = ("cannot write to database {url!r} ({reason}); free disk space or make the database writable, "
                "then run again: documents already stored are kept and skipped")


class UsageError(DiplometerError):
    code = "E300"


class BadOption(UsageError):
    code = "E301"
    template = "{detail}"

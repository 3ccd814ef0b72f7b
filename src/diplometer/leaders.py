"""A dated dictionary of office holders: who led which country, in which office, when.

Articles often name a leader without a nationality ("President Bola Tinubu" in a London
wire). The dictionary (data/leaders_*.tsv: name, aliases, country, role, title, start, end)
gives such a person a country and the title held on the article's date. It is only a
fallback: a nationality written in the article always wins, and a name outside every term
(with a year's grace either side) is not matched, so a stale entry does not misplace a
namesake years later.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from .textutil import fold_key, fold_same_length, nfc

GRACE_DAYS = 366


@dataclass(frozen=True)
class Term:
    name: str
    country: str | None
    role: str
    title: str
    start: date | None
    end: date | None

    def covers(self, day: date | None, grace: int = GRACE_DAYS) -> bool:
        if day is None:
            return True
        after_start = self.start is None or (day - self.start).days >= -grace
        before_end = self.end is None or (self.end - day).days >= -grace
        return after_start and before_end


def _day(value: str, end: bool) -> date | None:
    value = value.strip()
    if not value:
        return None
    try:
        if len(value) == 4:
            return date(int(value), 12, 31) if end else date(int(value), 1, 1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Term, ...]]:
    """Folded name or alias -> the terms of the one person it names."""
    index: dict[str, list[Term]] = {}
    for path in sorted((Path(__file__).parent / "data").glob("leaders_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) < 7 or not cells[0].strip():
                continue
            name, aliases, country, role, title, start, end = (c.strip() for c in cells[:7])
            term = Term(name, country or None, role, title, _day(start, False), _day(end, True))
            for form in {name, *filter(None, aliases.split("|"))}:
                index.setdefault(fold_key(form), []).append(term)
    return {k: tuple(v) for k, v in index.items()}


def lookup(name: str, day: date | None) -> Term | None:
    """The term the named person held on `day` (the latest one when several overlap); a form that
    names two different people in office that day ("Aliyev", "Castro" in a year both held office)
    names nobody, one whose holders served in different years names the one of `day`."""
    known = _index().get(fold_key(name), ())
    # in office that day, else within the grace around a term (a report may lag or anticipate it)
    terms = [t for t in known if t.covers(day, 0)] or [t for t in known if t.covers(day)]
    if not terms or len({fold_key(t.name) for t in terms}) > 1:
        return None
    return max(terms, key=lambda t: t.start or date.min)


def country_by_surname(name: str, day: date | None) -> str | None:
    """The country of an office holder whose last names end `name` ("President Tayyip Erdogan",
    "Bilawal Bhutto Zardari"): a namesake is nearly always a compatriot, but not the same person,
    so only the country is taken, never the title or the person's key."""
    words = name.split()
    for i in range(1, len(words)):
        term = lookup(" ".join(words[i:]), day)
        if term is not None and term.country:
            return term.country
    return None


@lru_cache(maxsize=1)
def _by_prefix() -> dict[str, tuple[re.Pattern[str], ...]]:
    """The forms' patterns by their first two letters, longest first: a text is tried only at the
    words that can start a name, and only with those names (one alternation of every form, tried
    at every word, cost a tenth of extraction once the dictionary reached back to 1995)."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for form in sorted(set(_forms()), key=len, reverse=True):
        if len(form) >= 2:
            out.setdefault(form[:2], []).append(re.compile(r"\s+".join(re.escape(w) for w in form.split()) + r"(?![\w-])"))
    return {key: tuple(patterns) for key, patterns in out.items()}


_WORD_START = re.compile(r"(?<![\w'-])(?=[^\W\d_])")


@lru_cache(maxsize=1)
def _forms() -> tuple[str, ...]:
    """The written forms to look for, accents folded like the text they are matched against."""
    forms = set()
    for path in sorted((Path(__file__).parent / "data").glob("leaders_*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) >= 2 and cells[0].strip():
                for form in {cells[0].strip(), *filter(None, cells[1].split("|"))}:
                    folded = fold_same_length(nfc(form.strip()))
                    if folded[:1].isupper() and fold_key(form) in _index():
                        forms.add(folded)
    return tuple(forms)


def find(text: str) -> list[tuple[int, int]]:
    """Spans of dictionary names written in `text` (an NFC text; matching ignores accents)."""
    index = _by_prefix()
    folded = fold_same_length(text)
    spans: list[tuple[int, int]] = []
    for word in _WORD_START.finditer(folded):
        at = word.start()
        if spans and at < spans[-1][1]:
            continue
        for pattern in index.get(folded[at:at + 2], ()):
            found = pattern.match(folded, at)
            if found:
                spans.append((at, found.end()))
                break
    return spans

"""Build a sentence with hand-made mentions and time expressions for the fact extractor tests."""
from __future__ import annotations

from datetime import date

from diplometer.records import Article, Mention, Sentence, TimeExpr, When

PREFIX = "An opening sentence comes first. "


def _find(text: str, sub: str, nth: int) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(sub, pos + 1)
    return pos


class Doc:
    """One sentence placed after a prefix, so offsets are absolute as in the pipeline."""

    def __init__(self, text: str, day: date | None = date(2023, 6, 1), doc_id: str = "doc-1",
                 prefix: str = PREFIX, suffix: str = "") -> None:
        """`prefix` / `suffix`: the article's text before and after the sentence (its context)."""
        self.text = text
        self.prefix = prefix
        self.article = Article(doc_id, prefix + text + suffix, day)
        self.sentence = Sentence(len(prefix), len(prefix) + len(text), text)
        self.mentions: list[Mention] = []
        self.times: list[TimeExpr] = []

    def _span(self, sub: str, nth: int) -> tuple[int, int]:
        start = len(self.prefix) + _find(self.text, sub, nth)
        return start, start + len(sub)

    def country(self, sub: str, iso: str, nth: int = 0) -> Doc:
        start, end = self._span(sub, nth)
        self.mentions.append(Mention(start, end, sub, f"country:{iso}", sub, "country", iso))
        return self

    def actor(self, sub: str, kind: str, iso: str | None = None, key: str | None = None,
              nth: int = 0) -> Doc:
        start, end = self._span(sub, nth)
        self.mentions.append(Mention(start, end, sub, key or f"{kind}:{sub.lower()}", sub, kind, iso))
        return self

    def time(self, sub: str, start: date, end: date, precision: str = "day", nth: int = 0,
             future: bool = False) -> Doc:
        s, e = self._span(sub, nth)
        self.times.append(TimeExpr(s, e, sub, When(start, end, precision, sub), future))
        return self

    def year(self, sub: str, year: int, nth: int = 0) -> Doc:
        return self.time(sub, date(year, 1, 1), date(year, 12, 31), "year", nth)

    def years(self, sub: str, first: int, last: int, nth: int = 0) -> Doc:
        return self.time(sub, date(first, 1, 1), date(last, 12, 31), "range", nth)

    def day(self, sub: str, when: date, nth: int = 0) -> Doc:
        return self.time(sub, when, when, "day", nth)

    def run(self, extractor, home: str | None = "VNM", previous=None) -> list:
        return extractor(self.sentence, self.article, sorted(self.mentions, key=lambda m: m.start),
                         sorted(self.times, key=lambda t: t.start), home, previous)

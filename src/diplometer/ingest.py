"""Ingest: read articles, extract, store; one broken article never stops the batch.

Each article is saved in its own transaction as soon as it is extracted, so a run killed
half-way keeps every document it had reported and none half-written.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.language import Language

from .errors import InputError
from .pipeline import PipelineConfig, extract_all
from .readers import read_paths
from .records import Article
from .store import Store, content_hash


@dataclass
class IngestSummary:
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.rejected

    def line(self) -> str:
        return (f"ingested {self.ingested + self.replaced} ({self.replaced} replaced) / "
                f"unchanged {self.unchanged} / rejected {len(self.rejected)}")


def _unique(article: Article, seen: set[str]) -> Article:
    """Two files with one stem in one run ("east/talks.txt", "west/talks.txt") keep both: the
    later one's id gains a hash of where it came from, the same on every run."""
    if article.id in seen:
        where = article.origin.rsplit(":", 1)[0] if article.origin.count(":") else article.origin
        digest = hashlib.sha1(where.encode("utf-8")).hexdigest()[:8]
        article = replace(article, id=f"{article.id}~{digest}")
    seen.add(article.id)
    return article


def ingest(paths: Iterable[str], store: Store, nlp: Language | None, default_date: date | None = None,
           on_result: Callable[[str, str], None] | None = None,
           config: PipelineConfig = PipelineConfig()) -> IngestSummary:
    """Ingest every article under `paths`; `on_result(status, where)` reports each one."""
    summary = IngestSummary()
    report = on_result or (lambda status, where: None)

    seen: set[str] = set()

    def fresh_articles() -> Iterator[Article]:
        for item in read_paths(paths, default_date):
            if isinstance(item, Article):
                item = _unique(item, seen)
            if isinstance(item, InputError):
                summary.rejected.append(str(item))
                report("rejected", str(item))
            elif store.document_state(item.id, content_hash(item)) == "unchanged":
                summary.unchanged += 1
                report("unchanged", item.id)
            else:
                yield item

    for extraction in extract_all(fresh_articles(), nlp, config):
        status = store.save(extraction, content_hash(extraction.article))
        if status == "replaced":
            summary.replaced += 1
        elif status == "ingested":
            summary.ingested += 1
        else:
            summary.unchanged += 1
        report(status, extraction.article.id)
    return summary

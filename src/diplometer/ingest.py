"""Ingest: read articles, extract, store; one broken article never stops the batch.

In process (`ingest`), each article is saved in its own transaction as soon as it is
extracted, so a run killed half-way keeps every document it had reported and none
half-written. On an engine (`ingest_sharded`), workers extract batches into Parquet shards
and this process alone loads them, one transaction per shard, in the order the articles were
read: the database ends up the same as an in-process run's, and a killed run resumes from
the shards it left.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path

from spacy.language import Language

from .engines import Engine
from .errors import InputError
from .pipeline import PipelineConfig, extract_all
from .readers import read_paths
from .records import Article
from .shards import Batch, ShardInfo, batch_name, extract_batch, read_shard
from .store import Store, content_hash


@dataclass
class IngestSummary:
    ingested: int = 0
    replaced: int = 0
    unchanged: int = 0
    rejected: list[str] = field(default_factory=list)
    shards_reused: int = 0  # shards a previous, interrupted run had already written
    worker_peak_mib: dict[str, float] = field(default_factory=dict)  # host:pid -> peak RSS

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
    for extraction in extract_all(_fresh_articles(paths, store, default_date, summary, report), nlp, config):
        _count(summary, store.save(extraction, content_hash(extraction.article)), extraction.article.id, report)
    return summary


def _fresh_articles(paths: Iterable[str], store: Store, default_date: date | None, summary: IngestSummary,
                    report: Callable[[str, str], None]) -> Iterator[Article]:
    """The readable articles whose content the store does not hold yet; the rest are counted."""
    seen: set[str] = set()
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


def _count(summary: IngestSummary, status: str, doc_id: str, report: Callable[[str, str], None]) -> None:
    if status == "replaced":
        summary.replaced += 1
    elif status == "ingested":
        summary.ingested += 1
    else:
        summary.unchanged += 1
    report(status, doc_id)


def ingest_sharded(paths: Iterable[str], store: Store, engine: Engine, shard_dir: Path,
                   default_date: date | None = None, on_result: Callable[[str, str], None] | None = None,
                   config: PipelineConfig = PipelineConfig(), batch_docs: int = 64,
                   keep_shards: bool = False) -> IngestSummary:
    """Ingest on `engine`: workers write one shard per `batch_docs` articles into `shard_dir`, and
    this process loads the shards in reading order. A shard already on disk (from a run that was
    interrupted) is loaded without extracting its batch again."""
    summary = IngestSummary()
    report = on_result or (lambda status, where: None)
    shard_dir.mkdir(parents=True, exist_ok=True)
    fresh = _fresh_articles(paths, store, default_date, summary, report)

    def batches() -> Iterator[Batch]:
        while chunk := list(islice(fresh, batch_docs)):
            hashes = [content_hash(a) for a in chunk]
            path = shard_dir / batch_name(chunk, hashes)
            # a shard left by an interrupted run goes back as it is: its articles need not travel
            yield Batch(() if path.exists() else tuple(chunk), tuple(hashes), str(path), config)

    for done in engine.map(_run_or_reuse, batches()):
        if isinstance(done, Batch):
            summary.shards_reused += 1
            path = Path(done.path)
        else:
            path = Path(done.path)
            summary.worker_peak_mib[done.worker] = max(done.peak_rss_mib, summary.worker_peak_mib.get(done.worker, 0))
        pairs = read_shard(path)
        for (extraction, _), status in zip(pairs, store.save_many(pairs), strict=True):
            _count(summary, status, extraction.article.id, report)
        if not keep_shards:
            path.unlink(missing_ok=True)
    if not keep_shards:
        _remove_if_empty(shard_dir)
    return summary


def _run_or_reuse(batch: Batch) -> Batch | ShardInfo:
    """On a worker: a batch whose shard already exists (sent without its articles) is handed
    back untouched, else extracted."""
    return batch if not batch.articles else extract_batch(batch)


def _remove_if_empty(directory: Path) -> None:
    try:
        directory.rmdir()
    except OSError:  # not empty (kept or foreign files) or already gone
        pass

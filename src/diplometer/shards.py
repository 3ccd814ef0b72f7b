"""Shards: one batch of articles extracted by a worker and written as one Parquet file.

Workers never touch the database. Each writes its batch's extractions to
`<dir>/<batch-digest>.parquet` (one row per article: document id, content hash, the whole
extraction as JSON), first under a temporary name and then renamed, so a shard on disk is
always complete. The single writer loads shards in batch order. A batch's name is a digest of
the ids and content hashes of its articles, so a resumed run finds the shards a crashed run
already wrote and does not extract them again.
"""
from __future__ import annotations

import hashlib
import json
import os
import resource
import socket
import time
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import codec
from .nlp import load_model
from .pipeline import PipelineConfig, extract_all
from .records import Article, Extraction

SCHEMA = pa.schema([("document_id", pa.string()), ("content_hash", pa.string()), ("extraction", pa.string())])


@dataclass(frozen=True)
class Batch:
    """What a worker needs: the articles, their content hashes, and where the shard goes."""

    articles: tuple[Article, ...]
    hashes: tuple[str, ...]
    path: str
    config: PipelineConfig


@dataclass(frozen=True)
class ShardInfo:
    path: str
    documents: int
    seconds: float
    worker: str  # host:pid
    peak_rss_mib: float  # the worker process's peak resident memory so far


def batch_name(articles: list[Article], hashes: list[str]) -> str:
    digest = hashlib.sha1()
    for article, content in zip(articles, hashes, strict=True):
        digest.update(f"{article.id}\0{content}\n".encode())
    return digest.hexdigest()[:20] + ".parquet"


def extract_batch(batch: Batch) -> ShardInfo:
    """Extract a batch and write its shard (runs on a worker; the model is cached per process)."""
    started = time.perf_counter()
    nlp = load_model() if batch.config.use_ner else None
    extractions = list(extract_all(batch.articles, nlp, batch.config))
    write_shard(Path(batch.path), extractions, list(batch.hashes))
    return ShardInfo(batch.path, len(extractions), time.perf_counter() - started,
                     f"{socket.gethostname()}:{os.getpid()}", peak_rss_mib())


def peak_rss_mib() -> float:
    """Peak resident memory of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_shard(path: Path, extractions: list[Extraction], hashes: list[str]) -> None:
    rows = {"document_id": [e.article.id for e in extractions], "content_hash": hashes,
            "extraction": [json.dumps(codec.to_dict(e), ensure_ascii=False, separators=(",", ":"))
                           for e in extractions]}
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    pq.write_table(pa.table(rows, schema=SCHEMA), partial, compression="zstd")
    os.replace(partial, path)  # atomic: a shard is either absent or whole


def read_shard(path: Path) -> list[tuple[Extraction, str]]:
    """The (extraction, content hash) pairs of a shard, in the order they were written."""
    table = pq.read_table(path, schema=SCHEMA)
    return [(codec.from_dict(Extraction, json.loads(payload)), content)
            for payload, content in zip(table.column("extraction").to_pylist(),
                                        table.column("content_hash").to_pylist(), strict=True)]

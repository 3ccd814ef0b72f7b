"""Engines: where extraction runs, behind one small interface.

    in-process   the default: the calling process, nothing to set up
    processes    a local pool of worker processes (`--engine processes --workers N`)
    dask         Dask distributed: a scheduler given by address (`--scheduler tcp://HOST:PORT`),
                 or a LocalCluster of `--workers N` processes (`pip install diplometer[dask]`)

Every engine maps one function over work items and yields the results in the order the items
were given, with a bounded number of items in flight, so memory stays flat on any input size.
The function must be a module-level function and the items picklable (they travel to other
processes and machines). Workers keep the spaCy model in a per-process cache
(`diplometer.nlp.load_model`), so each worker loads it once, not once per item.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from .errors import BadOption

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("in-process", "processes", "dask")


class Engine(Protocol):
    name: str
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]: ...

    def close(self) -> None: ...


class InProcess:
    """Run each item in the calling process."""

    name = "in-process"
    workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        for item in items:
            yield fn(item)

    def close(self) -> None:
        pass


def _ordered(submit: Callable[[Any], Any], result: Callable[[Any], R], items: Iterable[Any],
             window: int) -> Iterator[R]:
    """Keep at most `window` submitted items in flight; yield results in submission order."""
    pending: deque = deque()
    for item in items:
        pending.append(submit(item))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class Processes:
    """A pool of local worker processes (started fresh, not forked from this one)."""

    name = "processes"

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        def result(future: Future) -> R:
            return future.result()
        return _ordered(lambda item: self._pool.submit(fn, item), result, items, 2 * self.workers)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class Dask:
    """Dask distributed: an existing scheduler, or a LocalCluster of single-threaded workers."""

    name = "dask"

    def __init__(self, workers: int, scheduler: str | None = None) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise BadOption(detail="--engine dask needs Dask: pip install 'diplometer[dask]'") from exc
        self._cluster = None
        if scheduler:
            try:
                self._client = Client(scheduler, timeout="20s")
            except OSError as exc:
                raise BadOption(detail=f"cannot reach the Dask scheduler {scheduler!r} ({exc}); "
                                       "start one with `dask scheduler` or leave --scheduler out") from exc
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=40)
            self._client = Client(self._cluster)
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})) or workers)

    def run_on_workers(self, fn: Callable[[], Any]) -> dict[str, Any]:
        """Run `fn` once on every worker (to load the model before a timed run, say)."""
        return self._client.run(fn)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        def result(future: Any) -> R:
            value = future.result()
            future.release()
            return value
        return _ordered(lambda item: self._client.submit(fn, item, pure=False), result, items, 2 * self.workers)

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(name: str, workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine called `name`; unknown names and impossible worker counts are usage errors."""
    if name not in ENGINES:
        raise BadOption(detail=f"--engine {name!r} is not known; use one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise BadOption(detail=f"--workers {workers} must be at least 1")
    if scheduler and name != "dask":
        raise BadOption(detail="--scheduler only goes with --engine dask")
    if name == "processes":
        return Processes(workers)
    if name == "dask":
        return Dask(workers, scheduler)
    return InProcess()

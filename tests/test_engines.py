"""Engines and sharded ingest: same database whatever the engine, resumable, one writer."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from diplometer.engines import InProcess, Processes, make_engine
from diplometer.errors import BadOption
from diplometer.ingest import ingest, ingest_sharded
from diplometer.pipeline import PipelineConfig
from diplometer.sample import sample_dir
from diplometer.shards import Batch, batch_name, extract_batch, read_shard
from diplometer.store import Store, content_hash, default_shard_dir
from reference_run import in_process_fingerprint

NO_NER = PipelineConfig(use_ner=False)


def _square(x: int) -> int:
    return x * x


def _slow_first(x: int) -> int:
    if x == 0:
        time.sleep(0.3)
    return x


def test_engines_keep_the_order_of_the_items() -> None:
    assert list(InProcess().map(_square, range(5))) == [0, 1, 4, 9, 16]
    pool = Processes(2)
    try:
        assert list(pool.map(_slow_first, range(7))) == list(range(7))  # a slow first item is still first
    finally:
        pool.close()


def test_bad_engine_options_are_usage_errors() -> None:
    with pytest.raises(BadOption, match="--engine 'spark'"):
        make_engine("spark")
    with pytest.raises(BadOption, match="--workers 0"):
        make_engine("processes", 0)
    with pytest.raises(BadOption, match="--scheduler only goes with --engine dask"):
        make_engine("processes", 2, "tcp://127.0.0.1:8786")


def test_default_shard_folder_sits_beside_an_sqlite_file(tmp_path: Path) -> None:
    assert default_shard_dir(f"sqlite:///{tmp_path}/r.db") == Path(f"{tmp_path}/r.db.shards")
    assert default_shard_dir("postgresql+psycopg://u:p@h/db") == Path("diplometer-shards")


def _fingerprint_of(tmp_path: Path, name: str, run) -> str:
    with Store.open(str(tmp_path / f"{name}.db")) as store:
        summary = run(store)
        assert summary.ok and summary.ingested > 0
        return store.fingerprint()


def test_in_process_and_sharded_runs_build_the_same_database(tmp_path: Path) -> None:
    paths = [str(sample_dir())]
    direct = _fingerprint_of(tmp_path, "direct", lambda s: ingest(paths, s, None))
    sharded = _fingerprint_of(tmp_path, "sharded", lambda s: ingest_sharded(
        paths, s, InProcess(), tmp_path / "shards-a", config=NO_NER, batch_docs=5))
    pool = Processes(2)
    try:
        two = _fingerprint_of(tmp_path, "two", lambda s: ingest_sharded(
            paths, s, pool, tmp_path / "shards-b", config=NO_NER, batch_docs=3))
    finally:
        pool.close()
    assert direct == sharded == two
    assert not (tmp_path / "shards-a").exists()  # loaded shards are removed, then their folder


def test_a_shard_left_by_an_interrupted_run_is_loaded_not_extracted_again(tmp_path: Path) -> None:
    from diplometer.readers import read_paths

    articles = [a for a in read_paths([str(sample_dir())]) if not isinstance(a, Exception)][:4]
    hashes = [content_hash(a) for a in articles]
    shard_dir = tmp_path / "shards"
    info = extract_batch(Batch(tuple(articles), tuple(hashes), str(shard_dir / batch_name(articles, hashes)), NO_NER))
    assert info.documents == 4 and [e.article.id for e, _ in read_shard(Path(info.path))] == [a.id for a in articles]
    with Store.open(str(tmp_path / "r.db")) as store:
        summary = ingest_sharded([str(sample_dir())], store, InProcess(), shard_dir, config=NO_NER, batch_docs=4)
        assert summary.shards_reused == 1 and summary.ok
        resumed = store.fingerprint()
    assert in_process_fingerprint(tmp_path) == resumed


def test_a_run_stopped_between_shards_resumes_without_losing_or_repeating(tmp_path: Path) -> None:
    seen: list[str] = []

    def crash_after_ten(status: str, where: str) -> None:
        seen.append(where)
        if len(seen) == 10:
            raise KeyboardInterrupt

    with Store.open(str(tmp_path / "r.db")) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_sharded([str(sample_dir())], store, InProcess(), tmp_path / "s", on_result=crash_after_ten,
                           config=NO_NER, batch_docs=4)
        stored = store.count("documents")
        assert stored in (8, 12)  # whole shards only: the shard being reported was committed
        summary = ingest_sharded([str(sample_dir())], store, InProcess(), tmp_path / "s", config=NO_NER, batch_docs=4)
        assert summary.unchanged == stored and summary.ingested + stored == store.count("documents")
        resumed = store.fingerprint()
    assert in_process_fingerprint(tmp_path) == resumed


@pytest.mark.slow
def test_kill_9_in_the_middle_then_resume_gives_the_same_database(tmp_path: Path) -> None:
    """A real crash: the CLI on two worker processes is killed, then run again."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    cmd = [sys.executable, "-m", "diplometer", "ingest", str(sample_dir()), "--no-ner", "--engine", "processes",
           "--workers", "2", "--batch-docs", "2", "--db", str(tmp_path / "k.db")]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    db = tmp_path / "k.db"
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with Store.open(str(db)) as store:
                    if store.count("documents") >= 4:
                        break
            except Exception:  # noqa: BLE001 - the file may be mid-creation
                pass
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    with Store.open(str(db)) as store:
        resumed = store.fingerprint()
    assert in_process_fingerprint(tmp_path) == resumed


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_dask_workers_build_the_same_database_with_the_model(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    from dask.distributed import LocalCluster

    from diplometer.engines import Dask
    from diplometer.nlp import load_model

    paths = [str(sample_dir())]
    with Store.open(str(tmp_path / "one.db")) as store:
        ingest(paths, store, load_model())
        single = store.fingerprint()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        engine = Dask(2, cluster.scheduler_address)
        try:
            with Store.open(str(tmp_path / "dask.db")) as store:
                summary = ingest_sharded(paths, store, engine, tmp_path / "shards", batch_docs=6)
                assert len(summary.worker_peak_mib) == 2  # both workers took batches
                assert store.fingerprint() == single
        finally:
            engine.close()


def test_one_event_reported_in_articles_read_by_different_workers_is_one_record(tmp_path: Path) -> None:
    from diplometer.consolidate import consolidate

    folder = tmp_path / "wire"
    folder.mkdir()
    for name, day, outlet in (("a", "2024-04-09", "Antara"), ("b", "2024-04-09", "Bernama"), ("c", "2024-04-10", "VNA")):
        (folder / f"{name}.txt").write_text(
            f"date {day}\nIndonesian Foreign Minister Retno Marsudi held talks with Malaysian Foreign Minister "
            f"Mohamad Hasan in Jakarta on April 9, {outlet} reported.\n", encoding="utf-8")
    pool = Processes(2)
    try:
        with Store.open(str(tmp_path / "w.db")) as store:
            ingest_sharded([str(folder)], store, pool, tmp_path / "s", config=NO_NER, batch_docs=1)
            record = consolidate(store.iter_extractions())
    finally:
        pool.close()
    talks = [e for e in record.events if e.first.type == "meeting"]
    assert len(talks) == 1 and {s.document for s in talks[0].sources} == {"a", "b", "c"}

"""Faults: kill -9 mid-run and resume, a Dask worker killed mid-run, a full disk, a read-only
database. The full 20-kill run is `python bench/faults.py` (RELIABILITY.md has its figures);
CI runs a short budget of the same harness."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import faults  # noqa: E402  (bench/faults.py: the kill harness)

from diplometer.errors import StoreError  # noqa: E402
from diplometer.ingest import ingest, ingest_sharded  # noqa: E402
from diplometer.pipeline import PipelineConfig  # noqa: E402
from diplometer.sample import sample_dir  # noqa: E402
from diplometer.store import Store  # noqa: E402
from reference_run import in_process_fingerprint  # noqa: E402


@pytest.mark.slow
@pytest.mark.parametrize("engine,kills", [("in-process", 2), ("processes", 1)])
def test_kill_9_at_random_moments_then_resume_loses_and_doubles_nothing(tmp_path: Path, engine: str, kills: int) -> None:
    result = faults.trials(kills, 60, engine, seed=5, work=tmp_path, log=lambda line: None)
    assert result["survived"] == kills


def _kill_one_worker_when_shards_arrive(engine, shard_dir: Path, done: threading.Event) -> None:
    pids = list(engine.run_on_workers(os.getpid).values())
    while not done.is_set() and not any(shard_dir.glob("*.parquet")):
        time.sleep(0.01)
    os.kill(pids[0], signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore::UserWarning")
def test_a_dask_worker_killed_mid_run_loses_nothing(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    from diplometer.engines import Dask

    engine = Dask(2)
    shard_dir = tmp_path / "shards"
    done = threading.Event()
    killer = threading.Thread(target=_kill_one_worker_when_shards_arrive, args=(engine, shard_dir, done))
    try:
        killer.start()
        with Store.open(str(tmp_path / "d.db")) as store:
            summary = ingest_sharded([str(sample_dir())], store, engine, shard_dir, config=PipelineConfig(use_ner=False),
                                     batch_docs=2, keep_shards=True)
            done.set()
            killed = store.fingerprint()
    finally:
        done.set()
        killer.join()
        engine.close()
    assert summary.ok
    assert in_process_fingerprint(tmp_path) == killed


def _ingest_with_file_size_limit(db: Path, limit: int) -> subprocess.CompletedProcess:
    def limit_files() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead

    return subprocess.run([sys.executable, "-m", "diplometer", "ingest", str(sample_dir()), "--no-ner", "--db", str(db)],
                          capture_output=True, text=True, preexec_fn=limit_files)


@pytest.mark.slow
def test_a_full_disk_gives_a_clear_error_and_keeps_what_was_committed(tmp_path: Path) -> None:
    """The disk is 'full' for the ingest process (RLIMIT_FSIZE): it stops with a message, and the
    database still opens with only whole documents in it; given room, the run completes."""
    db = tmp_path / "full.db"
    result = _ingest_with_file_size_limit(db, 300_000)
    assert result.returncode != 0
    message = result.stderr.lower()
    assert "traceback" not in message and ("full" in message or "too large" in message or "disk" in message), message
    with Store.open(str(db)) as store:
        partial = store.count("documents")
        assert faults.orphans(store) == 0
    assert partial < 44
    subprocess.run([sys.executable, "-m", "diplometer", "ingest", str(sample_dir()), "--no-ner", "--db", str(db)],
                   check=True, capture_output=True)
    with Store.open(str(db)) as store:
        assert store.fingerprint() == in_process_fingerprint(tmp_path)


def test_a_read_only_database_gives_a_clear_error(tmp_path: Path) -> None:
    """Opened read-only (SQLite's mode=ro, which holds for root too): a clear error, nothing changed."""
    db = tmp_path / "ro.db"
    with Store.open(str(db)) as store:
        ingest([str(sample_dir())], store, None)
        before = store.fingerprint()
    new = tmp_path / "new.txt"
    new.write_text("date 2024-05-02\nChile and Peru signed a fisheries agreement in Lima on Thursday.\n", encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        with Store.open(f"sqlite:///file:{db}?mode=ro&uri=true") as store:
            ingest([str(new)], store, None)
    message = str(caught.value)
    assert "readonly" in message.replace("-", "").replace(" ", "") and "E20" in message
    with Store.open(str(db)) as store:
        assert store.fingerprint() == before

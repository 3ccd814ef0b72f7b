"""The reference every fault and engine test compares with: the built-in sample ingested article
by article in this process, without the model."""
from __future__ import annotations

from pathlib import Path

from diplometer.ingest import ingest
from diplometer.sample import sample_dir
from diplometer.store import Store


def in_process_fingerprint(folder: Path) -> str:
    with Store.open(str(folder / "clean.db")) as store:
        ingest([str(sample_dir())], store, None)
        return store.fingerprint()

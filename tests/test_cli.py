"""The `diplometer` command line, through typer's CliRunner (titles-only ingest for speed)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from diplometer.cli import app
from diplometer.store import Store

runner = CliRunner()

ARTICLES = {
    "kenya.txt": "date 2024-05-13\nKenyan President William Ruto held talks with Japanese Prime Minister "
                 "Fumio Kishida in Tokyo on Monday.\n",
    "norway.txt": "date 2024-07-20\nNorwegian Foreign Minister Espen Eide paid an official visit to Ghana "
                  "from July 17 to 19. He met Ghanaian Foreign Minister Shirley Botchwey in Accra.\n",
}


def flat(text: str) -> str:
    """Output with rich's line wrapping undone."""
    return " ".join(text.split())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body in ARTICLES.items():
        (folder / name).write_text(body, encoding="utf-8")
    return folder


@pytest.fixture
def db(tmp_path: Path, corpus: Path) -> str:
    path = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path, "--no-ner"])
    assert result.exit_code == 0, result.output
    return path


def test_ingest_prints_summary(tmp_path: Path, corpus: Path) -> None:
    path = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path, "--no-ner"])
    assert result.exit_code == 0, result.output
    assert "ingested 2 (0 replaced) / unchanged 0 / rejected 0" in flat(result.stdout)
    again = runner.invoke(app, ["ingest", str(corpus), "--db", path, "--no-ner"])
    assert again.exit_code == 0
    assert "ingested 0 (0 replaced) / unchanged 2 / rejected 0" in flat(again.stdout)


def test_ingest_with_bad_file_exits_1(tmp_path: Path, corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--no-ner"])
    assert result.exit_code == 1, result.output
    assert "rejected 1" in flat(result.stdout)
    assert "broken.txt" in flat(result.stderr) and "E102" in flat(result.stderr)
    with Store.open(str(tmp_path / "x.db")) as store:
        assert store.count("documents") == 2


def test_export_jsonl_to_file(db: str, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "--format", "jsonl", "-o", str(target)])
    assert result.exit_code == 0, result.output
    objs = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert all("kind" in o for o in objs)
    assert {o["id"] for o in objs if o["kind"] == "document"} == {"kenya", "norway"}
    assert any(o["kind"] == "event" for o in objs)
    assert f"wrote {len(objs)} records" in flat(result.stderr)


def test_export_csv_to_stdout(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("kind,id,type,name")


def test_export_unknown_format_exits_2(db: str) -> None:
    result = runner.invoke(app, ["export", "--db", db, "--format", "xml"])
    assert result.exit_code == 2
    message = flat(result.stderr)
    assert "--format" in message and "xml" in message and "E301" in message


def test_export_parquet_writes_one_typed_file_per_kind(db: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "record"
    result = runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(target)])
    assert result.exit_code == 0, result.output
    events = pq.read_table(target / "event.parquet").to_pylist()
    documents = pq.read_table(target / "document.parquet").to_pylist()
    assert {d["id"] for d in documents} == {"kenya", "norway"}
    assert events and all(isinstance(e["confidence"], float) and json.loads(e["actors"]) for e in events)
    missing = runner.invoke(app, ["export", "--db", db, "--format", "parquet"])
    assert missing.exit_code == 2 and "give a folder with -o" in flat(missing.stderr)


def test_ingest_on_two_worker_processes_matches_in_process(tmp_path: Path, corpus: Path, db: str) -> None:
    path = str(tmp_path / "two.db")
    result = runner.invoke(app, ["ingest", str(corpus), "--db", path, "--no-ner", "--engine", "processes",
                                 "--workers", "2", "--batch-docs", "1"])
    assert result.exit_code == 0, result.output
    assert "ingested 2" in flat(result.stdout) and "peak memory" in flat(result.stdout)
    with Store.open(path) as two, Store.open(db) as one:
        assert two.fingerprint() == one.fingerprint()
    assert not Path(path + ".shards").exists()


def test_events_table(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--country", "JPN"])
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "date" in out and "plover" in out
    assert "2024-05-13" in out
    assert "Ghana" not in out  # the Norway-Ghana events do not touch Japan
    count = int(result.stdout.strip().splitlines()[-1].split()[0])
    assert count >= 1 and result.stdout.strip().endswith(f"{count} events")


def test_events_filters_bad_date_exits_2(db: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--from", "2024-02-30"])
    assert result.exit_code == 2
    assert "--from" in flat(result.stderr)


def test_actors_table(db: str) -> None:
    result = runner.invoke(app, ["actors", "--db", db, "--type", "person"])
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "Kishida" in out and "Botchwey" in out
    assert "Kenya " not in out  # countries are filtered out
    assert result.stdout.strip().endswith("actors")


def test_bad_db_url_exits_2(tmp_path: Path, corpus: Path) -> None:
    for args in (["ingest", str(corpus), "--no-ner"], ["export"], ["events"], ["actors"]):
        result = runner.invoke(app, [*args, "--db", "notadb://x"])
        assert result.exit_code == 2, (args, result.output)
        assert "E201" in flat(result.stderr), args


def test_bad_date_option_exits_2(tmp_path: Path, corpus: Path) -> None:
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(tmp_path / "x.db"), "--no-ner",
                                 "--date", "2023-13-01"])
    assert result.exit_code == 2
    message = flat(result.stderr)
    assert "--date" in message and "2023-13-01" in message
    assert not (tmp_path / "x.db").exists()  # refused before opening anything


def test_date_option_dates_plain_text(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("Kenyan President William Ruto visited Japan.\n", encoding="utf-8")
    path = str(tmp_path / "x.db")
    result = runner.invoke(app, ["ingest", str(tmp_path / "plain.txt"), "--db", path, "--no-ner",
                                 "--date", "2023-11-02"])
    assert result.exit_code == 0, result.output
    with Store.open(path) as store:
        assert [d["date"] for d in store.documents()] == ["2023-11-02"]


def test_env_database_is_used(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("DIPLOMETER_DB", str(path))
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["ingest", str(corpus), "--no-ner"])
    assert result.exit_code == 0, result.output
    assert path.exists() and not (tmp_path / "diplometer.db").exists()
    with Store.open(str(path)) as store:
        assert store.count("documents") == 2
    listed = runner.invoke(app, ["actors", "--type", "person"])
    assert "Kishida" in flat(listed.stdout)


def test_version() -> None:
    result = runner.invoke(app, ["version"])
    assert result.exit_code == 0 and result.stdout.strip()


@pytest.mark.slow
def test_demo_builds_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    result = runner.invoke(app, ["demo", "--db", str(path)])
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "sample corpus" in out and "events" in out
    assert path.exists()
    with Store.open(str(path)) as store:
        assert store.count("documents") > 0 and store.count("events") > 0


def test_export_to_missing_folder_is_a_clean_error(db: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "-o", str(target)])
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert "out.jsonl" in flat(result.stderr)

"""The `diplometer` command: thin wrappers over the library, one function per command."""
from __future__ import annotations

import sys
from contextlib import nullcontext
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .consolidate import Record, consolidate
from .engines import make_engine
from .errors import BadOption, DiplometerError
from .export import write_csv, write_jsonl, write_parquet
from .ingest import ingest as run_ingest
from .ingest import ingest_sharded
from .lookup import filter_actors, filter_events
from .nlp import load_model
from .pipeline import PipelineConfig
from .sample import sample_dir
from .store import Store, default_shard_dir

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Dated foreign-affairs news in, an evidence-linked diplomatic record out.")
out = Console()
err = Console(stderr=True)

DbOption = typer.Option(None, "--db", help="File path or SQLAlchemy URL; default $DIPLOMETER_DB or ./diplometer.db")


def _fail(error: DiplometerError) -> None:
    err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _parse_day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _fail(BadOption(detail=f"{option} {value!r} is not a date; write YYYY-MM-DD"))
    return None


@app.command()
def version() -> None:
    """Print the version."""
    out.print(__version__)


@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Files, folders, or - for standard input"),
           db: str | None = DbOption,
           default_date: str | None = typer.Option(None, "--date", help="Date of undated plain-text articles"),
           no_ner: bool = typer.Option(False, "--no-ner", help="Skip the statistical NER (titles only)"),
           engine: str = typer.Option("in-process", "--engine", help="in-process, processes or dask"),
           workers: int = typer.Option(2, "--workers", help="Worker processes (processes, or a local Dask cluster)"),
           scheduler: str | None = typer.Option(None, "--scheduler", help="Dask scheduler address tcp://HOST:PORT"),
           shards: Path | None = typer.Option(None, "--shards",
                                              help="Folder for the workers' Parquet shards (shared by all machines); "
                                                   "default <db file>.shards"),
           batch_docs: int = typer.Option(64, "--batch-docs", help="Articles per shard"),
           keep_shards: bool = typer.Option(False, "--keep-shards", help="Keep shards after loading them")) -> None:
    """Read articles, extract the diplomatic record and store it (resumable on an engine)."""
    day = _parse_day(default_date, "--date")
    try:
        with Store.open(db) as store:
            if engine == "in-process" and shards is None:
                summary = _ingest_with_progress(paths, store, day, no_ner)
            else:
                summary = _ingest_on_engine(paths, store, day, no_ner, engine, workers, scheduler,
                                            shards or default_shard_dir(store.url), batch_docs, keep_shards)
    except DiplometerError as error:
        _fail(error)
        return
    out.print(summary.line())
    if summary.worker_peak_mib:
        peaks = ", ".join(f"{w} {m:.0f} MiB" for w, m in sorted(summary.worker_peak_mib.items()))
        out.print(f"workers' peak memory: {peaks}; shards reused from an earlier run: {summary.shards_reused}",
                  highlight=False)
    if not summary.ok:
        raise typer.Exit(1)


def _progress() -> tuple[Progress | None, object]:
    quiet = not sys.stderr.isatty()
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}"),
                        TimeElapsedColumn(), console=err, disable=quiet)
    return progress, (progress if not quiet else nullcontext())


def _reporter(progress: Progress):
    task = progress.add_task("ingesting", total=None)

    def report(status: str, where: str) -> None:
        if status == "rejected":
            err.print(f"[red]rejected[/red] {where}", highlight=False, soft_wrap=True)
        progress.advance(task)
    return report


def _ingest_with_progress(paths: list[str], store: Store, day: date | None, no_ner: bool):
    nlp = None if no_ner else load_model()
    progress, shown = _progress()
    with shown:
        return run_ingest(paths, store, nlp, day, _reporter(progress))


def _ingest_on_engine(paths: list[str], store: Store, day: date | None, no_ner: bool, name: str, workers: int,
                      scheduler: str | None, shard_dir: Path, batch_docs: int, keep_shards: bool):
    if batch_docs < 1:
        raise BadOption(detail=f"--batch-docs {batch_docs} must be at least 1")
    runner = make_engine(name, workers, scheduler)
    try:
        progress, shown = _progress()
        with shown:
            return ingest_sharded(paths, store, runner, shard_dir, day, _reporter(progress),
                                  PipelineConfig(use_ner=not no_ner), batch_docs, keep_shards)
    finally:
        runner.close()


def _record(db: str | None) -> Record:
    with Store.open(db) as store:
        return consolidate(store.iter_extractions())


@app.command()
def export(fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or parquet"),
           output: Path | None = typer.Option(None, "-o", "--output",
                                              help="File to write (default standard output); a folder for parquet"),
           db: str | None = DbOption,
           include_times: bool = typer.Option(False, "--include-times", help="Add every time expression")) -> None:
    """Export the consolidated record (JSON Lines per INTERCHANGE.md, CSV, or a folder of Parquet files)."""
    if fmt not in ("jsonl", "csv", "parquet"):
        _fail(BadOption(detail=f"--format {fmt!r} is not known; use jsonl, csv or parquet"))
    if fmt == "parquet" and output is None:
        _fail(BadOption(detail="--format parquet writes one file per kind: give a folder with -o"))
    try:
        record = _record(db)
    except DiplometerError as error:
        _fail(error)
        return
    if fmt == "parquet":
        try:
            written = write_parquet(record, output, include_times)
        except OSError as exc:
            _fail(BadOption(detail=f"cannot write {output}: {exc.strerror or exc}; give a writable -o folder"))
            return
        err.print(", ".join(f"{n} {kind}" for kind, n in written.items()) + f" written to {output}/", highlight=False)
        return
    writer = write_jsonl if fmt == "jsonl" else write_csv
    if output is None:
        writer(record, sys.stdout, include_times)
        return
    try:
        with output.open("w", encoding="utf-8", newline="") as fh:
            count = writer(record, fh, include_times)
    except OSError as exc:
        _fail(BadOption(detail=f"cannot write {output}: {exc.strerror or exc}; give a writable -o path"))
        return
    err.print(f"wrote {count} records to {output}")


FilterCountry = typer.Option(None, "--country", help="ISO3 code of a participant")
FilterType = typer.Option(None, "--type", help="Event type, e.g. visit")
FilterActor = typer.Option(None, "--actor", help="Part of an actor's name")
FilterFrom = typer.Option(None, "--from", help="YYYY-MM-DD")
FilterTo = typer.Option(None, "--to", help="YYYY-MM-DD")


@app.command()
def events(db: str | None = DbOption, country: str | None = FilterCountry, type_: str | None = FilterType,
           actor: str | None = FilterActor, start: str | None = FilterFrom, end: str | None = FilterTo) -> None:
    """List events as a table."""
    try:
        record = _record(db)
    except DiplometerError as error:
        _fail(error)
        return
    rows = filter_events(record.events, country, type_, actor, _parse_day(start, "--from"), _parse_day(end, "--to"))
    table = Table("date", "type", "actors", "counterparts", "pillar", "plover", "sources")
    for event in rows:
        when = event.date
        table.add_row(f"{when.start}..{when.end}" if when and when.start != when.end else str(when.start if when else "?"),
                      event.first.type, ", ".join(a.name for a in event.actors),
                      ", ".join(c.name for c in event.counterparts), event.first.pillar or "",
                      event.first.plover, str(len(event.sources)))
    out.print(table)
    out.print(f"{len(rows)} events")


@app.command()
def actors(db: str | None = DbOption, country: str | None = FilterCountry, type_: str | None = FilterType,
           actor: str | None = FilterActor) -> None:
    """List actors as a table."""
    try:
        record = _record(db)
    except DiplometerError as error:
        _fail(error)
        return
    rows = filter_actors(record.actors, country, type_, actor)
    table = Table("name", "type", "country", "roles", "aliases", "documents")
    for item in rows:
        table.add_row(item.name, item.type, item.country or "", "; ".join(item.roles),
                      "; ".join(sorted(item.aliases)), str(len(item.documents)))
    out.print(table)
    out.print(f"{len(rows)} actors")


@app.command()
def demo(db: str = typer.Option("diplometer-demo.db", "--db", help="Where to build the demo database")) -> None:
    """Ingest the built-in sample corpus and show what was found."""
    try:
        with Store.open(db) as store:
            summary = _ingest_with_progress([str(sample_dir())], store, None, False)
        record = _record(db)
    except DiplometerError as error:
        _fail(error)
        return
    out.print(f"[bold]sample corpus[/bold]: {summary.line()}")
    counts = {"documents": len(record.documents), "actors": len(record.actors), "events": len(record.events)}
    counts |= {kind: len(items) for kind, items in record.facts.items()}
    out.print(", ".join(f"{v} {k}" for k, v in counts.items()))
    events(db=db, country=None, type_=None, actor=None, start=None, end=None)
    out.print(f"database: {db}  (try: diplometer export --db {db} --format jsonl)")


@app.command()
def serve(db: str | None = DbOption,
          host: str = typer.Option("127.0.0.1", "--host", help="Interface to listen on"),
          port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port"),
          no_ner: bool = typer.Option(False, "--no-ner", help="Ingest POSTed articles without the statistical NER")) -> None:
    """Serve the REST API (/api, OpenAPI at /openapi.json, docs at /docs) and the dashboard at /."""
    import uvicorn

    from .api import create_app  # imported here: the API imports cli_analysis, which imports cli
    try:
        api = create_app(db, use_ner=not no_ner, warm=True)
    except DiplometerError as error:
        _fail(error)
        return
    uvicorn.run(api, host=host, port=port)


from . import cli_analysis  # noqa: E402,F401  (registers the analysis commands on `app`)

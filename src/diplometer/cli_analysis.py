"""Commands over the consolidated record: forecasts and backtests (thin wrappers over forecast.py)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import typer
from rich.table import Table

from . import forecast as fc
from .cli import DbOption, _fail, _parse_day, _record, app, out
from .consolidate import MergedEvent, Record
from .coordination import coordination
from .errors import BadOption, DiplometerError
from .partners import UnknownPartner, partner_profile, resolve_partner
from .relations_calendar import calendar
from .render import render
from .reports import build_report, event_partners, home_country, resolve_country


def partner_series(record: Record, type_: str | None = None) -> list[fc.Series]:
    """Monthly activity counts per partner country (per partner and type with `type_`)."""
    home = home_country(record)

    def wanted(event: MergedEvent) -> bool:
        return not type_ or event.first.type == type_ or event.first.plover == type_.upper()

    def keys(event: object) -> list[str]:
        assert isinstance(event, MergedEvent)
        if not wanted(event):
            return []
        suffix = f"/{event.first.type}" if type_ else ""
        return [f"{p}{suffix}" for p in event_partners(event, home)]

    dated = [e for e in record.events if e.date is not None and e.first.modality is None]
    return fc.monthly_series(dated, keys)


def _print_rows(rows: list[dict], title: str) -> None:
    if not rows:
        out.print("no data: the record has no dated activity for this selection")
        return
    table = Table(*rows[0].keys(), title=title)
    for row in rows:
        table.add_row(*(f"{v:.2f}" if isinstance(v, float) else str(v) for v in row.values()))
    out.print(table)


@app.command()
def forecast(db: str | None = DbOption,
             partner: str | None = typer.Option(None, "--partner", help="Partner name or ISO3"),
             type_: str | None = typer.Option(None, "--type", help="Activity type or PLOVER category"),
             horizon: int = typer.Option(6, "--horizon", min=1, max=36, help="Months ahead"),
             show_shifts: bool = typer.Option(False, "--shifts", help="Also list months outside the 95% interval"),
             as_json: bool = typer.Option(False, "--json", help="JSON instead of a table")) -> None:
    """Monthly activity forecasts per partner with 80% and 95% intervals beside naive baselines."""
    try:
        record = _record(db)
    except DiplometerError as error:
        _fail(error)
        return
    series = partner_series(record, type_)
    keys = None
    if partner:
        iso3 = resolve_country(partner, record)
        if iso3 is None:
            _fail(BadOption(detail=f"--partner {partner!r} is not a country in the record; give a name or ISO3"))
            return
        keys = [s.key for s in series if s.key.split("/")[0] == iso3]
    rows = fc.forecast_tables(series, horizon, keys=keys)
    flagged = [vars(s) for s in fc.shifts(series)] if show_shifts else []
    if as_json:
        out.print_json(json.dumps({"forecasts": rows, "shifts": flagged}, default=str))
        return
    _print_rows(rows, f"forecast, {horizon} months")
    if show_shifts:
        _print_rows([{k: v for k, v in s.items()} for s in flagged], "shifts (outside the 95% interval)")


@app.command()
def backtest(db: str | None = DbOption,
             origins: int = typer.Option(12, "--origins", min=1, help="Rolling forecast origins"),
             simulate: bool = typer.Option(False, "--simulate", help="Use a simulated 30 x 96 panel instead"),
             as_json: bool = typer.Option(False, "--json", help="JSON instead of a table")) -> None:
    """Rolling-origin backtest (horizons 1-3): MAE, MAE relative to naive, coverage, interval score, CRPS."""
    if simulate:
        series = fc.simulate_panel(30, 96)
    else:
        try:
            series = partner_series(_record(db))
        except DiplometerError as error:
            _fail(error)
            return
    result = fc.backtest(series, origins=origins, horizons=(1, 2, 3))
    rows = result.table()
    if as_json:
        out.print_json(json.dumps({"scores": rows, "overall": result.overall("model")}, default=str))
        return
    _print_rows(rows, f"backtest over {result.n_series} series, {result.origins} origins")


FormatOption = typer.Option("md", "--format", help="md, html or json")
OutputOption = typer.Option(None, "-o", "--output", help="File to write; default standard output")


def _emit(result: object, fmt: str, output: Path | None) -> None:
    if fmt not in ("md", "html", "json"):
        _fail(BadOption(detail=f"--format {fmt!r} is not known; use md, html or json"))
    text = render(result, fmt)
    if output is None:
        typer.echo(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(BadOption(detail=f"cannot write {output}: {exc.strerror or exc}; give a writable -o path"))
    out.print(f"wrote {output}")


def _loaded(db: str | None) -> Record:
    try:
        return _record(db)
    except DiplometerError as error:
        _fail(error)
        raise  # unreachable: _fail exits


@app.command()
def report(db: str | None = DbOption,
           start: str | None = typer.Option(None, "--from", help="YYYY-MM-DD"),
           end: str | None = typer.Option(None, "--to", help="YYYY-MM-DD"),
           actor: str | None = typer.Option(None, "--actor", help="Part of a leader's or actor's name"),
           country: str | None = typer.Option(None, "--country", help="Partner ISO3 or name"),
           fmt: str = FormatOption, output: Path | None = OutputOption) -> None:
    """A term review: activities by type, pillar, partner, region and leader, with their evidence."""
    record = _loaded(db)
    iso3 = resolve_country(country, record) if country else None
    if country and iso3 is None:
        _fail(BadOption(detail=f"--country {country!r} is not a country in the record; give a name or ISO3"))
    result = build_report(record, _parse_day(start, "--from"), _parse_day(end, "--to"), actor, iso3)
    _emit(result, fmt, output)


@app.command()
def anniversaries(db: str | None = DbOption,
                  year: int | None = typer.Option(None, "--year", help="Year to list (default: this year)"),
                  fmt: str = FormatOption, output: Path | None = OutputOption) -> None:
    """The relationship calendar: round anniversaries of ties and treaties falling in a year."""
    record = _loaded(db)
    _emit(calendar(record, year or date.today().year), fmt, output)


@app.command()
def partner(name: str = typer.Argument(..., help="Partner name or ISO3"), db: str | None = DbOption,
            fmt: str = FormatOption, output: Path | None = OutputOption) -> None:
    """A partner profile: timeline by pillar, last contact at each level, agreements, indicators."""
    record = _loaded(db)
    try:
        iso3 = resolve_partner(record, name)
    except UnknownPartner as exc:
        _fail(BadOption(detail=f"{exc}; give a partner name or ISO3 seen in the record"))
        return
    _emit(partner_profile(record, iso3), fmt, output)


@app.command("coordination")
def coordination_cmd(db: str | None = DbOption,
                     months: int = typer.Option(12, "--months", min=1, help="Window for gaps, in months"),
                     fmt: str = FormatOption, output: Path | None = OutputOption) -> None:
    """Partner x pillar activity and last contacts, and the gaps in high-level contact."""
    record = _loaded(db)
    _emit(coordination(record, months), fmt, output)

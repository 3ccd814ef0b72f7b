"""Render analysis results as Markdown, HTML or JSON, with PNG plots in the HTML.

Every result (`Report`, `Calendar`, `PartnerProfile`, `Coordination`) is first laid out as a
few neutral blocks (headings, paragraphs, tables, images), then written by one emitter per
format. Every number is a link to an evidence entry listing the events it counts, and every
event and fact links to the sentences it was read from, so a reader can open any figure
down to the article text. Article text is untrusted: HTML escapes all of it (and Markdown
escapes `<`, `>` and `&`, since Markdown viewers pass raw HTML through).

JSON is the result dataclasses as they are (dates as YYYY-MM-DD, sources in the
interchange shape), so every count carries its `event_ids`.

Plots use matplotlib's Agg backend and return PNG bytes; the HTML embeds them as data: URIs
(self-contained: no files, no CDN).
"""
from __future__ import annotations

import base64
import dataclasses
import html
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .coordination import Coordination
from .partners import PartnerProfile
from .records import Source
from .relations_calendar import Calendar, CalendarEntry, Since
from .reports import Count, EventLine, IndicatorSeries, Report

FORMATS = ("md", "html", "json")
Result = Report | Calendar | PartnerProfile | Coordination


# ------------------------------------------------------------------ json
def to_data(value: object) -> object:
    """Plain JSON-able data from result dataclasses, dates, sources and tuples."""
    if isinstance(value, Source):
        return value.to_json()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def to_json(result: object) -> str:
    kind = {Report: "report", Calendar: "calendar", PartnerProfile: "partner", Coordination: "coordination"}
    data = to_data(result)
    if isinstance(data, dict):
        data = {"kind": kind.get(type(result), type(result).__name__.lower()), **data}
    return json.dumps(data, ensure_ascii=False, indent=2)


# ------------------------------------------------------------------ blocks
@dataclass(frozen=True)
class Link:
    text: str
    target: str  # an anchor in the same document


Part = str | Link
Cell = Part | tuple[Part, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str | None = None


@dataclass(frozen=True)
class Para:
    parts: tuple[Part, ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Quote:
    """A source sentence."""

    source: Source


@dataclass(frozen=True)
class Image:
    png: bytes
    alt: str


Block = Heading | Para | Table | Quote | Image


class _Doc:
    """Blocks plus the evidence every number and event link points to."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.blocks: list[Block] = [Heading(1, title)]
        self.counts: list[Count] = []
        self.events: dict[str, EventLine] = {}
        self.facts: dict[str, tuple[str, tuple[Source, ...]]] = {}

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def num(self, count: Count) -> Link:
        self.counts.append(count)
        return Link(str(count.value), f"count-{len(self.counts)}")

    def fact(self, ident: str, label: str, sources: Sequence[Source]) -> Link:
        self.facts.setdefault(ident, (label, tuple(sources)))
        return Link("sources", ident)

    def known(self, lines: Sequence[EventLine]) -> None:
        for line in lines:
            self.events.setdefault(line.id, line)

    def finish(self) -> list[Block]:
        out = list(self.blocks)
        if self.counts:
            out.append(Heading(2, "Evidence: what each number counts"))
            for i, count in enumerate(self.counts, 1):
                out.append(Heading(3, f"{count.label}: {count.value}", f"count-{i}"))
                out.append(Para(_joined([Link(_event_title(self.events.get(e), e), e) for e in count.event_ids])
                                or ("(none)",)))
        if self.events:
            out.append(Heading(2, "Evidence: events and their sentences"))
            for line in sorted(self.events.values(), key=lambda x: (x.start or date.min, x.id)):
                out.append(Heading(3, _event_title(line, line.id), line.id))
                out.append(Para((_event_detail(line),)))
                out.extend(Quote(s) for s in line.sources)
        if self.facts:
            out.append(Heading(2, "Evidence: facts and their sentences"))
            for ident, (label, sources) in self.facts.items():
                out.append(Heading(3, label, ident))
                out.extend(Quote(s) for s in sources)
        return out


def _joined(parts: Sequence[Part], sep: str = "; ") -> tuple[Part, ...]:
    out: list[Part] = []
    for i, part in enumerate(parts):
        if i:
            out.append(sep)
        out.append(part)
    return tuple(out)


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


def _span(start: date | None, end: date | None) -> str:
    if start is None and end is None:
        return "undated"
    return _day(start) if start == end else f"{_day(start)} – {_day(end)}"


def _event_title(line: EventLine | None, ident: str) -> str:
    if line is None:
        return ident
    who = ", ".join(line.actors + line.counterparts)
    return f"{_day(line.start)} {line.type}: {who}" if who else f"{_day(line.start)} {line.type}"


def _event_detail(line: EventLine) -> str:
    bits = [f"id {line.id}", f"date {_span(line.start, line.end)}" + (f" ({line.date_text})" if line.date_text else ""),
            f"pillar {line.pillar or '—'}", f"mode {line.mode or '—'}",
            f"partners {', '.join(line.partners) or '—'}", f"levels {', '.join(line.levels) or '—'}"]
    return "; ".join(bits)


def _count_table(doc: _Doc, title: str, counts: Sequence[Count], header: str) -> None:
    doc.add(Heading(2, title))
    if not counts:
        doc.add(Para(("(none)",)))
        return
    doc.add(Table((header, "activities"), tuple((c.label, doc.num(c)) for c in counts)))


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 or value == int(value) else f"{value:,.2f}"


def _indicators(doc: _Doc, series: Sequence[IndicatorSeries]) -> None:
    doc.add(Heading(2, "Economic indicators"))
    rows = []
    for s in series:
        for p in s.points:
            link = doc.fact(p.fact_id, f"{s.name} {s.country or ''} {p.year or ''}".strip(), p.sources)
            rows.append((s.name, s.country or "—", str(p.year or "—"), f"{p.qualifier} {_number(p.value)} {s.unit}", link))
    doc.add(Table(("indicator", "country", "year", "value", "evidence"), tuple(rows)) if rows else Para(("(none)",)))


def _anniversary_rows(doc: _Doc, entries: Sequence[CalendarEntry]) -> tuple[tuple[Cell, ...], ...]:
    rows = []
    for e in entries:
        mark = f"{e.ordinal}th" + (" ★ (10-year)" if e.decennial else "")
        conflict = "" if not e.conflict else "CONFLICT: also " + ", ".join(
            sorted({str(s.since) for s in e.alternatives}))
        evidence: list[Part] = [_since_link(doc, e, s) for s in e.evidence]
        evidence += [_since_link(doc, e, s) for s in e.alternatives]
        rows.append((str(e.year), e.partner_name, e.other, e.relation, str(e.since), mark, conflict or "—",
                     _joined(evidence, ", ")))
    return tuple(rows)


def _since_link(doc: _Doc, entry: CalendarEntry, since: Since) -> Link:
    label = f"{entry.partner}–{entry.other} {entry.relation} since {since.since} ({since.origin})"
    anchor = f"{since.ref}-{since.since}-{entry.relation}"
    doc.fact(anchor, label, since.sources)
    return Link(f"{since.since} ({since.origin})", anchor)


_ANNIVERSARY_HEADERS = ("year", "partner", "with", "relation", "since", "anniversary", "conflict", "evidence")


# ------------------------------------------------------------------ layouts
def report_blocks(report: Report, plots: bool = False) -> list[Block]:
    period = _span(report.start, report.end) if (report.start or report.end) else "the whole record"
    doc = _Doc(f"Term review: {report.home_name or 'all countries'}, {period}")
    doc.known(report.events)
    doc.known(report.evidence)
    filters = [f"actor {report.actor}" if report.actor else "", f"country {report.country}" if report.country else ""]
    doc.add(Para(("Activities recorded: ", doc.num(report.total),
                  *((f" (filtered by {', '.join(f for f in filters if f)})",) if any(filters) else ()))))
    if plots and report.events:
        doc.add(Image(timeline_png(report.events, "Activities per month by pillar"), "timeline of activities"))
        doc.add(Image(bars_png(report.top_partners, "Top partners"), "top partners"))
    _count_table(doc, "By type", report.by_type, "type")
    _count_table(doc, "By pillar", report.by_pillar, "pillar")
    _count_table(doc, "Top partners", report.top_partners, "partner")
    _count_table(doc, "By partner", report.by_partner, "partner")
    _count_table(doc, "By region", report.by_region, "region")
    doc.add(Heading(2, "By leader"))
    doc.add(Table(("leader", "levels", "roles", "activities"),
                  tuple((x.name, ", ".join(x.levels) or "—", "; ".join(x.roles) or "—", doc.num(x.count))
                        for x in report.by_leader)) if report.by_leader else Para(("(none)",)))
    doc.add(Heading(2, "Agreements signed"), Para(("Signing ceremonies: ", doc.num(report.agreements))))
    doc.add(Heading(2, "Memberships"))
    doc.add(Table(("body", "country", "role", "period", "evidence"),
                  tuple((m.body, m.country or "—", m.role or "—", _span(m.start, m.end),
                         doc.fact(m.id, f"{m.body} ({m.country})", m.sources)) for m in report.memberships))
            if report.memberships else Para(("(none)",)))
    _indicators(doc, report.indicators)
    doc.add(Heading(2, "Reported counts beside the record"))
    rows = []
    for c in report.reported_counts:
        period = _span(c.period_start, c.period_end) + (f" ({c.period_text})" if c.period_text else "")
        rows.append((c.actor_name, c.unit, period, f"{c.qualifier} {c.reported}",
                     ("recorded ", doc.num(c.recorded), f" ({', '.join(c.types)})"),
                     doc.fact(c.fact_id, f"reported: {c.reported} {c.unit}", c.sources)))
    doc.add(Table(("actor", "unit", "period", "reported", "recorded", "evidence"), tuple(rows))
            if rows else Para(("(none)",)))
    return doc.finish()


def calendar_blocks(cal: Calendar) -> list[Block]:
    doc = _Doc(f"Relationship calendar {cal.year}")
    doc.add(Para((f"Round anniversaries (every 5 years, ★ every 10) falling in {cal.year}, seen from "
                  f"{cal.home or 'all countries'}. Conflicting since-years are listed together.",)))
    doc.add(Table(_ANNIVERSARY_HEADERS, _anniversary_rows(doc, cal.entries)) if cal.entries else Para(("(none)",)))
    return doc.finish()


def partner_blocks(profile: PartnerProfile, plots: bool = False) -> list[Block]:
    doc = _Doc(f"Partner profile: {profile.name} ({profile.partner})")
    doc.known(profile.events)
    doc.add(Para((f"Seen from {profile.home or '—'}, as of {_day(profile.as_of)}. Activities: ", doc.num(profile.total),
                  "; agreements signed: ", doc.num(profile.agreements))))
    if plots and profile.events:
        doc.add(Image(timeline_png(profile.events, f"Activities with {profile.name} per month"), "timeline"))
    _count_table(doc, "By pillar", profile.by_pillar, "pillar")
    _count_table(doc, "By type", profile.by_type, "type")
    doc.add(Heading(2, "Last contact at each level"))
    doc.add(Table(("level", "last contact", "events"),
                  tuple((c.level.replace("_", " "), _day(c.last),
                         _joined([Link(i, i) for i in c.event_ids], ", ") or "never") for c in profile.last_contact)))
    doc.add(Heading(2, "Timeline by pillar"))
    for pillar in dict.fromkeys(line.pillar or "unknown" for line in profile.events):
        doc.add(Heading(3, pillar))
        doc.add(Table(("date", "type", "who", "event"),
                      tuple((_span(x.start, x.end), x.type, ", ".join(x.actors + x.counterparts), Link(x.id, x.id))
                            for x in profile.events if (x.pillar or "unknown") == pillar)))
    _indicators(doc, profile.indicators)
    doc.add(Heading(2, "Upcoming anniversaries"))
    doc.add(Table(_ANNIVERSARY_HEADERS, _anniversary_rows(doc, profile.anniversaries))
            if profile.anniversaries else Para(("(none)",)))
    return doc.finish()


def coordination_blocks(coord: Coordination, plots: bool = False) -> list[Block]:
    doc = _Doc(f"Coordination: the {coord.months} months to {_day(coord.as_of)}")
    doc.known(coord.events)
    doc.add(Para((f"Home {coord.home or '—'}; window {_day(coord.since)} – {_day(coord.as_of)}. Each cell: activities "
                  "in the window / last contact in that pillar.",)))
    if plots and coord.rows:
        doc.add(Image(heatmap_png(coord), "partner by pillar heat map"))
    headers = ("partner", *coord.pillars, "total", "last high-level")
    rows = []
    for row in coord.rows:
        cells: list[Cell] = [f"{row.name} ({row.partner})"]
        cells += [(doc.num(c.count), f" / {_day(c.last)}") for c in row.cells]
        cells += [doc.num(row.total), _day(row.last_high_level)]
        rows.append(tuple(cells))
    doc.add(Table(headers, tuple(rows)) if rows else Para(("(none)",)))
    doc.add(Heading(2, f"No high-level contact in {coord.months} months"))
    doc.add(Table(("partner", "last high-level contact", "events"),
                  tuple((f"{g.name} ({g.partner})", _day(g.last_high_level) if g.last_high_level else "never",
                         _joined([Link(i, i) for i in g.event_ids], ", ") or "—") for g in coord.no_high_level))
            if coord.no_high_level else Para(("(none)",)))
    doc.add(Heading(2, "Silent pillars with busy partners"))
    doc.add(Table(("partner", "silent pillar", "busy pillars"),
                  tuple((f"{g.name} ({g.partner})", g.pillar,
                         _joined([x for c in g.busy for x in (f"{c.label} ", doc.num(c))], " ")) for g in coord.silent_pillars))
            if coord.silent_pillars else Para(("(none)",)))
    return doc.finish()


# ------------------------------------------------------------------ emitters
def _md_text(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", " ")


def _md_part(part: Part) -> str:
    if isinstance(part, Link):
        return f"[{_md_text(part.text).replace('[', '(').replace(']', ')')}](#{part.target})"
    return _md_text(part)


def _md_cell(cell: Cell) -> str:
    parts = cell if isinstance(cell, tuple) else (cell,)
    return "".join(_md_part(p) for p in parts).replace("|", "\\|")


def to_markdown(blocks: Sequence[Block]) -> str:
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            anchor = f'<a id="{html.escape(block.anchor)}"></a>' if block.anchor else ""
            out += [f"{'#' * block.level} {anchor}{_md_text(block.text)}", ""]
        elif isinstance(block, Para):
            out += ["".join(_md_part(p) for p in block.parts), ""]
        elif isinstance(block, Table):
            out.append("| " + " | ".join(_md_text(h) for h in block.headers) + " |")
            out.append("|" + "---|" * len(block.headers))
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in block.rows]
            out.append("")
        elif isinstance(block, Quote):
            s = block.source
            out += [f"> {_md_text(s.text)} — {_md_text(s.document)} [{s.start}:{s.end}]", ""]
        elif isinstance(block, Image):
            out += [f"*(plot: {_md_text(block.alt)}; see the HTML format)*", ""]
    return "\n".join(out).rstrip() + "\n"


def _html_part(part: Part) -> str:
    if isinstance(part, Link):
        return f'<a href="#{html.escape(part.target)}">{html.escape(part.text)}</a>'
    return html.escape(part)


def _html_cell(cell: Cell) -> str:
    parts = cell if isinstance(cell, tuple) else (cell,)
    return "".join(_html_part(p) for p in parts)


_CSS = ("body{font-family:sans-serif;max-width:70em;margin:auto;padding:1em}table{border-collapse:collapse;"
        "margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
        "blockquote{color:#333;border-left:3px solid #99c;margin:.3em 0;padding-left:.6em}img{max-width:100%}")


def to_html(blocks: Sequence[Block], title: str = "diplometer") -> str:
    out = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"]
    for block in blocks:
        if isinstance(block, Heading):
            anchor = f' id="{html.escape(block.anchor)}"' if block.anchor else ""
            out.append(f"<h{block.level}{anchor}>{html.escape(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            out.append(f"<p>{''.join(_html_part(p) for p in block.parts)}</p>")
        elif isinstance(block, Table):
            out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in block.headers)
                       + "</tr></thead><tbody>")
            out += ["<tr>" + "".join(f"<td>{_html_cell(c)}</td>" for c in row) + "</tr>" for row in block.rows]
            out.append("</tbody></table>")
        elif isinstance(block, Quote):
            s = block.source
            out.append(f"<blockquote>{html.escape(s.text)} <small>— {html.escape(s.document)} "
                       f"[{s.start}:{s.end}]</small></blockquote>")
        elif isinstance(block, Image):
            out.append(f'<p><img alt="{html.escape(block.alt)}" src="{png_data_uri(block.png)}"></p>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ entry points
def _blocks(result: Result, plots: bool) -> list[Block]:
    if isinstance(result, Report):
        return report_blocks(result, plots)
    if isinstance(result, Calendar):
        return calendar_blocks(result)
    if isinstance(result, PartnerProfile):
        return partner_blocks(result, plots)
    if isinstance(result, Coordination):
        return coordination_blocks(result, plots)
    raise TypeError(f"nothing renders a {type(result).__name__}")


def render(result: Result, fmt: str = "md") -> str:
    """`result` as md, html (with plots) or json."""
    if fmt == "json":
        return to_json(result)
    if fmt == "md":
        return to_markdown(_blocks(result, plots=False))
    if fmt == "html":
        blocks = _blocks(result, plots=True)
        title = next((b.text for b in blocks if isinstance(b, Heading)), "diplometer")
        return to_html(blocks, title)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def render_report(report: Report, fmt: str = "md") -> str:
    return render(report, fmt)


def render_calendar(cal: Calendar, fmt: str = "md") -> str:
    return render(cal, fmt)


def render_partner(profile: PartnerProfile, fmt: str = "md") -> str:
    return render(profile, fmt)


def render_coordination(coord: Coordination, fmt: str = "md") -> str:
    return render(coord, fmt)


# ------------------------------------------------------------------ plots
def png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    _pyplot().close(fig)
    return buffer.getvalue()


_PILLAR_COLORS = {"party": "#c0392b", "state": "#2e6da4", "people": "#27ae60"}


def timeline_png(lines: Sequence[EventLine], title: str = "Activities per month") -> bytes:
    """Stacked monthly bars of events by pillar."""
    plt = _pyplot()
    counts = Counter((x.start.strftime("%Y-%m"), x.pillar or "unknown") for x in lines if x.start)
    months = _month_range(sorted({m for m, _ in counts}))
    pillars = sorted({p for _, p in counts})
    fig, ax = plt.subplots(figsize=(min(12.0, max(6.0, 0.3 * len(months))), 3.2))
    bottom = [0] * len(months)
    for pillar in pillars:
        heights = [counts.get((m, pillar), 0) for m in months]
        ax.bar(range(len(months)), heights, bottom=bottom, label=pillar, color=_PILLAR_COLORS.get(pillar, "#999999"))
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    step = max(1, -(-len(months) // 36))  # at most 36 labels
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=90, fontsize=7)
    ax.set_title(title)
    ax.set_ylabel("activities")
    if pillars:
        ax.legend(fontsize=7)
    return _png(fig)


def _month_range(months: list[str]) -> list[str]:
    if not months:
        return []
    (y, m), (y2, m2) = (tuple(int(x) for x in months[0].split("-")), tuple(int(x) for x in months[-1].split("-")))
    out = []
    while (y, m) <= (y2, m2):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def bars_png(counts: Sequence[Count], title: str = "") -> bytes:
    """Horizontal bars of counts, largest on top."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6, max(1.5, 0.35 * len(counts) + 0.8)))
    labels = [c.label for c in counts][::-1]
    ax.barh(range(len(counts)), [c.value for c in counts][::-1])
    ax.set_yticks(range(len(counts)), labels, fontsize=8)
    ax.set_title(title)
    ax.set_xlabel("activities")
    return _png(fig)


def heatmap_png(coord: Coordination) -> bytes:
    """The partner x pillar matrix of activity in the window."""
    plt = _pyplot()
    values = [[c.count.value for c in row.cells] for row in coord.rows] or [[0] * len(coord.pillars)]
    fig, ax = plt.subplots(figsize=(4 + 0.5 * len(coord.pillars), max(2.0, 0.35 * len(values) + 1)))
    image = ax.imshow(values, cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(coord.pillars)), list(coord.pillars))
    ax.set_yticks(range(len(coord.rows)), [row.name for row in coord.rows], fontsize=8)
    for i, row in enumerate(values):
        for j, value in enumerate(row):
            ax.text(j, i, str(value), ha="center", va="center", fontsize=8)
    fig.colorbar(image, ax=ax, label="activities")
    ax.set_title(f"Activity in the {coord.months} months to {_day(coord.as_of)}")
    return _png(fig)

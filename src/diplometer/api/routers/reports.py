"""The term review and partner profiles, as JSON, Markdown or HTML (escaped by render.py)."""
from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from ...partners import UnknownPartner, partner_profile, resolve_partner
from ...render import render
from ...reports import build_report
from ..dependencies import SnapshotDep
from ..filters import BadQuery, country_code

router = APIRouter(tags=["reports"])
ReportFormat = Literal["json", "md", "html"]
MEDIA = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}


def rendered(result: object, fmt: ReportFormat) -> Response:
    """`render.render` output with its media type; HTML is escaped there, never built here."""
    return Response(render(result, fmt), media_type=MEDIA[fmt])  # type: ignore[arg-type]


@router.get("/reports/term")
def term_report(snapshot: SnapshotDep,
                start: Annotated[date | None, Query(alias="from")] = None,
                end: Annotated[date | None, Query(alias="to")] = None,
                actor: Annotated[str | None, Query(max_length=200, description="Part of a leader's name")] = None,
                country: Annotated[str | None, Query(max_length=100, description="Partner ISO3 or name")] = None,
                format: ReportFormat = "json") -> Response:
    """Activities by type, pillar, partner, region and leader in [from, to], with their evidence."""
    if start and end and start > end:
        raise BadQuery(f"from {start} is after to {end}; give from <= to")
    iso3 = country_code(country, snapshot) if country else None
    key = ("report", start, end, actor, iso3, format)
    return snapshot.memo(key, lambda: rendered(build_report(snapshot.record, start, end, actor, iso3), format), size=32)


@router.get("/partners/{name}")
def partner(name: Annotated[str, Path(min_length=1, max_length=200, description="Partner name or ISO3")],
            snapshot: SnapshotDep, format: ReportFormat = "json") -> Response:
    """A partner profile: timeline by pillar, last contact at each level, agreements, indicators."""
    try:
        resolve_partner(snapshot.record, name)
    except UnknownPartner as exc:
        raise HTTPException(404, f"{name!r} is not a partner in the record; give a country name or ISO3") from exc
    return snapshot.memo(("partner", name, format),
                         lambda: rendered(partner_profile(snapshot.record, name), format), size=32)

"""The relationship calendar: round anniversaries of ties and treaties falling in a year."""
from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...relations_calendar import calendar
from ...render import to_json
from ..dependencies import SnapshotDep

router = APIRouter(tags=["anniversaries"])


@router.get("/anniversaries")
def get_anniversaries(snapshot: SnapshotDep,
                      year: Annotated[int | None, Query(ge=1, le=9999, description="Default: this year")] = None) -> Response:
    """`render.to_json(calendar(record, year))`: every count carries the evidence behind it."""
    year = year or date.today().year
    body = snapshot.memo(("anniversaries", year), lambda: to_json(calendar(snapshot.record, year)))
    return Response(body, media_type="application/json")

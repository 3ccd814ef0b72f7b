"""Partner x pillar activity, last contacts, and the gaps in high-level contact."""
from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...coordination import coordination
from ...render import to_json
from ..dependencies import SnapshotDep
from ..formats import fast_json, finite

router = APIRouter(tags=["coordination"])


def coordination_data(snapshot: SnapshotDep, months: int) -> dict:
    data = json.loads(to_json(coordination(snapshot.record, months)))
    data["gaps"] = {"no_high_level": data.get("no_high_level", []), "silent_pillars": data.get("silent_pillars", [])}
    return finite(data)


@router.get("/coordination")
def get_coordination(snapshot: SnapshotDep,
                     months: Annotated[int, Query(ge=1, le=600, description="Window for gaps, in months")] = 12) -> Response:
    """`render.to_json(coordination(record, months))` plus `gaps`: partners without high-level
    contact in the window and pillars silent while the others were busy."""
    return fast_json(snapshot.memo(("coordination", months), lambda: coordination_data(snapshot, months)))

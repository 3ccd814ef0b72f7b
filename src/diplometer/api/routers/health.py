"""GET /api/health: liveness plus the size of the record."""
from __future__ import annotations

from fastapi import APIRouter

from ..dependencies import EventIndexDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(index: EventIndexDep) -> dict:
    """{"status": "ok", "documents": n, "events": n} (merged events), as of the event index."""
    version = index.current or index.version()
    return {"status": "ok", "documents": version.documents, "events": version.events}

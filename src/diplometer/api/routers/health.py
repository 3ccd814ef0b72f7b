"""GET /api/health: liveness plus the size of the record."""
from __future__ import annotations

from fastapi import APIRouter

from ..dependencies import SnapshotDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(snapshot: SnapshotDep) -> dict:
    """{"status": "ok", "documents": n, "events": n} (merged events)."""
    return {"status": "ok", "documents": len(snapshot.record.documents), "events": len(snapshot.record.events)}

"""Full-text search over article texts and evidence sentences (FTS5 / PostgreSQL tsvector)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ..dependencies import PageDep, SnapshotDep, StateDep
from ..formats import fast_json

router = APIRouter(tags=["search"])


@router.get("/search")
def search(state: StateDep, snapshot: SnapshotDep, page: PageDep,
           q: Annotated[str, Query(min_length=1, max_length=500, description="Words to find (all of them)")]) -> Response:
    """Sentences and articles containing every word of `q`, best first; snippets are plain text."""
    state.search.refresh(snapshot)
    total, hits = state.search.search(q, page.limit, page.offset)
    items = []
    for hit in hits:
        doc = snapshot.documents_by_id.get(hit.document)
        items.append({"document": hit.document, "title": doc.title if doc else None,
                      "date": doc.date.isoformat() if doc and doc.date else None, "start": hit.start, "end": hit.end,
                      "snippet": hit.snippet, "kind": hit.kind})
    return fast_json(page.wrap(items, total))

"""Actors: persons, countries, parties, organisations and government bodies of the record."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import Response

from ...export import actor_json
from ...lookup import filter_actors
from ..dependencies import ListFormat, PageDep, SnapshotDep
from ..filters import country_code
from ..formats import download, fast_json

router = APIRouter(tags=["actors"])


def _locate(obj: dict) -> tuple[str | None, dict]:
    return obj.get("country"), {}


@router.get("/actors", response_model=None)
def list_actors(snapshot: SnapshotDep, page: PageDep,
                type: Annotated[str | None, Query(max_length=50, description="person, country, party, organization, ...")]
                = None,
                country: Annotated[str | None, Query(max_length=100, description="ISO3 or name")] = None,
                q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias")] = None,
                format: ListFormat = "json") -> Response | dict:
    """Actors by type then name; `format` other than json downloads them all."""
    iso3 = country_code(country, snapshot) if country else None
    rows = filter_actors(snapshot.record.actors, iso3, type, q)
    if format != "json":
        return download((actor_json(a) for a in rows), format, "actors", _locate)
    return fast_json(page.wrap([actor_json(a) for a in page.slice(rows)], len(rows)))


@router.get("/actors/{actor_id:path}")
def get_actor(actor_id: Annotated[str, Path(min_length=1, max_length=300)], snapshot: SnapshotDep) -> dict:
    """One actor, with the number of events it takes part in."""
    actor = snapshot.actors_by_id.get(actor_id)
    if actor is None:
        raise HTTPException(404, f"no actor {actor_id!r} in the record")
    count = sum(1 for e in snapshot.events if any(r.key == actor_id for r in e.actors + e.counterparts))
    return actor_json(actor) | {"events": count}

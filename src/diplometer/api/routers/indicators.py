"""Indicators read from the articles (trade, investment, aid figures), as `fact_json` items."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...export import fact_json
from ...records import Indicator
from ...textutil import fold_key
from ..dependencies import ListFormat, PageDep, SnapshotDep
from ..filters import country_code
from ..formats import download, fast_json, finite

router = APIRouter(tags=["indicators"])


def _locate(obj: dict) -> tuple[str | None, dict]:
    return obj.get("country"), {}


@router.get("/indicators", response_model=None)
def list_indicators(snapshot: SnapshotDep, page: PageDep,
                    name: Annotated[str | None, Query(max_length=200, description="Part of the indicator's name")] = None,
                    country: Annotated[str | None, Query(max_length=100, description="ISO3 or name")] = None,
                    format: ListFormat = "json") -> Response | dict:
    """Indicators in record order; `format` other than json downloads them all."""
    iso3 = country_code(country, snapshot) if country else None
    wanted = fold_key(name) if name else None
    facts = []
    for fact in snapshot.record.facts.get("indicator", []):
        record = fact.record
        assert isinstance(record, Indicator)
        if iso3 and record.country != iso3:
            continue
        if wanted and wanted not in fold_key(record.name):
            continue
        facts.append(fact)
    if format != "json":
        return download((fact_json("indicator", f) for f in facts), format, "indicators", _locate)
    return fast_json(finite(page.wrap([fact_json("indicator", f) for f in page.slice(facts)], len(facts))))

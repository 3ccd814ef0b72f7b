"""Monthly activity forecasts per partner, shifts, and the rolling-origin backtest."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from ... import forecast as fc
from ...cli_analysis import partner_series
from ...render import to_data
from ..cache import Snapshot
from ..dependencies import SnapshotDep
from ..filters import country_code
from ..formats import finite

router = APIRouter(tags=["forecasts"])


def forecasts(snapshot: Snapshot, iso3: str | None, type_: str | None, horizon: int) -> dict:
    series = partner_series(snapshot.record, type_)
    keys = [s.key for s in series if s.key.split("/")[0] == iso3] if iso3 else None
    rows = fc.forecast_tables(series, horizon, keys=keys)
    found = [s for s in fc.shifts(series) if keys is None or s.key in keys]
    return finite({"rows": rows, "shifts": to_data(found)})


@router.get("/forecasts")
def get_forecasts(snapshot: SnapshotDep,
                  partner: Annotated[str | None, Query(max_length=100, description="Partner name or ISO3")] = None,
                  type: Annotated[str | None, Query(max_length=100, description="Activity type or PLOVER category")] = None,
                  horizon: Annotated[int, Query(ge=1, le=36, description="Months ahead")] = 6) -> dict:
    """Forecast rows (mean, 80% and 95% intervals, naive baselines) and the months outside the 95% interval."""
    iso3 = country_code(partner, snapshot, "partner") if partner else None
    return snapshot.memo(("forecasts", iso3, type, horizon), lambda: forecasts(snapshot, iso3, type, horizon), size=32)


def backtest(snapshot: Snapshot, origins: int) -> dict:
    result = fc.backtest(partner_series(snapshot.record), origins=origins, horizons=(1, 2, 3))
    return finite({"scores": result.table(), "overall": result.overall("model"), "series": result.n_series})


@router.get("/backtest")
def get_backtest(snapshot: SnapshotDep,
                 origins: Annotated[int, Query(ge=1, le=60, description="Rolling forecast origins")] = 12) -> dict:
    """Rolling-origin backtest (horizons 1-3): MAE, MAE relative to naive, coverage, interval score, CRPS."""
    return snapshot.memo(("backtest", origins), lambda: backtest(snapshot, origins), size=16)

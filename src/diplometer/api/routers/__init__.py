"""One router per resource; `ROUTERS` is the order they are mounted in (all under /api)."""
from __future__ import annotations

from fastapi import APIRouter

from . import (
    actors,
    anniversaries,
    coordination,
    documents,
    events,
    forecasts,
    health,
    indicators,
    reports,
    search,
    views,
)

ROUTERS: list[APIRouter] = [health.router, documents.router, actors.router, events.router, views.router,
                            anniversaries.router, indicators.router, reports.router, coordination.router,
                            forecasts.router, search.router]

"""The diplometer REST API (FastAPI). `create_app(db)` builds the app; `diplometer serve` runs it."""
from __future__ import annotations

from .main import create_app

__all__ = ["create_app"]

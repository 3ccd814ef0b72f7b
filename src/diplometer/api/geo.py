"""Representative points of countries (ISO3 -> lon, lat) from the shipped `centroids.tsv`."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

CENTROIDS = Path(__file__).with_name("centroids.tsv")


@lru_cache(maxsize=1)
def centroids() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lon, lat); approximate, see the header of centroids.tsv."""
    out: dict[str, tuple[float, float]] = {}
    lines = [line for line in CENTROIDS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for line in lines[1:]:
        iso3, lon, lat = line.split("\t")
        out[iso3] = (float(lon), float(lat))
    return out


def point(iso3: str | None) -> tuple[float, float] | None:
    return centroids().get(iso3) if iso3 else None

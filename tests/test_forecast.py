"""Forecasts, baselines, backtest and shifts on simulated series whose truth is known."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pytest

from diplometer.forecast import (
    METHODS,
    Prior,
    Series,
    add_months,
    backtest,
    baseline_forecast,
    empirical,
    fit,
    forecast,
    forecast_table,
    forecast_tables,
    interval_score,
    month_range,
    monthly_series,
    naive,
    negative_binomial,
    panel_prior,
    point_mass,
    seasonal_naive,
    shifts,
    simulate_panel,
)

MONTHS = month_range(date(2015, 1, 1), date(2022, 12, 1))


@pytest.fixture(scope="module")
def panel() -> list[Series]:
    return simulate_panel(30, 96, seed=0)


@pytest.fixture(scope="module")
def result(panel):
    return backtest(panel, origins=12, horizons=(1, 2, 3))


def _series(counts, key="X") -> Series:
    return Series(key, MONTHS[: len(counts)], tuple(int(c) for c in counts))


# --------------------------------------------------------------------------- building series


@dataclass(frozen=True)
class _When:
    start: date


@dataclass(frozen=True)
class _Item:
    date: _When | None
    partners: tuple[str, ...]


def test_monthly_series_fills_zero_months_and_skips_undated():
    items = [_Item(_When(date(2023, 1, 5)), ("FRA", "DEU")), _Item(_When(date(2023, 1, 20)), ("FRA", "FRA")),
             _Item(_When(date(2023, 4, 2)), ("DEU",)), _Item(None, ("FRA",))]
    series = monthly_series(items, lambda item: item.partners)
    assert [s.key for s in series] == ["DEU", "FRA"]
    assert series[0].months == (date(2023, 1, 1), date(2023, 2, 1), date(2023, 3, 1), date(2023, 4, 1))
    assert series[0].counts == (1, 0, 0, 1)
    assert series[1].counts == (2, 0, 0, 0)  # one count per item and key, even if the key repeats


def test_monthly_series_respects_start_and_end():
    items = [_Item(_When(date(2023, 1, 5)), ("FRA",)), _Item(_When(date(2023, 6, 5)), ("FRA",))]
    series = monthly_series(items, lambda item: item.partners, start=date(2022, 11, 15), end=date(2023, 3, 31))
    assert series[0].months[0] == date(2022, 11, 1) and series[0].months[-1] == date(2023, 3, 1)
    assert series[0].counts == (0, 0, 1, 0, 0)
    assert monthly_series([], lambda item: []) == []


def test_add_months_crosses_years():
    assert add_months(date(2023, 11, 1), 3) == date(2024, 2, 1)
    assert add_months(date(2023, 1, 1), -1) == date(2022, 12, 1)


# --------------------------------------------------------------------------- distributions


def test_negative_binomial_moments_and_poisson_limit():
    nb = negative_binomial(8.0, 0.25)
    assert nb.mean == pytest.approx(8.0, rel=1e-6)
    k = np.arange(len(nb.cdf))
    pmf = np.diff(np.r_[0.0, nb.cdf])
    assert float(np.sum(pmf * (k - 8.0) ** 2)) == pytest.approx(8.0 + 0.25 * 64.0, rel=1e-4)
    poisson = negative_binomial(8.0, 0.0)
    assert float(np.sum(np.diff(np.r_[0.0, poisson.cdf]) * (np.arange(len(poisson.cdf)) - 8.0) ** 2)) == pytest.approx(8.0)
    assert negative_binomial(8.0, 1e-10).interval(0.95) == poisson.interval(0.95)


def test_crps_of_a_perfect_point_mass_is_zero():
    assert point_mass(3).crps(3) == 0.0
    assert point_mass(3).crps(5) == pytest.approx(2.0)  # a point mass scores its absolute error


def test_crps_matches_the_energy_form():
    rng = np.random.default_rng(1)
    dist = negative_binomial(4.0, 0.3)
    draws = rng.negative_binomial(1 / 0.3, (1 / 0.3) / (1 / 0.3 + 4.0), size=(2, 200_000))
    for y in (0, 4, 11):
        energy = np.mean(np.abs(draws[0] - y)) - 0.5 * np.mean(np.abs(draws[0] - draws[1]))
        assert dist.crps(y) == pytest.approx(energy, abs=0.02)


def test_empirical_distribution_clips_at_zero():
    dist = empirical([-2, 0, 1, 3])
    assert dist.quantile(0.0) == 0 and dist.quantile(0.5) == 0 and dist.quantile(1.0) == 3


def test_interval_score():
    assert interval_score(2, 5, 3, 0.05) == 3
    assert interval_score(2, 5, 7, 0.05) == pytest.approx(3 + 40 * 2)


# --------------------------------------------------------------------------- model and baselines


def _check_intervals(f) -> None:
    for lo95, lo80, hi80, hi95 in zip(f.lo95, f.lo80, f.hi80, f.hi95, strict=True):
        assert all(isinstance(v, int) and v >= 0 for v in (lo95, lo80, hi80, hi95))
        assert lo95 <= lo80 <= hi80 <= hi95


def test_intervals_are_nested_non_negative_counts(panel):
    prior = panel_prior(panel)
    for series in panel:
        f = forecast(series, 6, prior)
        assert len(f.months) == 6 and f.months[0] == add_months(series.months[-1], 1)
        _check_intervals(f)
        assert all(m >= 0 for m in f.mean)
        for method in METHODS[1:]:
            _check_intervals(baseline_forecast(series, method, 6))


def test_all_zero_series_forecasts_zero():
    f = forecast(_series([0] * 40), 3)
    assert f.mean == (0.0, 0.0, 0.0)
    assert f.lo95 == f.hi95 == f.lo80 == f.hi80 == (0, 0, 0)


@pytest.mark.parametrize("counts", [[], [4], [0, 3], [2, 5, 1, 0, 7], list(range(20))])
def test_short_series_work(counts):
    f = forecast(_series(counts), 4)
    _check_intervals(f)
    model = fit(_series(counts))
    assert model.season == Prior().season  # no seasonality of its own under 24 months


def test_poisson_fallback_when_variance_is_the_mean():
    rng = np.random.default_rng(7)
    assert fit(_series(rng.poisson(12.0, 96))).dispersion == 0.0
    assert fit(_series(rng.poisson(12.0, 96))).poisson
    over = fit(_series(rng.negative_binomial(2.0, 2.0 / (2.0 + 12.0), 96)))  # dispersion 0.5
    assert 0.2 < over.dispersion < 1.0


def test_seasonality_is_learned():
    rng = np.random.default_rng(2)
    shape = np.array([0.6, 1, 1, 1, 1, 1, 1, 0.5, 1.8, 1, 1, 1.1])
    counts = rng.poisson(30 * shape[np.arange(96) % 12])
    model = fit(_series(counts))
    assert model.season[8] > 1.4 and model.season[7] < 0.7


def test_baselines():
    counts = list(range(1, 25))
    assert naive(counts, 1)[0] == 24 and naive(counts, 3)[0] == 24
    assert seasonal_naive(counts, 1)[0] == 13 and seasonal_naive(counts, 3)[0] == 15
    assert seasonal_naive(counts[:6], 2)[0] == 6  # under a year of history: naive


def test_forecast_table_rows(panel):
    rows = forecast_table(panel[0], 6)
    assert len(rows) == 6 and rows[0]["month"] == "2024-01"
    assert set(rows[0]) == {"key", "month", "mean", "lo80", "hi80", "lo95", "hi95", "naive", "seasonal_naive"}
    assert rows[0]["seasonal_naive"] == panel[0].counts[-12]
    some = forecast_tables(panel, 2, keys=["S01", "S02"])
    assert [r["key"] for r in some] == ["S01", "S01", "S02", "S02"]


def test_simulation_is_deterministic():
    assert simulate_panel(5, 30, seed=3) == simulate_panel(5, 30, seed=3)
    assert simulate_panel(5, 30, seed=3) != simulate_panel(5, 30, seed=4)


# --------------------------------------------------------------------------- backtest and shifts


def test_backtest_shape(result):
    assert {(s.method, s.horizon) for s in result.scores} == {(m, h) for m in METHODS for h in (1, 2, 3)}
    assert all(s.n == 30 * 12 for s in result.scores)
    assert all(s.rel_mae == pytest.approx(1.0) for s in result.scores if s.method == "naive")


def test_backtest_beats_naive_with_calibrated_intervals(result):
    model = result.overall("model")
    assert model["rel_mae"] < 1.0
    assert 0.88 <= model["cov95"] <= 0.99
    assert 0.72 <= model["cov80"] <= 0.92
    assert model["crps"] < result.overall("naive")["crps"]
    for h in (1, 2, 3):
        assert result.get("model", h).rel_mae < 1.0


def test_single_spike_is_flagged(panel):
    series = panel[5]
    counts = list(series.counts)
    counts[-4] = int(4 * np.mean(counts[-24:]) + 15)
    spiked = [s if s.key != series.key else Series(s.key, s.months, tuple(counts)) for s in panel]
    flags = [f for f in shifts(spiked, last=6) if f.key == series.key]
    assert [(f.month, f.direction) for f in flags] == [(series.months[-4], "up")]
    assert flags[0].observed > flags[0].hi95 and flags[0].lo95 <= flags[0].expected <= flags[0].hi95


def test_shifts_are_rare_without_shocks(panel):
    flags = shifts(panel, last=12)
    assert len(flags) <= 0.08 * 30 * 12

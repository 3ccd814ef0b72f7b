"""Monthly activity counts: forecasts with count intervals, baselines, backtests and shifts.

The model
---------
Each series (a partner, a partner and event type, ...) is a run of monthly counts. Diplomatic
activity counts are small, often zero, lumpy (a summit month brings many meetings) and
seasonal (quiet Augusts, a busy September at the UN General Assembly). The forecast of month
``t + h`` made at the end of month ``t`` is a **negative binomial** count distribution

    Y ~ NB(mean = level_t * season[month], variance = mean + dispersion_h * mean**2)

* ``season`` is twelve multiplicative month-of-year factors (mean 1): per calendar month, the
  observed counts over a centred 12-month moving average, each month weighted by the
  information it carries under over-dispersion (``mu / (1 + dispersion * mu)`` effective
  events), shrunk toward a prior profile with a gamma-style rule ``(observed + k * prior) /
  (expected + k)``. The prior is flat, or the profile pooled over a panel of series, and
  ``k = 1 / season_var`` where ``season_var`` (the spread of series' factors around the pooled
  ones, net of sampling noise) is estimated from the panel: empirical-Bayes partial pooling.
  A series with few events keeps (almost) the pooled profile; a busy one earns its own. Series
  shorter than 24 months use the prior profile alone (flat without a panel: no seasonality).
* ``level`` is a **robust exponentially weighted local level** of the deseasonalised counts
  (simple exponential smoothing, the observation clipped to a few standard deviations of its
  one-step forecast so that one exceptional month does not drag the level). The smoothing
  weight is chosen per series from a small grid by one-step-ahead Poisson deviance. A local
  level follows level shifts and slow trends without extrapolating them.
* ``dispersion`` comes from the method of moments on the **one-step-ahead errors** of the
  smoothing pass, not on in-sample residuals: those errors already contain the error of the
  estimated level, so the predictive intervals account for parameter uncertainty and do not
  come out too narrow. Beyond one step the dispersion grows as a local-level model's forecast
  variance does. When a Pearson test finds no over-dispersion the model falls back to Poisson.
  In a panel each dispersion is shrunk toward the panel median with the weight of 12 months
  of data, which steadies short series and barely moves long ones.
* An all-zero history forecasts a point mass at zero.

Why this model: it is the smallest one that respects what the counts are (zeros, extra-Poisson
variance, seasonality, level shifts) and that is honest about its uncertainty, which the
backtest checks (coverage near nominal). A Poisson/NB GLM with a trend term extrapolates
trends that diplomatic activity rarely sustains; a local level does not. Everything is closed
form or a one-pass recursion, so a refit per series, origin and month is cheap (the 30 x 96
backtest with 360 refits per method runs in well under a second) and needs only numpy: the
NB distribution is computed by its log-probability recurrence.

Intervals are central quantiles of the predictive distribution, so they are integer counts,
never negative, and the 80% interval lies inside the 95% one. The point forecast is the mean.

Baselines: **naive** (the last month) and **seasonal naive** (the same month a year before),
each with an empirical predictive distribution: the point plus the baseline's own past errors at
that horizon, clipped at zero. Forecasts are always shown beside them.

Evaluation: :func:`backtest` refits at each of the last rolling origins and scores every
method per horizon with MAE, MAE relative to naive, 80% / 95% coverage, the Gneiting-Raftery
interval score and the CRPS of the count distribution. :func:`shifts` flags partner-months
whose count falls outside the 95% one-step interval of a model fitted on the months before.
:func:`simulate_panel` makes a panel whose truth is known, for tests and the benchmark.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

METHODS = ("model", "naive", "seasonal_naive")
SEASON = 12


# --------------------------------------------------------------------------- months and series


@dataclass(frozen=True)
class Series:
    """Monthly counts for one key; months are first-of-month dates, contiguous, zeros filled."""

    key: str
    months: tuple[date, ...]
    counts: tuple[int, ...]

    def __post_init__(self) -> None:
        if len(self.months) != len(self.counts):
            raise ValueError("months and counts differ in length")

    def until(self, month: date) -> Series:
        """The part of the series before ``month``."""
        cut = sum(1 for m in self.months if m < month)
        return Series(self.key, self.months[:cut], self.counts[:cut])


def month_of(day: date) -> date:
    return date(day.year, day.month, 1)


def add_months(month: date, k: int) -> date:
    index = month.year * 12 + month.month - 1 + k
    return date(index // 12, index % 12 + 1, 1)


def month_range(first: date, last: date) -> tuple[date, ...]:
    first, last = month_of(first), month_of(last)
    span = (last.year - first.year) * 12 + last.month - first.month
    return tuple(add_months(first, k) for k in range(span + 1))


def monthly_series(events: Iterable[object], key_fn: Callable[[object], Sequence[str]],
                   start: date | None = None, end: date | None = None) -> list[Series]:
    """Count items per key and month; items need ``.date.start`` (items without a date are skipped).

    The span runs from the first to the last month seen (or ``start`` / ``end``), the same for
    every key, so the series of a panel are aligned; months without items count 0.
    """
    lo, hi = (month_of(start) if start else None), (month_of(end) if end else None)
    tallies: dict[str, dict[date, int]] = {}
    seen: list[date] = []
    for item in events:
        when = getattr(item, "date", None)
        if when is None or getattr(when, "start", None) is None:
            continue
        month = month_of(when.start)
        if (lo and month < lo) or (hi and month > hi):
            continue
        seen.append(month)
        for key in dict.fromkeys(key_fn(item)):
            tally = tallies.setdefault(key, {})
            tally[month] = tally.get(month, 0) + 1
    first, last = lo or (min(seen) if seen else None), hi or (max(seen) if seen else None)
    if first is None or last is None or first > last:
        return []
    months = month_range(first, last)
    return [Series(key, months, tuple(tallies[key].get(m, 0) for m in months)) for key in sorted(tallies)]


# --------------------------------------------------------------------------- count distributions


@dataclass(frozen=True, eq=False)
class CountDistribution:
    """A distribution on 0, 1, 2, ... held as its CDF on 0..K (F = 1 beyond K)."""

    cdf: np.ndarray

    @property
    def mean(self) -> float:
        return float(np.sum(1.0 - self.cdf))

    def quantile(self, p: float) -> int:
        """The smallest k with F(k) >= p."""
        return int(min(np.searchsorted(self.cdf, p - 1e-12, side="left"), len(self.cdf) - 1))

    def interval(self, level: float) -> tuple[int, int]:
        tail = (1.0 - level) / 2.0
        return self.quantile(tail), self.quantile(1.0 - tail)

    def crps(self, y: int) -> float:
        """Sum over k of (F(k) - 1{y <= k})^2, exact for a count y."""
        size = max(len(self.cdf), y + 1)
        cdf = np.ones(size)
        cdf[: len(self.cdf)] = self.cdf
        step = (np.arange(size) >= y).astype(float)
        return float(np.sum((cdf - step) ** 2))


def point_mass(k: int) -> CountDistribution:
    cdf = np.zeros(k + 1)
    cdf[k] = 1.0
    return CountDistribution(cdf)


def negative_binomial(mean: float, dispersion: float) -> CountDistribution:
    """NB with variance mean + dispersion * mean^2; Poisson when dispersion is 0."""
    if mean <= 1e-9:
        return point_mass(0)
    sd = math.sqrt(mean + dispersion * mean * mean)
    top = int(mean + 12.0 * sd + 3.0 * math.log1p(1.0 / max(sd, 1e-3)) + 12.0)
    k = np.arange(top + 1, dtype=float)
    if dispersion <= 1e-9:
        log_p = np.concatenate(([-mean], -mean + np.cumsum(np.log(mean / k[1:]))))
    else:
        r = 1.0 / dispersion
        log_q = math.log(mean / (r + mean))
        steps = np.log((k[:-1] + r) / (k[1:])) + log_q
        log_p = r * math.log(r / (r + mean)) + np.concatenate(([0.0], np.cumsum(steps)))
    cdf = np.cumsum(np.exp(log_p - log_p.max()))
    return CountDistribution(np.minimum(cdf / cdf[-1], 1.0))


def empirical(values: Sequence[float] | np.ndarray) -> CountDistribution:
    """The empirical distribution of values rounded and clipped to non-negative counts."""
    counts = np.clip(np.rint(np.asarray(values, dtype=float)), 0, None).astype(int)
    if counts.size == 0:
        return point_mass(0)
    cdf = np.cumsum(np.bincount(counts)) / counts.size
    return CountDistribution(cdf)


# --------------------------------------------------------------------------- the model


@dataclass(frozen=True)
class ModelConfig:
    smoothing_grid: tuple[float, ...] = (0.05, 0.1, 0.2, 0.3, 0.5)
    min_seasonal_months: int = 24
    burn_in: int = 6  # one-step errors before this are not scored
    clip_sd: float = 3.0  # robust level update: observations clipped to this many sd
    clip_dispersion: float = 0.1  # the dispersion assumed by the clip
    pool_dispersion_months: float = 12.0  # weight of the panel dispersion, in months


@dataclass(frozen=True)
class Prior:
    """Panel-level estimates that individual series are shrunk toward."""

    season: tuple[float, ...] = (1.0,) * SEASON  # by calendar month, January first
    season_var: float = 0.1  # relative variance of a series' factor around the prior's
    dispersion: float | None = None


@dataclass(frozen=True)
class Fit:
    key: str
    last_month: date | None
    level: float
    season: tuple[float, ...]
    smoothing: float
    dispersion: float
    n: int

    @property
    def poisson(self) -> bool:
        return self.dispersion == 0.0

    def mean(self, h: int) -> float:
        month = add_months(self.last_month, h) if self.last_month else None
        factor = self.season[month.month - 1] if month else 1.0
        return self.level * factor

    def dispersion_at(self, h: int) -> float:
        """A local-level model's forecast variance grows by smoothing^2 per extra step."""
        return self.dispersion * (1.0 + (h - 1) * self.smoothing ** 2)

    def predictive(self, h: int) -> CountDistribution:
        return negative_binomial(self.mean(h), self.dispersion_at(h))


def _centred_average(y: np.ndarray) -> np.ndarray:
    """The 2x12 centred moving average, defined for t in [6, n - 7]."""
    weights = np.r_[0.5, np.ones(11), 0.5] / 12.0
    return np.convolve(y, weights, mode="valid")


def _trend_and_inner(counts: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
    """The centred moving average and the counts it centres on, winsorised against it."""
    y = np.asarray(counts, dtype=float)
    trend = _centred_average(y)
    cap = trend + 4.0 * np.sqrt(trend + 0.1 * trend ** 2) + 2.0
    return trend, np.minimum(y[6: 6 + trend.size], cap)


def _calendar(first_month: int, size: int) -> np.ndarray:
    return (first_month - 1 + 6 + np.arange(size)) % SEASON


def rough_dispersion(counts: Sequence[int], first_month: int, season: Sequence[float]) -> float:
    """Method-of-moments dispersion of the counts around moving average x seasonal factor."""
    trend, inner = _trend_and_inner(counts)
    m = trend * np.asarray(season)[_calendar(first_month, trend.size)]
    denominator = float(np.sum(m * m))
    return max(0.0, float(np.sum((inner - m) ** 2 - m)) / denominator) if denominator > 0 else 0.0


def seasonal_totals(counts: Sequence[int], first_month: int, dispersion: float = 0.0
                    ) -> tuple[np.ndarray, np.ndarray]:
    """Per calendar month: observed and moving-average-expected counts, in effective events.

    Each month's information is ``mu / (1 + dispersion * mu)`` events, so under over-dispersion
    a busy month counts for less than its raw count; the ratio of the two totals estimates the
    month's factor with a relative variance of about 1 / expected.
    """
    trend, inner = _trend_and_inner(counts)
    weight = 1.0 / (1.0 + dispersion * trend)
    calendar = _calendar(first_month, trend.size)
    observed = np.bincount(calendar, weights=weight * inner, minlength=SEASON)
    expected = np.bincount(calendar, weights=weight * trend, minlength=SEASON)
    return observed, expected


def _normalised(factors: np.ndarray) -> tuple[float, ...]:
    mean = float(np.mean(factors))
    return tuple(float(f) for f in (factors / mean if mean > 0 else np.ones(SEASON)))


def _series_totals(series: Series, prior_season: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    first = series.months[0].month
    return seasonal_totals(series.counts, first, rough_dispersion(series.counts, first, prior_season))


def estimate_season(series: Series, prior: Prior, config: ModelConfig) -> tuple[float, ...]:
    """Gamma-prior shrinkage of each month's factor toward the prior's (relative variance season_var)."""
    if len(series.counts) < config.min_seasonal_months:
        return prior.season
    observed, expected = _series_totals(series, prior.season)
    k = 1.0 / prior.season_var
    return _normalised((observed + k * np.asarray(prior.season)) / (expected + k))


def _smooth(y: Sequence[float], factors: Sequence[float], weight: float, config: ModelConfig
            ) -> tuple[float, list[float]]:
    """Robust simple exponential smoothing; returns the final level and one-step forecasts."""
    start = max(1, min(len(y), SEASON))
    level = sum(v / f for v, f in zip(y[:start], factors[:start], strict=True)) / start
    forecasts = []
    c, k = config.clip_dispersion, config.clip_sd
    for v, f in zip(y, factors, strict=True):
        m = level * f
        forecasts.append(m)
        sd = math.sqrt(max(m, 1.0) + c * m * m)
        clipped = min(max(v, m - k * sd), m + k * sd)
        level += weight * (clipped / f - level)
    return level, forecasts


def _poisson_deviance(y: Sequence[float], m: Sequence[float]) -> float:
    total = 0.0
    for v, mu in zip(y, m, strict=True):
        mu = max(mu, 1e-6)
        total += 2.0 * ((v * math.log(v / mu) if v > 0 else 0.0) - (v - mu))
    return total


def estimate_dispersion(y: Sequence[float], m: Sequence[float]) -> float:
    """Method of moments on one-step errors; 0 (Poisson) unless a Pearson test finds over-dispersion."""
    pairs = [(v, mu) for v, mu in zip(y, m, strict=True) if mu > 1e-9]
    if len(pairs) < 3:
        return 0.0
    pearson = sum((v - mu) ** 2 / mu for v, mu in pairs) / len(pairs)
    if pearson < 1.0 + 2.0 * math.sqrt(2.0 / len(pairs)):
        return 0.0
    excess = sum((v - mu) ** 2 - mu for v, mu in pairs)
    return max(0.0, excess / sum(mu * mu for _, mu in pairs))


def _best_smoothing(y: Sequence[float], factors: Sequence[float], burn: int, config: ModelConfig
                    ) -> tuple[float, float, list[float]]:
    """The grid weight with the least one-step Poisson deviance: (weight, final level, forecasts)."""
    runs = [(weight, *_smooth(y, factors, weight, config)) for weight in config.smoothing_grid]
    return min(runs, key=lambda run: _poisson_deviance(y[burn:], run[2][burn:]))


def fit(series: Series, prior: Prior | None = None, config: ModelConfig | None = None) -> Fit:
    """Fit the seasonal local-level negative binomial model to a series' whole history."""
    prior, config = prior or Prior(), config or ModelConfig()
    last = series.months[-1] if series.months else None
    if not any(series.counts):
        return Fit(series.key, last, 0.0, prior.season, config.smoothing_grid[0], 0.0, len(series.counts))
    season = estimate_season(series, prior, config)
    y = [float(v) for v in series.counts]
    factors = [season[m.month - 1] for m in series.months]
    burn = min(config.burn_in, len(y) // 2)
    weight, level, forecasts = _best_smoothing(y, factors, burn, config)
    dispersion = estimate_dispersion(y[burn:], forecasts[burn:])
    if prior.dispersion is not None:
        n, n0 = len(y) - burn, config.pool_dispersion_months
        dispersion = (n * dispersion + n0 * prior.dispersion) / (n + n0)
    return Fit(series.key, last, max(level, 0.0), season, weight, dispersion, len(y))


def panel_prior(series_list: Sequence[Series], config: ModelConfig | None = None) -> Prior:
    """Pooled seasonal profile, spread of the series around it, median dispersion (empirical Bayes)."""
    config = config or ModelConfig()
    long = [s for s in series_list if len(s.counts) >= config.min_seasonal_months and any(s.counts)]
    if not long:
        return Prior()
    season = np.ones(SEASON)
    for _ in range(2):  # the second pass weighs months by dispersions measured around the first profile
        totals = [_series_totals(s, tuple(season)) for s in long]
        observed = sum((o for o, _ in totals), np.zeros(SEASON))
        expected = sum((e for _, e in totals), np.zeros(SEASON))
        season = np.asarray(_normalised((observed + 1.0) / (expected + 1.0)))
    season_var = _season_spread(totals, season)
    pooled = Prior(season=tuple(season), season_var=season_var)
    dispersions = [fit(s, pooled, config).dispersion for s in long]
    return Prior(season=tuple(season), season_var=season_var, dispersion=float(np.median(dispersions)))


def _season_spread(totals: Sequence[tuple[np.ndarray, np.ndarray]], season: np.ndarray,
                   min_events: float = 20.0, default: float = 0.1) -> float:
    """Between-series variance of the factors' ratio to the pooled one, less sampling variance."""
    excess, used = 0.0, 0
    for observed, expected in totals:
        informed = expected * season >= min_events
        ratio = observed[informed] / (expected[informed] * season[informed])
        excess += float(np.sum((ratio - 1.0) ** 2 - 1.0 / (expected[informed] * season[informed])))
        used += int(np.sum(informed))
    return float(min(max(excess / used, 0.005), 1.0)) if used >= SEASON else default


# --------------------------------------------------------------------------- baselines


def _baseline(counts: Sequence[int], h: int, lag: int) -> tuple[int, CountDistribution]:
    """Point: the value ``lag * ceil(h / lag)`` months before the target; spread: past errors at that lag."""
    y = np.asarray(counts, dtype=float)
    n = y.size
    if n == 0:
        return 0, point_mass(0)
    step = lag * math.ceil(h / lag)
    if n < step:
        return int(y[-1]), empirical([y[-1]])
    point = int(y[n + h - 1 - step])
    errors = y[step:] - y[:-step] if n > step else np.zeros(0)
    return point, empirical(point + errors) if errors.size else point_mass(point)


def naive(counts: Sequence[int], h: int) -> tuple[int, CountDistribution]:
    return _baseline(counts, h, lag=h)


def seasonal_naive(counts: Sequence[int], h: int) -> tuple[int, CountDistribution]:
    """The same month a year before; naive when the history is shorter than a year."""
    if len(counts) < SEASON:
        return naive(counts, h)
    return _baseline(counts, h, lag=SEASON)


# --------------------------------------------------------------------------- forecasts


@dataclass(frozen=True)
class Forecast:
    key: str
    method: str
    months: tuple[date, ...]
    mean: tuple[float, ...]
    lo80: tuple[int, ...]
    hi80: tuple[int, ...]
    lo95: tuple[int, ...]
    hi95: tuple[int, ...]
    distributions: tuple[CountDistribution, ...] = field(repr=False, compare=False)


def _forecast_from(key: str, method: str, last: date | None, points: Sequence[float],
                   dists: Sequence[CountDistribution]) -> Forecast:
    months = tuple(add_months(last, h) for h in range(1, len(dists) + 1)) if last else ()
    i80 = [d.interval(0.80) for d in dists]
    i95 = [d.interval(0.95) for d in dists]
    return Forecast(key, method, months, tuple(float(p) for p in points),
                    tuple(a for a, _ in i80), tuple(b for _, b in i80),
                    tuple(a for a, _ in i95), tuple(b for _, b in i95), tuple(dists))


def forecast(series: Series, horizon: int = 6, prior: Prior | None = None,
             config: ModelConfig | None = None) -> Forecast:
    """The model's forecast of the next ``horizon`` months."""
    model = fit(series, prior, config)
    dists = [model.predictive(h) for h in range(1, horizon + 1)]
    return _forecast_from(series.key, "model", model.last_month, [model.mean(h) for h in range(1, horizon + 1)], dists)


def baseline_forecast(series: Series, method: str, horizon: int = 6) -> Forecast:
    rule = {"naive": naive, "seasonal_naive": seasonal_naive}[method]
    pairs = [rule(series.counts, h) for h in range(1, horizon + 1)]
    last = series.months[-1] if series.months else None
    return _forecast_from(series.key, method, last, [p for p, _ in pairs], [d for _, d in pairs])


def forecast_all(series: Series, horizon: int = 6, prior: Prior | None = None,
                 config: ModelConfig | None = None) -> dict[str, Forecast]:
    """The model and both baselines, keyed by method."""
    out = {"model": forecast(series, horizon, prior, config)}
    for method in METHODS[1:]:
        out[method] = baseline_forecast(series, method, horizon)
    return out


def forecast_tables(series_list: Sequence[Series], horizon: int = 6, keys: Iterable[str] | None = None,
                    config: ModelConfig | None = None) -> list[dict]:
    """:func:`forecast_table` rows for the chosen keys (all by default), pooled over the whole panel."""
    prior = panel_prior(series_list, config)
    wanted = set(keys) if keys is not None else None
    return [row for s in series_list if wanted is None or s.key in wanted
            for row in forecast_table(s, horizon, prior, config)]


def forecast_table(series: Series, horizon: int = 6, prior: Prior | None = None,
                   config: ModelConfig | None = None) -> list[dict]:
    """Rows for display: month, mean, 80% and 95% intervals, naive and seasonal-naive points."""
    f = forecast_all(series, horizon, prior, config)
    model, nv, snv = f["model"], f["naive"], f["seasonal_naive"]
    return [{"key": series.key, "month": m.isoformat()[:7], "mean": round(model.mean[i], 2),
             "lo80": model.lo80[i], "hi80": model.hi80[i], "lo95": model.lo95[i], "hi95": model.hi95[i],
             "naive": int(nv.mean[i]), "seasonal_naive": int(snv.mean[i])}
            for i, m in enumerate(model.months)]


# --------------------------------------------------------------------------- scores


def interval_score(lo: float, hi: float, y: float, alpha: float) -> float:
    """Gneiting-Raftery interval score of a central (1 - alpha) interval."""
    return (hi - lo) + (2.0 / alpha) * (max(lo - y, 0.0) + max(y - hi, 0.0))


@dataclass(frozen=True)
class Score:
    method: str
    horizon: int
    n: int
    mae: float
    rel_mae: float
    cov80: float
    cov95: float
    is80: float
    is95: float
    crps: float

    def as_row(self) -> dict:
        return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class BacktestResult:
    scores: tuple[Score, ...]
    origins: int
    horizons: tuple[int, ...]
    n_series: int

    def get(self, method: str, horizon: int) -> Score:
        return next(s for s in self.scores if s.method == method and s.horizon == horizon)

    def table(self) -> list[dict]:
        return [s.as_row() for s in self.scores]

    def overall(self, method: str) -> dict:
        """Scores pooled over horizons (means weighted by the number of forecasts)."""
        rows = [s for s in self.scores if s.method == method]
        total = sum(s.n for s in rows)
        if not total:
            return {"method": method, "n": 0}
        out: dict = {"method": method, "n": total}
        for name in ("mae", "cov80", "cov95", "is80", "is95", "crps"):
            out[name] = sum(getattr(s, name) * s.n for s in rows) / total
        naive_mae = sum(s.mae * s.n for s in self.scores if s.method == "naive") / total
        out["rel_mae"] = out["mae"] / naive_mae if naive_mae > 0 else float("nan")
        return out


@dataclass
class _Tally:
    n: int = 0
    abs_err: float = 0.0
    in80: int = 0
    in95: int = 0
    is80: float = 0.0
    is95: float = 0.0
    crps: float = 0.0

    def add(self, point: float, dist: CountDistribution, y: int) -> None:
        lo80, hi80 = dist.interval(0.80)
        lo95, hi95 = dist.interval(0.95)
        self.n += 1
        self.abs_err += abs(point - y)
        self.in80 += lo80 <= y <= hi80
        self.in95 += lo95 <= y <= hi95
        self.is80 += interval_score(lo80, hi80, y, 0.2)
        self.is95 += interval_score(lo95, hi95, y, 0.05)
        self.crps += dist.crps(y)


def _origin_months(series_list: Sequence[Series], origins: int, max_h: int) -> list[date]:
    last = max(s.months[-1] for s in series_list if s.months)
    final = add_months(last, -max_h + 1)  # the last origin still sees every horizon
    return [add_months(final, -k) for k in range(origins - 1, -1, -1)]


def backtest(series_list: Sequence[Series], origins: int = 12, horizons: Sequence[int] = (1, 2, 3),
             min_train: int = 24, config: ModelConfig | None = None, pool: bool = True) -> BacktestResult:
    """Rolling-origin backtest: refit at each origin on the months before it, score horizons."""
    horizons = tuple(sorted(horizons))
    max_h = horizons[-1]
    tallies = {(m, h): _Tally() for m in METHODS for h in horizons}
    usable = [s for s in series_list if s.months]
    for origin in _origin_months(usable, origins, max_h) if usable else []:
        train = [s.until(origin) for s in usable]
        prior = panel_prior(train, config) if pool else Prior()
        for full, past in zip(usable, train, strict=True):
            if len(past.counts) < min_train:
                continue
            truth = dict(zip(full.months, full.counts, strict=True))
            f = forecast_all(past, max_h, prior, config)
            for h in horizons:
                y = truth.get(add_months(past.months[-1], h))
                if y is None:
                    continue
                for method in METHODS:
                    tallies[method, h].add(f[method].mean[h - 1], f[method].distributions[h - 1], y)
    return BacktestResult(_scores(tallies, horizons), origins, horizons, len(usable))


def _scores(tallies: dict[tuple[str, int], _Tally], horizons: tuple[int, ...]) -> tuple[Score, ...]:
    out = []
    for method in METHODS:
        for h in horizons:
            t, base = tallies[method, h], tallies["naive", h]
            n = max(t.n, 1)
            rel = (t.abs_err / base.abs_err) if base.abs_err > 0 else float("nan")
            out.append(Score(method, h, t.n, t.abs_err / n, rel, t.in80 / n, t.in95 / n,
                             t.is80 / n, t.is95 / n, t.crps / n))
    return tuple(out)


# --------------------------------------------------------------------------- shifts


@dataclass(frozen=True)
class Shift:
    key: str
    month: date
    observed: int
    expected: float
    lo95: int
    hi95: int
    direction: str  # "up" | "down"


def shifts(series_list: Sequence[Series], last: int = 12, min_train: int = 24, level: float = 0.95,
           config: ModelConfig | None = None, pool: bool = True) -> list[Shift]:
    """Partner-months of the last ``last`` months outside the one-step interval fitted before them."""
    usable = [s for s in series_list if s.months]
    if not usable:
        return []
    final = max(s.months[-1] for s in usable)
    found: list[Shift] = []
    for month in (add_months(final, -k) for k in range(last - 1, -1, -1)):
        train = [s.until(month) for s in usable]
        prior = panel_prior(train, config) if pool else Prior()
        for full, past in zip(usable, train, strict=True):
            if len(past.counts) < min_train or month not in full.months:
                continue
            y = full.counts[full.months.index(month)]
            model = fit(past, prior, config)
            lo, hi = model.predictive(1).interval(level)
            if y < lo or y > hi:
                found.append(Shift(full.key, month, y, model.mean(1), lo, hi, "up" if y > hi else "down"))
    return found


# --------------------------------------------------------------------------- simulation

_BASE_SEASON = np.array([-0.25, -0.05, 0.10, 0.10, 0.15, 0.05, -0.15, -0.45, 0.30, 0.20, 0.10, -0.10])


def simulate_panel(n_series: int = 30, n_months: int = 96, seed: int = 0,
                   start: date = date(2016, 1, 1)) -> list[Series]:
    """Negative binomial counts with known structure, deterministic by seed.

    Partner levels are log-uniform from 0.2 to 40 a month (some near zero); each partner scales
    a common 12-month pattern and adds its own; slow trends, a small random walk and occasional
    level shifts move the level; the NB dispersion is 0.05-0.3.
    """
    rng = np.random.default_rng(seed)
    months = month_range(start, add_months(start, n_months - 1))
    calendar = np.array([m.month - 1 for m in months])
    out = []
    for i in range(n_series):
        level = rng.uniform(math.log(0.2), math.log(40.0))
        season = rng.uniform(0.5, 1.5) * _BASE_SEASON + rng.normal(0.0, 0.08, SEASON)
        season -= season.mean()
        trend = rng.normal(0.0, 0.004) * np.arange(n_months)
        walk = np.cumsum(rng.normal(0.0, 0.02, n_months))
        jumps = np.cumsum(np.where(rng.random(n_months) < 1 / 120, rng.normal(0.0, 0.5, n_months), 0.0))
        mean = np.exp(level + season[calendar] + trend + walk + jumps)
        dispersion = rng.uniform(0.05, 0.3)
        r = 1.0 / dispersion
        counts = rng.negative_binomial(r, r / (r + mean))
        out.append(Series(f"S{i:02d}", months, tuple(int(c) for c in counts)))
    return out

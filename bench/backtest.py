"""Rolling-origin backtest of the forecasting model on a simulated panel, on one core.

    python bench/backtest.py [--series 30] [--months 96] [--seed 0] [--origins 12]

Prints method x horizon scores (MAE, MAE relative to naive, 80% / 95% coverage, interval
scores, CRPS), the pooled scores, the wall time and whether the targets hold:
relative MAE <= 0.8, 95% coverage within 0.90-0.98, under 10 seconds.
"""
from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ[_name] = "1"  # before numpy is imported

import argparse  # noqa: E402
import time  # noqa: E402

from diplometer.forecast import METHODS, backtest, simulate_panel  # noqa: E402

COLUMNS = ("mae", "rel_mae", "cov80", "cov95", "is80", "is95", "crps")


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity)"


def print_table(rows: list[dict]) -> None:
    print(f"{'method':<15}{'h':>3}{'n':>6}" + "".join(f"{c:>9}" for c in COLUMNS))
    for row in rows:
        print(f"{row['method']:<15}{row.get('horizon', 'all'):>3}{row['n']:>6}"
              + "".join(f"{row[c]:>9.3f}" for c in COLUMNS))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--series", type=int, default=30)
    parser.add_argument("--months", type=int, default=96)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--origins", type=int, default=12)
    args = parser.parse_args()
    print(pin_to_one_core(), "| BLAS/OpenMP threads: 1")

    started = time.perf_counter()
    panel = simulate_panel(args.series, args.months, seed=args.seed)
    result = backtest(panel, origins=args.origins, horizons=(1, 2, 3))
    elapsed = time.perf_counter() - started

    print(f"\npanel {args.series} series x {args.months} months, seed {args.seed}, "
          f"{args.origins} origins, horizons 1-3\n")
    print_table(result.table())
    print("\npooled over horizons")
    print_table([result.overall(m) for m in METHODS])

    model = result.overall("model")
    checks = {"relative MAE <= 0.8": model["rel_mae"] <= 0.8,
              "95% coverage in 0.90-0.98": 0.90 <= model["cov95"] <= 0.98,
              "under 10 s": elapsed < 10.0}
    print(f"\nwall time {elapsed:.2f} s (simulation + backtest)")
    for name, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {name}")


if __name__ == "__main__":
    main()

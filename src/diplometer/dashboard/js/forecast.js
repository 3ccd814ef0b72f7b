// Forecasts: a fan chart of one partner's monthly activity (the observed history, then the
// model's mean with its 80% and 95% count intervals and the naive and seasonal-naive
// baselines), and the rolling-origin backtest scorecard that says how far to trust it.

import { fill, fmt2, fmtDate, fmtPct, h, message, retryButton, s } from "./dom.js";

const W = 640;
const H = 240;
const M = { top: 14, right: 14, bottom: 28, left: 34 };
const HISTORY = 24; // months of history shown before the forecast

const monthKey = (v) => String(v || "").slice(0, 7);

export function createForecast(el, { onHorizon }) {
  let state = null;

  function render() {
    if (!state) return;
    const { rows, history, shifts, partner } = state;
    if (!rows.length) {
      el.dataset.state = "nodata";
      fill(el, message("nodata", partner ? `No data: no forecast for ${partner} (no dated activity).` : "No data: nothing to forecast."));
      return;
    }
    const past = history.slice(-HISTORY);
    const months = [...past.map((b) => monthKey(b.start || b.period)), ...rows.map((r) => monthKey(r.month))];
    const n = months.length;
    const maxY = Math.max(1, ...past.map((b) => b.count), ...rows.map((r) => Math.max(r.hi95 ?? 0, r.mean ?? 0, r.naive ?? 0, r.seasonal_naive ?? 0)));
    const innerW = W - M.left - M.right;
    const innerH = H - M.top - M.bottom;
    const x = (i) => M.left + (n === 1 ? innerW / 2 : (i / (n - 1)) * innerW);
    const y = (v) => M.top + innerH - (v / maxY) * innerH;
    const f0 = past.length; // index of the first forecast month
    const svg = s("svg", { class: "fan-svg", viewBox: `0 0 ${W} ${H}`, role: "img",
      "aria-label": `Forecast for ${partner}: ${rows.length} months from ${fmtDate(rows[0].month)}, with 80% and 95% intervals` });
    for (const t of [0, Math.round(maxY / 2), maxY]) {
      svg.append(s("line", { class: "grid", x1: M.left, x2: W - M.right, y1: y(t), y2: y(t) }),
        s("text", { class: "axis", x: M.left - 6, y: y(t) + 4, "text-anchor": "end" }, String(t)));
    }
    const band = (lo, hi, cls) => {
      // Anchor the band on the last observed month so the fan opens from the data.
      const pts = rows.map((r, i) => [x(f0 + i), y(r[hi])]);
      const bottom = rows.map((r, i) => [x(f0 + i), y(r[lo])]).reverse();
      if (past.length) { pts.unshift([x(f0 - 1), y(past.at(-1).count)]); bottom.push([x(f0 - 1), y(past.at(-1).count)]); }
      return s("polygon", { class: cls, points: [...pts, ...bottom].map((p) => p.join(",")).join(" ") });
    };
    svg.append(band("lo95", "hi95", "band95"), band("lo80", "hi80", "band80"));
    if (past.length) {
      svg.append(s("rect", { class: "future-bg", x: x(f0 - 1), y: M.top, width: W - M.right - x(f0 - 1), height: innerH, "pointer-events": "none" }));
      svg.append(s("polyline", { class: "observed", points: past.map((b, i) => `${x(i)},${y(b.count)}`).join(" ") }));
      const flagged = new Map(shifts.map((sh) => [monthKey(sh.month), sh]));
      past.forEach((b, i) => {
        const sh = flagged.get(monthKey(b.start || b.period));
        svg.append(s("circle", { class: sh ? "obs shift" : "obs", cx: x(i), cy: y(b.count), r: sh ? 4.5 : 2.5 },
          s("title", {}, `${fmtDate(monthKey(b.start || b.period))}: ${b.count} observed${sh ? ` — outside the 95% interval (expected ${fmt2.format(sh.expected)})` : ""}`)));
      });
    }
    const line = (key, cls) => s("polyline", { class: cls, points: rows.map((r, i) => `${x(f0 + i)},${y(r[key] ?? 0)}`).join(" ") });
    svg.append(line("naive", "naive"), line("seasonal_naive", "snaive"), line("mean", "mean"));
    rows.forEach((r, i) => svg.append(s("circle", { class: "mean-pt", cx: x(f0 + i), cy: y(r.mean ?? 0), r: 3 },
      s("title", {}, `${fmtDate(r.month)}: mean ${fmt2.format(r.mean)}, 80% ${r.lo80}–${r.hi80}, 95% ${r.lo95}–${r.hi95}; naive ${r.naive}, seasonal naive ${r.seasonal_naive}`))));
    let lastLabel = -Infinity;
    months.forEach((m, i) => {
      if ((m.slice(5) !== "01" && i !== 0 && i !== f0) || x(i) - lastLabel < 40) return;
      lastLabel = x(i);
      svg.append(s("text", { class: "axis", x: x(i), y: H - 8, "text-anchor": "middle" }, i === f0 ? fmtDate(m) : m.slice(5) === "01" ? m.slice(0, 4) : fmtDate(m)));
    });
    const legend = h("div", { class: "legend" },
      h("span", { class: "swatch observed-sw" }), "observed ", h("span", { class: "swatch mean-sw" }), "forecast mean ",
      h("span", { class: "swatch band80" }), "80% ", h("span", { class: "swatch band95" }), "95% ",
      h("span", { class: "swatch naive-sw" }), "naive ", h("span", { class: "swatch snaive-sw" }), "seasonal naive ",
      shifts.length ? [h("span", { class: "swatch shift-sw" }), "outside 95%"] : null);
    const table = h("details", { class: "fc-table" }, h("summary", {}, "Forecast table"),
      h("table", {}, h("thead", {}, h("tr", {}, ["Month", "Mean", "80%", "95%", "Naive", "Seasonal naive"].map((t) => h("th", { scope: "col" }, t)))),
        h("tbody", {}, rows.map((r) => h("tr", {}, h("td", {}, fmtDate(r.month)), h("td", { class: "num" }, fmt2.format(r.mean)),
          h("td", { class: "num" }, `${r.lo80}–${r.hi80}`), h("td", { class: "num" }, `${r.lo95}–${r.hi95}`),
          h("td", { class: "num" }, String(r.naive)), h("td", { class: "num" }, String(r.seasonal_naive)))))));
    el.dataset.state = "ready";
    fill(el, svg, legend, table);
  }

  return {
    update(rows, history, shifts, partner) { state = { rows, history, shifts, partner }; render(); },
    loading() { if (!state) fill(el, message("loading", "Loading forecast…")); },
    error(err, retry) { state = null; el.dataset.state = "error"; fill(el, message("error", `Could not load the forecast: ${err.message}`, retryButton(retry))); },
    onHorizon,
  };
}

export function renderBacktest(el, data) {
  const scores = data.scores || [];
  if (!scores.length) {
    el.dataset.state = "nodata";
    fill(el, message("nodata", "No data: too little history to backtest."));
    return;
  }
  const num = (v, f = fmt2) => (v === null || v === undefined || Number.isNaN(v) ? "—" : f.format(v));
  // Coverage close to nominal (within 10 points) is good; far below means overconfident.
  const cov = (v, nominal) => h("td", { class: `num ${v == null ? "" : Math.abs(v - nominal) <= 0.1 ? "ok" : v < nominal ? "bad" : "wide"}` }, num(v, fmtPct));
  const best = new Map();
  for (const r of scores) if (r.mae != null && (!best.has(r.horizon) || r.mae < best.get(r.horizon))) best.set(r.horizon, r.mae);
  const row = (r, cls) => h("tr", { class: cls },
    h("th", { scope: "row" }, r.method), h("td", { class: "num" }, r.horizon ?? "all"), h("td", { class: "num" }, String(r.n ?? "—")),
    h("td", { class: `num${r.horizon != null && r.mae === best.get(r.horizon) ? " best" : ""}` }, num(r.mae)), h("td", { class: "num" }, num(r.rel_mae)),
    cov(r.cov80, 0.8), cov(r.cov95, 0.95), h("td", { class: "num" }, num(r.is80)), h("td", { class: "num" }, num(r.is95)), h("td", { class: "num" }, num(r.crps)));
  el.dataset.state = "ready";
  fill(el, h("table", { class: "scores" },
    h("caption", {}, "Rolling-origin backtest (lower is better except coverage, which should match 80% / 95%)"),
    h("thead", {}, h("tr", {}, ["Method", "h", "n", "MAE", "Rel. MAE", "Cov. 80", "Cov. 95", "IS 80", "IS 95", "CRPS"].map((t) => h("th", { scope: "col" }, t)))),
    h("tbody", {}, scores.map((r) => row(r)), data.overall && data.overall.n ? row({ ...data.overall, horizon: null }, "overall") : null)));
}

// The activity timeline: one bar per month, drawn in SVG. Dragging across it selects a date
// range (snapped to whole buckets, so the range always matches what the bars show), which
// every other view then uses; a double-click clears it. The timeline itself keeps showing the
// whole period so the analyst never loses the context of the selection.

import { fill, fmtDate, fmtInt, message, retryButton, s } from "./dom.js";

const HEIGHT = 170;
const M = { top: 12, right: 12, bottom: 26, left: 38 };

export function createTimeline(el, { onBrush, onReset }) {
  let data = null;
  let selection = { from: null, to: null };
  let geometry = null; // {left, bw, buckets} of the last render, for the brush

  function bucketRange(from, to) {
    // Indices of the buckets a date range touches (null when it touches none).
    const b = geometry?.buckets || [];
    let i0 = b.findIndex((x) => !from || x.end >= from);
    let i1 = b.length - 1;
    while (i1 >= 0 && to && b[i1].start > to) i1--;
    if (i0 < 0 || i1 < i0) return null;
    return [i0, i1];
  }

  function render() {
    if (!data) return;
    const buckets = data.buckets || [];
    if (!buckets.length) {
      // No buckets and no first date: the record has nothing dated for this selection.
      el.dataset.state = "nodata";
      fill(el, message("nodata", "No data: nothing dated matches these filters."));
      geometry = null;
      return;
    }
    const width = Math.max(320, el.clientWidth || 800);
    const innerW = width - M.left - M.right;
    const innerH = HEIGHT - M.top - M.bottom;
    const bw = innerW / buckets.length;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const y = (v) => M.top + innerH - (v / max) * innerH;
    geometry = { left: M.left, bw, buckets };
    const total = buckets.reduce((a, b) => a + b.count, 0);

    const svg = s("svg", {
      class: "timeline-svg", viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, role: "img",
      "aria-label": `Events per ${data.interval || "month"}, ${fmtDate(buckets[0].start)} to ${fmtDate(buckets.at(-1).end)}: ${total} events`,
    });

    // Y grid: 0, half, max.
    const ticks = max >= 2 ? [0, Math.round(max / 2), max] : [0, max];
    for (const t of ticks) {
      svg.append(s("line", { class: "grid", x1: M.left, x2: width - M.right, y1: y(t), y2: y(t) }),
        s("text", { class: "axis", x: M.left - 6, y: y(t) + 4, "text-anchor": "end" }, fmtInt.format(t)));
    }

    const sel = selection.from || selection.to ? bucketRange(selection.from, selection.to) : null;
    const bars = s("g", { class: "bars" });
    buckets.forEach((b, i) => {
      const x = M.left + i * bw + bw * 0.1;
      const w = Math.max(1, bw * 0.8);
      const out = sel && (i < sel[0] || i > sel[1]);
      const tip = s("title", {}, `${b.period || fmtDate(b.start)}: ${b.count === 0 ? "zero events" : `${b.count} event${b.count === 1 ? "" : "s"}`}`);
      if (b.count === 0) {
        // Zero is data: a visible tick on the baseline, unlike a gap with no bucket at all.
        bars.append(s("rect", { class: `bar zero${out ? " out" : ""}`, x, y: y(0) - 2, width: w, height: 2, "data-period": b.period }, tip));
      } else {
        bars.append(s("rect", { class: `bar${out ? " out" : ""}`, x, y: y(b.count), width: w, height: y(0) - y(b.count), "data-period": b.period }, tip));
      }
    });
    svg.append(bars);

    // X labels: every month when there are few, otherwise each January (year starts).
    const every = buckets.length <= 14;
    let lastX = -Infinity;
    buckets.forEach((b, i) => {
      const isYear = (b.start || "").slice(5, 7) === "01" || i === 0;
      if (!every && !isYear) return;
      const x = M.left + i * bw;
      if (x - lastX < 36) return; // keep labels from colliding
      lastX = x;
      const label = every ? fmtDate((b.start || "").slice(0, 7)) : (b.start || "").slice(0, 4);
      svg.append(s("line", { class: "tick", x1: x, x2: x, y1: y(0), y2: y(0) + 4 }),
        s("text", { class: "axis", x: x + 2, y: HEIGHT - 8 }, label));
    });

    if (sel) {
      svg.append(s("rect", { class: "brush-sel", x: M.left + sel[0] * bw, y: M.top - 4, width: (sel[1] - sel[0] + 1) * bw, height: innerH + 4 }));
    }
    const live = s("rect", { class: "brush-live", x: 0, y: M.top - 4, width: 0, height: innerH + 4, visibility: "hidden" });
    const overlay = s("rect", { class: "brush-overlay", x: M.left, y: 0, width: innerW, height: HEIGHT - M.bottom + 4 });
    svg.append(live, overlay);
    attachBrush(svg, overlay, live);

    el.dataset.state = "ready";
    fill(el, svg);
    el.dataset.buckets = String(buckets.length);
    if (!performance.getEntriesByName("timeline-rendered").length) performance.mark("timeline-rendered");
  }

  function svgX(svg, evt) {
    // Client pixels to SVG units, whatever CSS scaling applies.
    const pt = svg.createSVGPoint();
    pt.x = evt.clientX;
    pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse()).x;
  }

  function attachBrush(svg, overlay, live) {
    let x0 = null;
    const clampI = (x) => Math.min(geometry.buckets.length - 1, Math.max(0, Math.floor((x - geometry.left) / geometry.bw)));
    overlay.addEventListener("pointerdown", (evt) => {
      if (evt.button !== 0) return;
      x0 = svgX(svg, evt);
      overlay.setPointerCapture(evt.pointerId);
    });
    overlay.addEventListener("pointermove", (evt) => {
      if (x0 === null) return;
      const x1 = svgX(svg, evt);
      live.setAttribute("x", Math.min(x0, x1));
      live.setAttribute("width", Math.abs(x1 - x0));
      live.setAttribute("visibility", "visible");
    });
    const finish = (evt) => {
      if (x0 === null) return;
      const x1 = svgX(svg, evt);
      const start = x0;
      x0 = null;
      live.setAttribute("visibility", "hidden");
      if (Math.abs(x1 - start) < 4) return; // a click, not a drag (double-click resets)
      const [i0, i1] = [clampI(Math.min(start, x1)), clampI(Math.max(start, x1))];
      onBrush(geometry.buckets[i0].start, geometry.buckets[i1].end);
    };
    overlay.addEventListener("pointerup", finish);
    overlay.addEventListener("pointercancel", () => { x0 = null; live.setAttribute("visibility", "hidden"); });
    overlay.addEventListener("dblclick", () => onReset());
  }

  let pending = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(render);
  }).observe(el);

  return {
    update(next) { data = next; render(); },
    select(from, to) { selection = { from, to }; render(); },
    loading() { if (!data) { el.dataset.state = "loading"; fill(el, message("loading", "Loading timeline…")); } },
    error(err, retry) {
      el.dataset.state = "error";
      data = null;
      fill(el, message("error", `Could not load the timeline: ${err.message}`, retryButton(retry)));
    },
  };
}

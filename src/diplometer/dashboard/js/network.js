// The actor network: who deals with whom, sized by activity. The layout is a small force
// simulation written here (a few dozen nodes need no library): nodes repel, links pull, a weak
// gravity keeps everything in frame. It starts from a deterministic circle and runs a fixed
// number of steps, so the same data always gives the same picture (no jitter on refresh).

import { fill, fmtInt, h, message, retryButton, s } from "./dom.js";
import { selectionHasNoData } from "./state.js";

const W = 560;
const H = 380;
const MAX_NODES = 60;
const TYPE_CLASS = { person: "t-person", country: "t-country", organization: "t-org", organisation: "t-org", body: "t-org", party: "t-party" };

function layout(nodes, links) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    return { x: W / 2 + (W / 3) * Math.cos(a), y: H / 2 + (H / 3) * Math.sin(a), vx: 0, vy: 0 };
  });
  const index = new Map(nodes.map((d, i) => [d.id, i]));
  const edges = links.map((l) => [index.get(l.source), index.get(l.target), l.weight || 1]).filter(([a, b]) => a !== undefined && b !== undefined);
  const steps = 300;
  for (let step = 0; step < steps; step++) {
    const alpha = 1 - step / steps; // cooling
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[j].x - pos[i].x || 0.01;
        const dy = pos[j].y - pos[i].y || 0.01;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = (2600 / d2) * alpha;
        const fx = (dx / Math.sqrt(d2)) * f;
        const fy = (dy / Math.sqrt(d2)) * f;
        pos[i].vx -= fx; pos[i].vy -= fy;
        pos[j].vx += fx; pos[j].vy += fy;
      }
    }
    for (const [a, b, w] of edges) {
      const dx = pos[b].x - pos[a].x;
      const dy = pos[b].y - pos[a].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - 70) / d) * 0.04 * Math.min(3, Math.sqrt(w)) * alpha;
      pos[a].vx += dx * f; pos[a].vy += dy * f;
      pos[b].vx -= dx * f; pos[b].vy -= dy * f;
    }
    for (const p of pos) {
      p.vx += (W / 2 - p.x) * 0.015 * alpha;
      p.vy += (H / 2 - p.y) * 0.02 * alpha;
      p.x = Math.min(W - 20, Math.max(20, p.x + p.vx));
      p.y = Math.min(H - 14, Math.max(14, p.y + p.vy));
      p.vx *= 0.6; p.vy *= 0.6;
    }
  }
  return { pos, edges };
}

export function createNetwork(el, { onSelect }) {
  let data = null;
  let selected = { actor: null, country: null };

  function render() {
    if (!data) return;
    // More than MAX_NODES circles in this panel is a hairball: draw the busiest only.
    const all = data.nodes || [];
    const nodes = [...all].sort((a, b) => (b.weight || 0) - (a.weight || 0)).slice(0, MAX_NODES);
    const kept = new Set(nodes.map((d) => d.id));
    const links = (data.links || []).filter((l) => kept.has(l.source) && kept.has(l.target));
    if (!nodes.length) {
      const noData = selectionHasNoData();
      el.dataset.state = noData ? "nodata" : "zero";
      fill(el, noData ? message("nodata", "No data: the record has nothing dated in this selection.")
        : message("zero", "Zero actors in this selection."));
      return;
    }
    const { pos, edges } = layout(nodes, links);
    const maxW = Math.max(1, ...nodes.map((d) => d.weight || 1));
    const maxL = Math.max(1, ...edges.map((e) => e[2]));
    const r = (d) => 4 + 14 * Math.sqrt((d.weight || 1) / maxW);
    const svg = s("svg", { class: "network-svg", viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Network of ${nodes.length} actors` });
    const gl = s("g", { class: "links" });
    for (const [a, b, w] of edges) {
      gl.append(s("line", { x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, "stroke-width": 0.6 + 3.4 * (w / maxL) },
        s("title", {}, `${nodes[a].label} – ${nodes[b].label}: ${w} event${w === 1 ? "" : "s"}`)));
    }
    svg.append(gl);
    const gn = s("g", { class: "nodes" });
    // Label only the busiest nodes so the picture stays readable; the rest have tooltips.
    const labelled = new Set([...nodes].sort((x, y) => (y.weight || 0) - (x.weight || 0)).slice(0, 14).map((d) => d.id));
    nodes.forEach((d, i) => {
      const isSel = d.id === selected.actor || (d.type === "country" && d.country === selected.country);
      const tip = `${d.label}${d.country ? ` (${d.country})` : ""}: ${fmtInt.format(d.weight || 0)} events`;
      const node = s("g", { class: `node ${TYPE_CLASS[d.type] || "t-other"}${isSel ? " selected" : ""}`, transform: `translate(${pos[i].x.toFixed(1)},${pos[i].y.toFixed(1)})`, tabindex: 0, role: "button", "aria-label": `${tip}. Filter to this actor` },
        s("circle", { r: r(d) }), s("title", {}, tip),
        labelled.has(d.id) ? s("text", { x: r(d) + 3, y: 4 }, d.label) : null);
      const pick = () => onSelect(d);
      node.addEventListener("click", pick);
      node.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); } });
      gn.append(node);
    });
    svg.append(gn);
    const types = [...new Set(nodes.map((d) => d.type || "other"))];
    const legend = h("div", { class: "legend" }, types.map((t) => [h("span", { class: `swatch dotw ${TYPE_CLASS[t] || "t-other"}` }), `${t} `]),
      data.truncated || all.length > nodes.length ? h("span", { class: "note" }, `· showing the ${nodes.length} busiest of ${data.total_nodes || all.length}${data.truncated ? "+" : ""} actors`) : null);
    el.dataset.state = "ready";
    fill(el, svg, legend);
  }

  return {
    update(next) { data = next; render(); },
    rerender() { if (data && !(data.nodes || []).length) render(); }, // only empty answers depend on coverage
    select(actor, country) { selected = { actor, country }; render(); },
    loading() { if (!data) fill(el, message("loading", "Loading network…")); },
    error(err, retry) { data = null; el.dataset.state = "error"; fill(el, message("error", `Could not load the network: ${err.message}`, retryButton(retry))); },
  };
}

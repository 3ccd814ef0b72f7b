// The world map: partner countries shaded by how many events involve them in the selection.
// Geometry: Natural Earth 1:110m via the world-atlas package (vendor/world-atlas, public
// domain data, ISC package), decoded with topojson-client (vendor/topojson-client, ISC).
// Projection: plain equirectangular, which is enough for a choropleth and needs no library.
//
// Shades: a country with events gets one of five blues; a country with zero events in a
// selection that has data is pale grey ("zero"); when the whole selection has no data the map
// is hatched and says so, so "nothing recorded" never looks like "recorded as zero".

import feature from "../vendor/topojson-client/src/feature.js";
import { button, fill, fmtInt, h, message, retryButton, s } from "./dom.js";
import { selectionHasNoData } from "./state.js";

const W = 960;
const LAT_TOP = 84;
const LAT_BOTTOM = -58; // Antarctica is left out: it takes space and has no partners
const H = Math.round(((LAT_TOP - LAT_BOTTOM) / 360) * W);
const CLASSES = 5;

const px = (lon) => ((lon + 180) / 360) * W;
const py = (lat) => ((LAT_TOP - lat) / 360) * W;

let shapesPromise = null;

/** Load and project the geometry once; later calls share the promise. */
function loadShapes() {
  shapesPromise ??= Promise.all([
    fetch(new URL("../vendor/world-atlas/countries-110m.json", import.meta.url)).then((r) => r.json()),
    fetch(new URL("../iso.json", import.meta.url)).then((r) => r.json()),
  ]).then(([topo, iso]) => {
    const shapes = [];
    for (const f of feature(topo, topo.objects.countries).features) {
      const iso3 = (f.id != null && iso.numeric[f.id]) || iso.byName[f.properties?.name] || null;
      if (iso3 === "ATA") continue;
      shapes.push({ iso3, name: f.properties?.name || iso3 || "?", d: pathData(f.geometry) });
    }
    return shapes;
  });
  return shapesPromise;
}

function pathData(geometry) {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const parts = [];
  for (const poly of polys) {
    for (const ring of poly) {
      // Rings crossing the antimeridian (Russia, Fiji) jump from +180 to -180. Unwrap them into
      // one continuous ring, draw it, and draw a copy shifted by 360 degrees for the part that
      // ends up off the edge; the SVG's clip keeps both inside the frame.
      let prev = null;
      let shift = 0;
      const unwrapped = ring.map(([lon, lat]) => {
        if (prev !== null && Math.abs(lon + shift - prev) > 180) shift += lon + shift > prev ? -360 : 360;
        prev = lon + shift;
        return [lon + shift, lat];
      });
      const lons = unwrapped.map((p) => p[0]);
      const offsets = [0];
      if (Math.max(...lons) > 180) offsets.push(-360);
      if (Math.min(...lons) < -180) offsets.push(360);
      for (const off of offsets) {
        parts.push("M" + unwrapped.map(([lon, lat]) => `${px(lon + off).toFixed(1)},${py(lat).toFixed(1)}`).join("L") + "Z");
      }
    }
  }
  return parts.join("");
}

function barSpan(fraction) {
  // Width via the CSSOM, not a style attribute, so the page's CSP can forbid inline styles.
  const bar = h("span", { class: "bl-bar" });
  bar.style.width = `${Math.max(2, fraction * 100)}%`;
  return bar;
}

export function createMap(el, listEl, { onSelect }) {
  let selected = null;
  let home = null;
  let items = null;

  async function render() {
    if (!items) return;
    let shapes;
    try {
      shapes = await loadShapes();
    } catch (err) {
      fill(el, message("error", `Could not load the world geometry: ${err.message}`));
      return;
    }
    const counts = new Map(items.filter((i) => i.iso3).map((i) => [i.iso3, i]));
    const max = Math.max(0, ...items.map((i) => i.count || 0));
    // An empty answer is "no data" outside the recorded period, else every country is a zero.
    const noData = items.length === 0 && selectionHasNoData();
    // Square-root classes: a few very busy partners should not wash out all the others.
    const cls = (n) => (n > 0 ? Math.max(1, Math.ceil(Math.sqrt(n / max) * CLASSES)) : 0);

    const svg = s("svg", { class: `map-svg${noData ? " nodata" : ""}`, viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": "World map of partners by number of events" },
      s("defs", {},
        s("clipPath", { id: "map-clip" }, s("rect", { x: 0, y: 0, width: W, height: H })),
        s("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
          s("rect", { width: 6, height: 6, class: "hatch-bg" }), s("line", { x1: 0, y1: 0, x2: 0, y2: 6, class: "hatch-line" }))));
    const g = s("g", { "clip-path": "url(#map-clip)" });
    const drawn = new Set();
    for (const shape of shapes) {
      const item = shape.iso3 ? counts.get(shape.iso3) : null;
      const n = item?.count || 0;
      const label = item?.name || shape.name;
      const classes = ["country", noData ? "nd" : `c${cls(n)}`];
      if (shape.iso3 && shape.iso3 === selected) classes.push("selected");
      if (shape.iso3 && shape.iso3 === home) classes.push("home");
      const tip = noData ? `${label}: no data` : shape.iso3 === home ? `${label} (home)` : `${label}: ${n === 0 ? "zero events" : `${fmtInt.format(n)} event${n === 1 ? "" : "s"}`}`;
      const attrs = { class: classes.join(" "), d: shape.d, "data-iso3": shape.iso3 || "" };
      if (n > 0) {
        // Only countries with events are interactive: they are the ones worth filtering to.
        Object.assign(attrs, { tabindex: 0, role: "button", "aria-label": tip, "aria-pressed": String(shape.iso3 === selected) });
      }
      const path = s("path", attrs, s("title", {}, tip));
      if (n > 0) {
        path.addEventListener("click", () => onSelect(shape.iso3));
        path.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onSelect(shape.iso3); } });
      }
      g.append(path);
      if (shape.iso3) drawn.add(shape.iso3);
    }
    // Partners too small for the 1:110m shapes (Singapore, Brunei, ...) become dots when the
    // API gives a position.
    for (const item of items) {
      if (drawn.has(item.iso3) || item.lon == null || item.lat == null || !(item.count > 0)) continue;
      const dot = s("circle", { class: `dot c${cls(item.count)}${item.iso3 === selected ? " selected" : ""}`, cx: px(item.lon), cy: py(item.lat), r: 5, tabindex: 0, role: "button", "aria-label": `${item.name}: ${item.count} events` },
        s("title", {}, `${item.name}: ${fmtInt.format(item.count)} events`));
      dot.addEventListener("click", () => onSelect(item.iso3));
      dot.addEventListener("keydown", (e) => { if (e.key === "Enter") onSelect(item.iso3); });
      g.append(dot);
    }
    svg.append(g);

    const legend = h("div", { class: "legend" });
    if (noData) {
      legend.append(h("span", { class: "swatch nd" }), "No data for this selection");
    } else {
      legend.append(h("span", { class: "swatch c0" }), "zero ");
      for (let k = 1; k <= CLASSES; k++) {
        const lo = Math.floor(max * ((k - 1) / CLASSES) ** 2) + 1;
        const hi = Math.floor(max * (k / CLASSES) ** 2);
        if (hi < lo) continue;
        legend.append(h("span", { class: `swatch c${k}` }), `${lo === hi ? lo : `${lo}–${hi}`} `);
      }
      if (home) legend.append(h("span", { class: "swatch home" }), "home");
    }
    el.dataset.state = noData ? "nodata" : items.length ? "ready" : "zero";
    fill(el, svg, legend, noData ? message("nodata", "No data: the record has nothing dated in this selection.")
      : items.length === 0 ? message("zero", "Zero events with partners in this selection.") : null);
    renderList(max, noData);
  }

  function renderList(max, noData) {
    if (!listEl) return;
    if (!items.length) {
      fill(listEl, noData ? message("nodata", "No data") : message("zero", "Zero partners"));
      return;
    }
    const top = items.filter((i) => i.count > 0).slice(0, 12);
    fill(listEl, h("ol", { class: "bars-list" }, top.map((i) =>
      h("li", {},
        button([h("span", { class: "bl-name" }, i.name || i.iso3), h("span", { class: "bl-num" }, fmtInt.format(i.count))],
          () => onSelect(i.iso3), { class: `bl-btn${i.iso3 === selected ? " selected" : ""}`, "aria-pressed": String(i.iso3 === selected), title: `Filter to ${i.name}` }),
        barSpan(i.count / max)))));
  }

  return {
    update(next) { items = next.items || []; return render(); },
    rerender() { if (items && !items.length) render(); }, // only empty answers depend on coverage
    select(iso3) { selected = iso3 || null; render(); },
    setHome(iso3) { if ((iso3 || null) !== home) { home = iso3 || null; render(); } },
    loading() { if (!items) fill(el, message("loading", "Loading map…")); },
    error(err, retry) { items = null; el.dataset.state = "error"; fill(el, message("error", `Could not load the map: ${err.message}`, retryButton(retry))); },
    preload: loadShapes,
  };
}

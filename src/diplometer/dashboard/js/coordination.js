// The coordination view: a partner x pillar heat-map of recent activity with the last contact
// in each pillar, and the gaps (no high-level contact in the window; a pillar silent while the
// others are busy). Shape: diplometer.coordination.Coordination as rendered by render.to_data.

import { button, fill, fmtDate, fmtInt, h, human, message, retryButton } from "./dom.js";

const value = (count) => (typeof count === "number" ? count : count?.value ?? 0);

export function createCoordination(matrixEl, gapsEl, metaEl, { onSelect }) {
  let data = null;
  let selected = null;

  function render() {
    if (!data) return;
    const rows = data.rows || [];
    const pillars = data.pillars || [];
    if (!data.as_of && !rows.length) {
      matrixEl.dataset.state = "nodata";
      fill(metaEl);
      fill(matrixEl, message("nodata", "No data: the record has no dated contacts yet."));
      fill(gapsEl, message("nodata", "No data"));
      return;
    }
    fill(metaEl, `Home ${data.home || "?"} · ${data.months} months to ${fmtDate(data.as_of)}`, data.since ? ` (from ${fmtDate(data.since)})` : "");
    if (!rows.length) {
      matrixEl.dataset.state = "zero";
      fill(matrixEl, message("zero", "No partners contacted (zero contacts)."));
    } else {
      const max = Math.max(1, ...rows.flatMap((r) => (r.cells || []).map((c) => value(c.count))));
      const heat = (n) => (n === 0 ? 0 : Math.max(1, Math.ceil((n / max) * 5)));
      matrixEl.dataset.state = "ready";
      fill(matrixEl, h("table", { class: "matrix" },
        h("caption", { class: "sr-only" }, "Activities per partner and pillar in the window, with the last contact"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Partner"), pillars.map((p) => h("th", { scope: "col" }, human(p))),
          h("th", { scope: "col", class: "num" }, "Total"), h("th", { scope: "col" }, "Last high-level"))),
        h("tbody", {}, rows.map((r) => h("tr", { class: r.partner === selected ? "selected" : null },
          h("th", { scope: "row" }, button(r.name || r.partner, () => onSelect(r.partner), { class: "link", title: `Filter to ${r.name}` })),
          (r.cells || []).map((c) => {
            const n = value(c.count);
            return h("td", { class: `heat h${heat(n)}`, title: `${r.name}, ${human(c.pillar)}: ${n} in window; last contact ${c.last ? fmtDate(c.last) : "never"}` },
              h("span", { class: "n" }, fmtInt.format(n)),
              h("span", { class: "last" }, c.last ? fmtDate(c.last) : "never"));
          }),
          h("td", { class: "num" }, fmtInt.format(value(r.total))),
          h("td", { class: r.last_high_level ? null : "muted" }, r.last_high_level ? fmtDate(r.last_high_level) : "never"))))));
    }

    const noHigh = data.no_high_level || [];
    const silent = data.silent_pillars || [];
    fill(gapsEl,
      h("h3", {}, "No high-level contact in the window"),
      noHigh.length ? h("ul", { class: "gaps" }, noHigh.map((g) => h("li", {},
        button(g.name || g.partner, () => onSelect(g.partner), { class: "link" }),
        h("span", { class: "muted" }, g.last_high_level ? ` last ${fmtDate(g.last_high_level)}` : " never")))) : message("zero", "None: every partner had a high-level contact."),
      h("h3", {}, "Silent pillars"),
      silent.length ? h("table", { class: "gaps-table" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Partner"), h("th", { scope: "col" }, "Silent"), h("th", { scope: "col" }, "Busy meanwhile"))),
        h("tbody", {}, silent.map((g) => h("tr", {},
          h("td", {}, button(g.name || g.partner, () => onSelect(g.partner), { class: "link" })),
          h("td", {}, human(g.pillar)),
          h("td", {}, (g.busy || []).filter((b) => value(b) > 0).map((b) => `${human(b.label)} ${value(b)}`).join(", ")))))) : message("zero", "None."));
  }

  return {
    update(next) { data = next; render(); },
    select(iso3) { selected = iso3 || null; render(); },
    loading() { if (!data) fill(matrixEl, message("loading", "Loading coordination…")); },
    error(err, retry) { data = null; matrixEl.dataset.state = "error"; fill(matrixEl, message("error", `Could not load coordination: ${err.message}`, retryButton(retry))); fill(gapsEl); },
  };
}

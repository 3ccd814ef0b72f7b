// The events table: one page of events matching the shared selection, with pagination. A row
// opens the evidence drawer. "No events match" (a real zero) and "could not load" are shown
// differently; the table keeps its last page visible while the next one loads.

import { button, fill, fmtDate, fmtInt, fmtPct, h, human, message, retryButton } from "./dom.js";
import { selectionHasNoData } from "./state.js";

export function names(refs) {
  return (refs || []).filter(Boolean).map((r) => r.name || r.id).join(", ");
}

export function eventDate(e) {
  const d = e.date;
  if (!d || !d.start) return "undated";
  return d.end && d.end !== d.start ? `${fmtDate(d.start)} – ${fmtDate(d.end)}` : fmtDate(d.start);
}

export function createEvents(el, pagerEl, { onOpen, onPage }) {
  let page = null;
  let activeId = null;

  function render() {
    if (!page) return;
    const { total = 0, limit = 25, offset = 0, items = [] } = page;
    el.dataset.total = String(total);
    if (!total) {
      const noData = selectionHasNoData();
      el.dataset.state = noData ? "nodata" : "zero";
      fill(el, noData ? message("nodata", "No data: the record has nothing dated in this selection.")
        : message("zero", "Zero events match this selection."));
      fill(pagerEl);
      return;
    }
    el.dataset.state = "ready";
    const rows = items.map((e) => {
      const open = () => onOpen(e.id);
      const tr = h("tr", { "data-id": e.id, class: e.id === activeId ? "active" : null, onclick: (evt) => { if (evt.target.tagName !== "BUTTON") open(); } },
        h("td", { class: "nowrap" }, button(eventDate(e), open, { class: "row-btn", "aria-label": `Evidence for ${human(e.type)} on ${eventDate(e)}` })),
        h("td", {}, human(e.type), e.modality ? h("span", { class: "tag" }, human(e.modality)) : null),
        h("td", {}, h("code", {}, e.plover || "")),
        h("td", { class: "who" }, names(e.actors), e.counterparts?.length ? h("span", { class: "arrow" }, " → ") : null, names(e.counterparts)),
        h("td", {}, human(e.pillar)),
        h("td", {}, human(e.scope)),
        h("td", { class: "num" }, e.confidence == null ? "—" : fmtPct.format(e.confidence)),
        h("td", { class: "num" }, fmtInt.format((e.sources || []).length)));
      return tr;
    });
    fill(el, h("table", { class: "events" },
      h("caption", { class: "sr-only" }, "Events; choose a date to see the evidence"),
      h("thead", {}, h("tr", {}, ["Date", "Type", "PLOVER", "Actors → counterparts", "Pillar", "Scope", "Conf.", "Src."].map((t, i) => h("th", { scope: "col", class: i >= 6 ? "num" : null }, t)))),
      h("tbody", {}, rows)));

    const last = Math.min(total, offset + items.length);
    fill(pagerEl,
      button("← Previous", () => onPage(Math.max(0, offset - limit)), { disabled: offset <= 0, "aria-label": "Previous page" }),
      h("span", { class: "pager-info", "aria-live": "polite" }, `${fmtInt.format(offset + 1)}–${fmtInt.format(last)} of `, h("strong", { class: "events-total" }, fmtInt.format(total))),
      button("Next →", () => onPage(offset + limit), { disabled: last >= total, "aria-label": "Next page" }));
  }

  return {
    update(next) { page = next; render(); },
    rerender() { if (page && !page.total) render(); }, // only empty answers depend on coverage
    setActive(id) {
      activeId = id;
      for (const tr of el.querySelectorAll("tr[data-id]")) tr.classList.toggle("active", tr.dataset.id === id);
    },
    loading() { el.setAttribute("aria-busy", "true"); if (!page) fill(el, message("loading", "Loading events…")); },
    done() { el.removeAttribute("aria-busy"); },
    error(err, retry) { page = null; el.dataset.state = "error"; fill(el, message("error", `Could not load events: ${err.message}`, retryButton(retry))); fill(pagerEl); },
  };
}

// The anniversary calendar: round anniversaries (every 5 years, 10-year ones marked) of ties,
// treaties and partnerships in one year, with conflicting since-years shown side by side.
// Shape: diplometer.relations_calendar.Calendar as rendered by render.to_data.

import { fill, h, human, message, retryButton } from "./dom.js";

function ordinal(n) {
  const mod100 = n % 100;
  const suffix = mod100 >= 11 && mod100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" }[n % 10] || "th");
  return `${n}${suffix}`;
}

export function createCalendar(el) {
  let data = null;

  function render() {
    if (!data) return;
    const entries = data.entries || [];
    if (!entries.length) {
      // Zero anniversaries in a year is a real answer, not missing data.
      el.dataset.state = "zero";
      fill(el, message("zero", `No round anniversaries in ${data.year} (zero).`));
      return;
    }
    el.dataset.state = "ready";
    fill(el, h("ul", { class: "calendar" }, entries.map((e) => h("li", { class: e.decennial ? "decennial" : null },
      h("div", { class: "ord", "aria-hidden": "true" }, ordinal(e.ordinal)),
      h("div", {},
        h("div", { class: "cal-title" }, `${ordinal(e.ordinal)} anniversary: ${human(e.relation)}`),
        h("div", { class: "cal-sides" }, `${e.partner_name || e.partner} – ${e.other || data.home || "?"}, since ${e.since}`,
          e.decennial ? h("span", { class: "tag" }, "decennial") : null),
        e.conflict ? h("div", { class: "conflict", role: "note" }, "Sources disagree: also ",
          (e.alternatives || []).map((a) => `${a.since} (${human(a.origin)})`).join(", ")) : null,
        h("details", {}, h("summary", {}, "Evidence"),
          (e.evidence || []).flatMap((ev) => (ev.sources || []).map((src) => h("blockquote", {}, src.text, h("cite", {}, ` — ${src.document}, ${human(ev.origin)}`))))))))));
  }

  return {
    update(next) { data = next; render(); },
    loading() { fill(el, message("loading", "Loading anniversaries…")); },
    error(err, retry) { data = null; el.dataset.state = "error"; fill(el, message("error", `Could not load anniversaries: ${err.message}`, retryButton(retry))); },
  };
}

// diplometer dashboard: wiring. Each view module draws one panel; this file owns the shared
// selection (js/state.js), asks the API for each panel's data and redraws what a change
// affects. The timeline is asked for first because it is the first thing an analyst reads.
//
// API (all relative to ./api/): health, events, events/{id}, timeline, map, network,
// coordination, anniversaries, forecasts, backtest, documents/{id}. Shapes: see the README of
// the API (diplometer.api) and tests/browser/fake_api.py, which imitates them.

import { get, isAbort } from "./js/api.js";
import { createCalendar } from "./js/calendar.js";
import { createCoordination } from "./js/coordination.js";
import { button, fill, fmtDate, fmtInt, h, human } from "./js/dom.js";
import { createDrawer } from "./js/drawer.js";
import { createEvents } from "./js/events.js";
import { createForecast, renderBacktest } from "./js/forecast.js";
import { createMap } from "./js/map.js";
import { createNetwork } from "./js/network.js";
import { FILTER_KEYS, filters, hasFilters, onChange, readHash, setCoverage, state, update } from "./js/state.js";
import { createTimeline } from "./js/timeline.js";

const $ = (id) => document.getElementById(id);

// Controlled vocabularies of the event codes (diplometer.triggers, diplometer.reports).
const VOCAB = {
  type: ["accuse", "agree", "agreement", "aid", "assault", "coerce", "concede", "conference", "cooperate", "exchange", "meeting",
    "message", "mobilize", "online_meeting", "phone_call", "protest", "reject", "request", "retreat", "sanction", "support", "threaten", "visit"],
  plover: ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST", "REJECT", "REQUEST",
    "RETREAT", "SANCTION", "SUPPORT", "THREATEN"],
  pillar: ["party", "state", "people"],
  scope: ["international", "domestic"],
};
const LABELS = { from: "From", to: "To", country: "Country", type: "Type", plover: "PLOVER", pillar: "Pillar", scope: "Scope", actor: "Actor" };

const countryNames = new Map(); // ISO3 -> name, learned from the map and coordination answers
const actorNames = new Map();
let partnersByActivity = []; // ISO3 codes, busiest first: the forecast's default partner

// ------------------------------------------------------------------ views
const tl = createTimeline($("timeline"), {
  onBrush: (from, to) => update({ from, to }),
  onReset: () => update({ from: null, to: null }),
});
const map = createMap($("map"), $("partner-list"), { onSelect: (iso3) => update({ country: state.country === iso3 ? null : iso3 }) });
const network = createNetwork($("network"), {
  onSelect: (node) => {
    if (node.type === "country" && node.country) update({ country: state.country === node.country ? null : node.country, actor: null });
    else update({ actor: state.actor === node.id ? null : node.id });
    actorNames.set(node.id, node.label);
  },
});
const events = createEvents($("events"), $("pager"), {
  onOpen: (id) => update({ event: id }),
  onPage: (offset) => update({ offset }),
});
const drawer = createDrawer($("drawer"), { onClose: () => update({ event: null }) });
const coord = createCoordination($("matrix"), $("gaps"), $("coord-meta"), { onSelect: (iso3) => update({ country: iso3 }) });
const cal = createCalendar($("calendar"));
const forecast = createForecast($("forecast"), {});

// ------------------------------------------------------------------ loaders
/** Run one panel's request; stale (aborted) answers are dropped, failures shown in the panel. */
async function load(view, run) {
  view.loading?.();
  try {
    await run();
  } catch (err) {
    if (isAbort(err)) return;
    console.error(err);
    view.error?.(err, () => load(view, run));
  } finally {
    view.done?.();
  }
}

const loadTimeline = () => load(tl, async () => {
  const data = await get("timeline", { ...filters("from", "to"), interval: "month" }, "timeline");
  tl.update(data);
  // Empty panels elsewhere may now turn out to be "no data" rather than "zero": redraw them.
  setCoverage(data.first, data.last);
  events.rerender();
  map.rerender();
  network.rerender();
});

const loadMap = () => load(map, async () => {
  const data = await get("map", filters("country"), "map");
  for (const i of data.items || []) if (i.iso3 && i.name) countryNames.set(i.iso3, i.name);
  if (!state.partner && !partnersByActivity.length) partnersByActivity = (data.items || []).map((i) => i.iso3);
  if (data.home) map.setHome(data.home);
  fillCountryFacet(data.items || []);
  renderChips();
  await map.update(data);
});

const loadNetwork = () => load(network, async () => {
  const data = await get("network", filters(), "network");
  for (const n of data.nodes || []) actorNames.set(n.id, n.label);
  network.update(data);
  renderChips();
});

const loadEvents = () => load(events, async () => {
  events.update(await get("events", { ...filters(), limit: state.limit, offset: state.offset }, "events"));
  events.setActive(state.event || null);
});

const loadCoordination = () => load(coord, async () => {
  const data = await get("coordination", { months: state.months }, "coordination");
  map.setHome(data.home);
  for (const r of data.rows || []) countryNames.set(r.partner, r.name);
  if ((data.rows || []).length) partnersByActivity = data.rows.map((r) => r.partner);
  coord.update(data);
  coord.select(state.country);
  fillPartnerSelect();
  if (!$("forecast").dataset.state) loadForecast();
});

const loadCalendar = () => load(cal, async () => {
  const year = state.year || new Date().getFullYear();
  $("cal-year").textContent = String(year);
  cal.update(await get("anniversaries", { year }, "anniversaries"));
});

function forecastPartner() {
  return state.partner || state.country || partnersByActivity[0] || null;
}

const loadForecast = () => load(forecast, async () => {
  const partner = forecastPartner();
  $("forecast-partner").value = partner || "";
  if (!partner) { forecast.update([], [], [], null); return; }
  const [fc, hist] = await Promise.all([
    get("forecasts", { partner, horizon: state.horizon }, "forecasts"),
    // The history is the same partner's monthly counts, over the whole record.
    get("timeline", { country: partner, interval: "month" }, "forecast-history"),
  ]);
  // Accept both {rows} (the API) and {forecasts} (the CLI's --json).
  const rows = (fc.rows || fc.forecasts || []).filter((r) => !r.key || r.key.split("/")[0] === partner);
  const shifts = (fc.shifts || []).filter((s) => !s.key || s.key.split("/")[0] === partner);
  forecast.update(rows, hist.buckets || [], shifts, countryNames.get(partner) || partner);
});

const backtestView = { loading: () => fill($("backtest"), h("p", { class: "msg msg-loading" }, "Loading backtest…")),
  error: (err, retry) => fill($("backtest"), h("p", { class: "msg msg-error" }, `Could not load the backtest: ${err.message} `, button("Retry", retry, { class: "link" }))) };
const loadBacktest = () => load(backtestView, async () => renderBacktest($("backtest"), await get("backtest", {}, "backtest")));

let lastEventCount = null;
async function loadHealth() {
  try {
    const hl = await get("health", {}, "health");
    fill($("health"), `${fmtInt.format(hl.documents)} documents · ${fmtInt.format(hl.events)} events · checked ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`);
    $("health").classList.remove("down");
    // New ingests while the tab stays open: refresh everything once, quietly.
    if (lastEventCount !== null && hl.events !== lastEventCount) refreshAll();
    lastEventCount = hl.events;
  } catch (err) {
    if (isAbort(err)) return;
    fill($("health"), "API unreachable — retrying");
    $("health").classList.add("down");
  }
}

function refreshAll() {
  loadTimeline(); loadMap(); loadNetwork(); loadEvents(); loadCoordination(); loadCalendar(); loadForecast(); loadBacktest();
}

// ------------------------------------------------------------------ controls
function options(select, values, labelOf = human) {
  const current = select.value;
  const first = select.options[0]; // the "all" option stays
  select.replaceChildren(first, ...values.map((v) => h("option", { value: v }, labelOf(v))));
  select.value = values.includes(current) ? current : "";
}

function fillCountryFacet(items) {
  const codes = items.map((i) => i.iso3).filter(Boolean);
  if (state.country && !codes.includes(state.country)) codes.unshift(state.country);
  options($("f-country"), codes, (c) => `${countryNames.get(c) || c} (${c})`);
  $("f-country").value = state.country || "";
}

function fillPartnerSelect() {
  const sel = $("forecast-partner");
  options(sel, partnersByActivity, (c) => countryNames.get(c) || c);
  sel.value = forecastPartner() || "";
}

function syncControls() {
  for (const k of ["type", "plover", "pillar", "scope"]) $(`f-${k}`).value = state[k] || "";
  $("f-country").value = state.country || "";
  $("from").value = state.from || "";
  $("to").value = state.to || "";
  $("f-limit").value = String(state.limit);
  $("coord-months").value = String(state.months);
  $("forecast-horizon").value = String(state.horizon);
  $("clear-filters").disabled = !hasFilters();
}

function renderChips() {
  const chips = FILTER_KEYS.filter((k) => state[k] != null).map((k) => {
    const v = state[k];
    const shown = k === "country" ? countryNames.get(v) || v : k === "actor" ? actorNames.get(v) || v : k === "from" || k === "to" ? fmtDate(v) : human(v);
    return h("li", { class: "chip" }, h("span", {}, `${LABELS[k]}: `, h("strong", {}, shown)),
      button("×", () => update({ [k]: null }), { class: "chip-x", "aria-label": `Remove filter ${LABELS[k]}` }));
  });
  fill($("chips"), chips.length ? chips : h("li", { class: "chip-none" }, "All events — drag on the timeline or pick a country to narrow down"));
}

function bindControls() {
  for (const k of Object.keys(VOCAB)) {
    options($(`f-${k}`), VOCAB[k], k === "plover" ? (v) => v : human);
    $(`f-${k}`).addEventListener("change", (e) => update({ [k]: e.target.value }));
  }
  $("f-country").addEventListener("change", (e) => update({ country: e.target.value }));
  $("f-limit").addEventListener("change", (e) => update({ limit: Number(e.target.value), offset: 0 }));
  $("clear-filters").addEventListener("click", () => update(Object.fromEntries(FILTER_KEYS.map((k) => [k, null]))));
  for (const k of ["from", "to"]) $(k).addEventListener("change", (e) => update({ [k]: e.target.value }));
  $("reset-range").addEventListener("click", () => update({ from: null, to: null }));
  $("coord-months").addEventListener("change", (e) => update({ months: Number(e.target.value) }));
  $("forecast-partner").addEventListener("change", (e) => update({ partner: e.target.value }));
  $("forecast-horizon").addEventListener("change", (e) => update({ horizon: Number(e.target.value) }));
  $("cal-prev").addEventListener("click", () => update({ year: (state.year || new Date().getFullYear()) - 1 }));
  $("cal-next").addEventListener("click", () => update({ year: (state.year || new Date().getFullYear()) + 1 }));
}

// ------------------------------------------------------------------ reacting to changes
onChange((changed) => {
  const has = (...keys) => keys.some((k) => changed.has(k));
  const facetChanged = has("country", "type", "plover", "pillar", "scope", "actor");
  if (facetChanged) loadTimeline();
  if (has("from", "to")) tl.select(state.from, state.to);
  if (facetChanged || has("from", "to")) {
    loadMap();
    loadNetwork();
    map.select(state.country);
    network.select(state.actor, state.country);
    coord.select(state.country);
  }
  if (facetChanged || has("from", "to", "offset", "limit")) loadEvents();
  if (has("months")) loadCoordination();
  if (has("year")) loadCalendar();
  if (has("partner", "horizon") || (has("country") && !state.partner)) loadForecast();
  if (has("event")) {
    if (state.event) drawer.open(state.event);
    else drawer.close();
    events.setActive(state.event || null);
  }
  syncControls();
  renderChips();
});

// ------------------------------------------------------------------ start
readHash();
tl.select(state.from, state.to);
loadTimeline(); // first: it is the first thing an analyst reads
bindControls();
syncControls();
renderChips();
map.preload(); // start fetching the geometry while the data loads
map.select(state.country);
network.select(state.actor, state.country);
loadMap();
loadNetwork();
loadEvents();
loadCoordination();
loadCalendar();
loadBacktest();
loadHealth();
setInterval(loadHealth, 60_000);
if (state.event) drawer.open(state.event);

window.addEventListener("hashchange", () => {
  // A pasted or edited link: take its selection wholesale.
  const before = { ...state };
  for (const k of Object.keys(state)) delete state[k];
  Object.assign(state, { offset: 0, limit: 25, months: 12, horizon: 6 });
  readHash();
  const after = { ...state };
  for (const k of Object.keys(state)) delete state[k];
  Object.assign(state, before);
  const patch = {};
  for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) if (before[k] !== after[k]) patch[k] = after[k] ?? null;
  update(patch);
});

// One small store for the selection every view shares. It lives in the URL hash as well, so a
// reload (analysts keep the tab open all day) or a pasted link restores the same view.

const FILTERS = ["from", "to", "country", "type", "plover", "pillar", "scope", "actor"];
const OTHER = ["offset", "limit", "event", "months", "year", "partner", "horizon"];
const DEFAULTS = { offset: 0, limit: 25, months: 12, horizon: 6 };

export const state = { ...DEFAULTS };
const listeners = new Set();

/** Subscribe to changes; the callback gets the set of keys that changed. */
export function onChange(fn) {
  listeners.add(fn);
}

/** Update the state. Changing a filter sends the events table back to its first page. */
export function update(patch) {
  const changed = new Set();
  for (const [k, raw] of Object.entries(patch)) {
    const v = raw === "" || raw === undefined ? null : raw;
    if ((state[k] ?? null) !== v) {
      changed.add(k);
      if (v === null) delete state[k];
      else state[k] = v;
    }
  }
  if (!changed.size) return;
  if ([...changed].some((k) => FILTERS.includes(k)) && !changed.has("offset") && state.offset) {
    state.offset = 0;
    changed.add("offset");
  }
  writeHash();
  for (const fn of listeners) fn(changed);
}

/** The filter parameters the data endpoints take, optionally leaving some out. */
export function filters(...omit) {
  const out = {};
  for (const k of FILTERS) if (state[k] != null && !omit.includes(k)) out[k] = state[k];
  return out;
}

export const hasFilters = () => FILTERS.some((k) => state[k] != null);
export const FILTER_KEYS = FILTERS;

function writeHash() {
  const p = new URLSearchParams();
  for (const k of [...FILTERS, ...OTHER]) {
    if (state[k] != null && state[k] !== DEFAULTS[k]) p.set(k, state[k]);
  }
  const hash = p.toString();
  // replaceState: filter fiddling should not flood the back button.
  history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
}

/** Read the hash into the state (at start-up). */
export function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  for (const k of [...FILTERS, ...OTHER]) {
    const v = p.get(k);
    if (v === null || v === "") continue;
    state[k] = ["offset", "limit", "months", "horizon", "year"].includes(k) ? Number(v) || DEFAULTS[k] || 0 : v;
  }
}

// What the record covers for the current facets, from the latest timeline answer (which is
// not limited by the date range). It separates "no data" (the selection lies outside anything
// recorded, or nothing was ever recorded for these facets) from "zero" (covered, none found).
export const coverage = { known: false, first: null, last: null };

export function setCoverage(first, last) {
  Object.assign(coverage, { known: true, first: first || null, last: last || null });
}

/** True when an empty answer for the current selection means "no data" rather than "zero". */
export function selectionHasNoData() {
  if (!coverage.known) return false;
  if (!coverage.first) return true;
  if (state.to && state.to < coverage.first) return true;
  if (state.from && coverage.last && state.from > coverage.last) return true;
  return false;
}

// The JSON API client. Requests are relative to the page so the dashboard works wherever the
// app mounts it (default: the API at ./api/ beside index.html). Each view asks through a
// "channel": a newer request on the same channel aborts the older one, so a fast-clicking
// analyst never sees a slow stale answer overwrite a fresh one.

const BASE = document.querySelector('meta[name="diplometer-api"]')?.content || "api/";

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

function url(path, params) {
  const u = new URL(BASE + path, document.baseURI);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== "") u.searchParams.set(k, v);
  }
  return u;
}

const channels = new Map();

/** GET JSON; with a channel name, an earlier unfinished request on that channel is aborted. */
export async function get(path, params, channel) {
  let signal;
  if (channel) {
    channels.get(channel)?.abort();
    const ctrl = new AbortController();
    channels.set(channel, ctrl);
    signal = ctrl.signal;
  }
  const res = await fetch(url(path, params), { signal, headers: { Accept: "application/json" } });
  if (!res.ok) {
    let detail = "";
    try {
      const body = await res.json();
      detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail ?? "");
    } catch { /* not JSON: keep the status */ }
    throw new ApiError(res.status, detail || `${res.status} ${res.statusText}`);
  }
  return res.json();
}

export const isAbort = (err) => err && err.name === "AbortError";

// DOM helpers. Everything the API sends is untrusted text (article titles and sentences come
// straight from scraped news), so the dashboard never parses API strings as HTML: elements are
// made with createElement and strings only ever become text nodes. There is no innerHTML here.

const SVG_NS = "http://www.w3.org/2000/svg";

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else if (key.startsWith("on")) {
      // Inline handlers would be code from strings: refuse them outright.
      throw new Error(`refusing string event handler ${key}`);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  return el;
}

function addChildren(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    // append() turns strings into text nodes: untrusted text stays text.
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** An HTML element: h("td", {class: "num"}, "12"). */
export function h(tag, attrs, ...children) {
  return addChildren(setAttrs(document.createElement(tag), attrs), children);
}

/** An SVG element: s("rect", {x: 0, y: 0, width: 10, height: 5}). */
export function s(tag, attrs, ...children) {
  return addChildren(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
}

/** Replace an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return addChildren(el, children);
}

export const fmtInt = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
export const fmt2 = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
export const fmtPct = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 0 });

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-03-05" -> "5 Mar 2024"; "2024-03" -> "Mar 2024"; keeps unknown shapes as they are. */
export function fmtDate(iso) {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return String(iso);
  const month = MONTHS[Number(m[2]) - 1];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** "phone_call" -> "phone call". */
export function human(value) {
  return value === null || value === undefined ? "" : String(value).replaceAll("_", " ");
}

/** A URL that is safe to put in href: only http(s); anything else (javascript:, data:) is dropped. */
export function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A labelled message block for a panel: kind is "nodata", "zero", "error" or "loading". */
export function message(kind, text, action) {
  return h("div", { class: `msg msg-${kind}`, role: kind === "error" ? "alert" : "status" },
    h("span", { class: "msg-text" }, text), action || null);
}

/** A real <button> (keyboard accessible for free). */
export function button(label, onClick, attrs = {}) {
  return h("button", { type: "button", ...attrs, onclick: onClick }, label);
}

export const retryButton = (retry) => button("Retry", retry, { class: "link" });

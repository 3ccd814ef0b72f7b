// The evidence drawer: the event's codes, how it was extracted (rule, trigger, confidence),
// and each source sentence in its article, highlighted with <mark>. Article text is untrusted
// and arrives as plain strings; it is only ever inserted as text nodes.

import { get, isAbort } from "./api.js";
import { button, fill, fmtDate, fmtPct, h, human, message, retryButton, safeHref } from "./dom.js";
import { eventDate, names } from "./events.js";

export function createDrawer(el, { onClose }) {
  const body = el.querySelector(".drawer-body");
  const closeBtn = el.querySelector(".drawer-close");
  let returnFocus = null;
  let currentId = null;

  closeBtn.addEventListener("click", () => onClose());
  el.addEventListener("keydown", (e) => { if (e.key === "Escape") onClose(); });

  function dl(pairs) {
    return h("dl", { class: "kv" }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
  }

  function confidence(c) {
    if (c == null) return "—";
    return h("span", { class: "conf" }, h("meter", { min: 0, max: 1, value: c, "aria-label": "confidence" }), ` ${fmtPct.format(c)}`);
  }

  /** before + <mark>sentence</mark> + after, all as text. */
  function passage(before, sentence, after) {
    return h("p", { class: "passage" }, before ? `…${before}` : "", h("mark", {}, sentence || ""), after ? `${after}…` : "");
  }

  async function showArticle(slot, ev, btn) {
    btn.disabled = true;
    try {
      const doc = await get(`documents/${encodeURIComponent(ev.document)}`);
      const text = doc.text || "";
      // Prefer the stored offsets; fall back to finding the sentence if they do not line up.
      let start = ev.start;
      let end = ev.end;
      if (!(Number.isInteger(start) && text.slice(start, end) === ev.sentence)) {
        start = ev.sentence ? text.indexOf(ev.sentence) : -1;
        end = start + (ev.sentence || "").length;
      }
      const href = safeHref(doc.url);
      fill(slot,
        h("div", { class: "doc-meta" }, [doc.source, doc.date ? fmtDate(doc.date) : null].filter(Boolean).join(" · "),
          href ? [" · ", h("a", { href, target: "_blank", rel: "noopener noreferrer" }, "original")] : null),
        h("div", { class: "doc-text" }, start >= 0 ? [text.slice(0, start), h("mark", {}, text.slice(start, end)), text.slice(end)] : text));
      btn.remove();
    } catch (err) {
      btn.disabled = false;
      fill(slot, message("error", `Could not load the article: ${err.message}`));
    }
  }

  function render(e) {
    const evidence = e.evidence || [];
    const members = e.members || [];
    fill(body,
      h("h2", { id: "drawer-title", class: "drawer-title" }, `${human(e.type)} · ${eventDate(e)}`),
      dl([
        ["Actors", names(e.actors) || "—"],
        ["Counterparts", names(e.counterparts) || "—"],
        ["PLOVER / CAMEO", [e.plover, e.cameo].filter(Boolean).join(" / ")],
        ["Pillar", human(e.pillar)],
        ["Mode", human(e.mode)],
        ["Scope", human(e.scope)],
        ["Where", e.location],
        ["Date as written", e.date?.text ? `“${e.date.text}”${e.date.precision ? ` (${e.date.precision})` : ""}` : e.date?.basis === "article_date" ? "article date" : null],
      ]),
      h("h3", {}, "Extraction"),
      dl([["Rule", h("code", {}, e.rule || "—")], ["Trigger", e.trigger ? h("q", {}, e.trigger) : "—"], ["Confidence", confidence(e.confidence)]]),
      members.length > 1 ? h("details", { class: "members" }, h("summary", {}, `${members.length} merged mentions`),
        h("ul", {}, members.map((m) => h("li", {}, h("code", {}, m.rule || ""), " ", m.trigger ? h("q", {}, m.trigger) : "", ` · ${m.confidence == null ? "—" : fmtPct.format(m.confidence)} · `, m.source || "")))) : null,
      h("h3", {}, evidence.length === 1 ? "Evidence" : `Evidence (${evidence.length} sources)`),
      evidence.length ? evidence.map((ev) => {
        const slot = h("div", { class: "article-slot" });
        const more = button("Show full article", () => showArticle(slot, ev, more), { class: "link" });
        return h("article", { class: "evidence" },
          h("h4", { class: "ev-title" }, ev.title || ev.document),
          h("div", { class: "ev-meta" }, [ev.date ? fmtDate(ev.date) : "undated article", ev.title ? ev.document : null].filter(Boolean).join(" · ")),
          passage(ev.text_before, ev.sentence, ev.text_after), more, slot);
      }) : message("nodata", "No evidence stored for this event."));
  }

  return {
    async open(id, opener) {
      if (!el.hidden && currentId === id) return;
      currentId = id;
      returnFocus = opener || document.activeElement;
      el.hidden = false;
      el.dataset.state = "loading";
      document.body.classList.add("drawer-open");
      fill(body, message("loading", "Loading evidence…"));
      closeBtn.focus();
      try {
        const e = await get(`events/${encodeURIComponent(id)}`, null, "drawer");
        render(e);
        el.dataset.state = "ready";
      } catch (err) {
        if (isAbort(err)) return;
        el.dataset.state = "error";
        fill(body, message("error", err.status === 404 ? "This event is no longer in the record." : `Could not load the event: ${err.message}`,
          retryButton(() => { currentId = null; this.open(id); })));
      }
    },
    close() {
      if (el.hidden) return;
      currentId = null;
      el.hidden = true;
      document.body.classList.remove("drawer-open");
      if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
    },
  };
}

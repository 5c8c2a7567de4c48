// Dépêche web page: search, article view with highlights, quotation explorer, event explorer,
// entity page.
// Every piece of article data goes into the page as text (textContent / attributes), never as
// HTML, so markup inside an article is shown, not run.
"use strict";

const view = () => document.getElementById("view");

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return e;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: { message: res.statusText } }));
  if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
  return body;
}

function showError(err) {
  view().replaceChildren(el("div", { class: "card error", text: "Erreur : " + err.message }));
}

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  return p.toString();
}

function parseHash() {
  const h = location.hash.replace(/^#/, "") || "/";
  const [path, query] = h.split("?");
  return { parts: path.split("/").filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || "") };
}

// ---- search ----
async function renderSearch(params) {
  const q = params.get("q") || "";
  document.getElementById("q").value = q;
  const v = view();
  v.replaceChildren(el("p", { class: "meta", text: "Recherche…" }));
  const page = await api("/v1/search?" + qs({ q, limit: "50" }));
  const items = page.items.map((h) =>
    el("div", { class: "card hit" },
      el("h3", {}, el("a", { href: "#/article/" + h.id, text: h.title || "(sans titre)" })),
      el("div", { class: "meta", text: [h.published || "date inconnue", h.quotes + " citation(s)", h.source || ""].filter(Boolean).join(" · ") }),
      el("p", { class: "snippet", text: h.snippet })));
  v.replaceChildren(
    el("h2", { text: q ? "Articles pour « " + q + " »" : "Derniers articles" }),
    ...(items.length ? items : [el("p", { class: "empty", text: "Aucun article." })]));
}

// ---- article ----
const LAYERS = [
  ["q", "Citation"], ["spk", "Locuteur"], ["ent ent-PER", "Personne"], ["ent ent-ORG", "Organisation"],
  ["ent ent-LOC", "Lieu (entité)"], ["tm", "Date / heure"], ["pl", "Lieu résolu"], ["ev", "Événement"],
];

// CAMEO root codes (the codebook's names, in French) and event statuses, for labels.
const CAMEO_ROOTS = {
  "03": "intention de coopérer", "04": "consultation", "05": "coopération diplomatique",
  "06": "coopération matérielle", "07": "aide", "08": "concession", "09": "enquête",
  "10": "exigence", "11": "désapprobation", "12": "rejet", "13": "menace", "14": "protestation",
  "15": "démonstration de force", "16": "réduction des relations", "17": "coercition",
  "18": "agression", "19": "combat", "20": "violence de masse",
};
const STATUS_LABEL = { occurred: "a eu lieu", planned: "prévu", reported: "rapporté" };

function actorLabel(a) {
  if (!a) return "—";
  const tags = [a.country, a.role].filter(Boolean).join(" ");
  return a.name + (tags ? " (" + tags + ")" : "");
}

function eventLabel(e) {
  return "CAMEO " + e.code + " " + (CAMEO_ROOTS[e.root] || "") + " : " + actorLabel(e.actor1) + " → " + actorLabel(e.actor2);
}

function annotations(rec, ids) {
  const out = [];
  (rec.quotes || []).forEach((q, i) => {
    const sp = q.speaker;
    out.push({ start: q.start, end: q.end, cls: "q", quote: i, speaker: sp ? sp.name : "",
      tip: "Citation " + (q.kind === "direct" ? "directe" : "indirecte") +
        (sp ? " de " + sp.name + (sp.role ? " (" + sp.role + ")" : "") : "") +
        (q.cue ? " — « " + q.cue.text + " »" : "") });
    if (sp && sp.end > sp.start) {
      out.push({ start: sp.start, end: sp.end, cls: "spk", entity: ids.speakers[i],
        tip: "Locuteur : " + sp.name + (sp.resolved ? " (résolu depuis « " + sp.text + " »)" : "") + (sp.role ? "\nRôle : " + sp.role : "") });
    }
  });
  for (const e of rec.entities || []) {
    for (const m of e.mentions || []) {
      out.push({ start: m.start, end: m.end, cls: "ent ent-" + e.type, entity: ids.entities[e.id], tip: e.type + " : " + e.name });
    }
  }
  for (const t of rec.times || []) {
    out.push({ start: t.start, end: t.end, cls: "tm", tip: t.type + " : " + t.value });
  }
  (rec.events || []).forEach((e, i) => {
    out.push({ start: e.start, end: e.end, cls: "ev", event: i,
      tip: "Événement " + eventLabel(e) + "\n" + STATUS_LABEL[e.status] + (e.place ? " · " + e.place : "") + (e.date ? " · " + e.date : "") });
  });
  for (const p of rec.places || []) {
    out.push({ start: p.start, end: p.end, cls: "pl",
      tip: "Lieu : " + p.name + " — " + p.country + " (" + p.feature + ")\n" + Number(p.lat).toFixed(2) + ", " + Number(p.lon).toFixed(2) });
  }
  return out;
}

function highlighted(rec, ids) {
  const chars = Array.from(rec.text);
  const anns = annotations(rec, ids).filter((a) => a.end > a.start && a.start >= 0 && a.end <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const bounds = [...cuts].sort((x, y) => x - y);
  const box = el("div", { class: "text", id: "article-text" });
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [s, e] = [bounds[i], bounds[i + 1]];
    const text = chars.slice(s, e).join("");
    const cover = anns.filter((a) => a.start <= s && a.end >= e);
    if (!cover.length) { box.append(document.createTextNode(text)); continue; }
    // innermost (shortest) first in the tooltip
    cover.sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const span = el("span", { class: [...new Set(cover.flatMap((a) => a.cls.split(" ")))].join(" "), text });
    span.dataset.tip = cover.map((a) => a.tip).join("\n");
    const quotes = cover.filter((a) => a.quote !== undefined);
    if (quotes.length) {
      span.dataset.quote = quotes.map((a) => a.quote).join(" ");
      span.dataset.speaker = quotes[0].speaker;
    }
    const events = cover.filter((a) => a.event !== undefined);
    if (events.length) span.dataset.event = events.map((a) => a.event).join(" ");
    const ent = cover.find((a) => a.entity);
    if (ent) span.dataset.entity = ent.entity;
    box.append(span);
  }
  box.addEventListener("click", (ev) => {
    const t = ev.target.closest("[data-entity]");
    if (t && !window.getSelection().toString()) location.hash = "#/entity/" + encodeURIComponent(t.dataset.entity);
  });
  return box;
}

async function renderArticle(id) {
  const a = await api("/v1/articles/" + encodeURIComponent(id));
  const rec = a.record;
  const title = rec.title ? Array.from(rec.text).slice(rec.title.start, rec.title.end).join("") : "(sans titre)";
  const legend = el("div", { class: "legend" }, ...LAYERS.map(([cls, label]) => el("span", { class: cls, text: label })));
  const quotes = el("ul", { class: "qlist" }, ...(rec.quotes || []).map((q, i) =>
    el("li", {},
      el("blockquote", { text: q.text }),
      q.speaker ? el("a", { href: "#/entity/" + encodeURIComponent(a.speaker_ids[i] || ""), text: "— " + q.speaker.name }) : el("span", { class: "meta", text: "— locuteur inconnu" }))));
  const ents = el("ul", {}, ...(rec.entities || []).map((e) =>
    el("li", {}, el("a", { href: "#/entity/" + encodeURIComponent(a.entity_ids[e.id] || "") , text: e.name }), el("span", { class: "meta", text: " " + e.type + " · " + e.mentions.length + "×" }))));
  // an actor that is one of the article's entities links to its entity page
  const actorLink = (x) => x && x.entity && a.entity_ids[x.entity]
    ? el("a", { href: "#/entity/" + encodeURIComponent(a.entity_ids[x.entity]), text: actorLabel(x) })
    : el("span", { text: actorLabel(x) });
  const events = el("ul", { id: "article-events" }, ...(rec.events || []).map((e) =>
    el("li", {},
      el("span", { class: "code", title: CAMEO_ROOTS[e.root] || "", text: e.code }), " ",
      actorLink(e.actor1), " → ", actorLink(e.actor2),
      el("div", { class: "meta", text: "« " + e.text + " » · " + STATUS_LABEL[e.status] + (e.date ? " · " + e.date : "") }))));
  const places = el("ul", {}, ...(rec.places || []).map((p) => el("li", { text: p.name + " — " + p.country + " (" + p.feature + ")" })));
  const times = el("ul", {}, ...(rec.times || []).map((t) => el("li", { text: t.text + " → " + t.value })));
  view().replaceChildren(
    el("h2", { id: "article-title", text: title }),
    el("div", { class: "meta", text: [rec.published ? "Publié le " + rec.published : null, rec.source].filter(Boolean).join(" · ") }),
    legend,
    el("div", { class: "article" },
      el("div", { class: "card" }, highlighted(rec, { entities: a.entity_ids, speakers: a.speaker_ids })),
      el("aside", { class: "side card" },
        el("h3", { text: "Citations (" + (rec.quotes || []).length + ")" }), quotes,
        el("h3", { text: "Événements (" + (rec.events || []).length + ")" }), events,
        el("h3", { text: "Entités" }), ents,
        el("h3", { text: "Lieux" }), places,
        el("h3", { text: "Dates" }), times)));
}

// ---- quotation explorer ----
const FILTERS = [["q", "Mots"], ["speaker", "Locuteur"], ["entity", "Entité"], ["place", "Lieu ou pays"], ["from", "Du (AAAA-MM-JJ)"], ["to", "Au"]];

function quoteRows(items) {
  return items.map((h) => el("tr", {},
    el("td", { text: h.published || "" }),
    el("td", {}, h.speaker_id ? el("a", { href: "#/entity/" + encodeURIComponent(h.speaker_id), text: h.speaker }) : el("span", { text: h.speaker || "?" })),
    // one row per statement: how many times it was quoted (reprints and fragments)
    el("td", { class: "qtext", text: "« " + h.text + " »" + (h.occurrences > 1 ? " — cité " + h.occurrences + " fois" : ""), title: h.statement ? "déclaration " + h.statement : "" }),
    el("td", {}, el("a", { href: "#/article/" + h.article, text: h.title || "article " + h.article }))));
}

async function renderQuotes(params) {
  const form = el("form", { class: "filters", id: "quote-filters" },
    ...FILTERS.map(([name, label]) => el("label", {}, label, el("input", { name, value: params.get(name) || "" }))),
    el("label", {}, "\u00a0", el("button", { type: "submit", text: "Filtrer" })));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [name] of FILTERS) p[name] = form.elements[name].value.trim();
    location.hash = "#/quotes?" + qs(p);
  });
  const body = el("tbody", { id: "quote-rows" });
  const table = el("table", {}, el("thead", {}, el("tr", {}, ...["Date", "Locuteur", "Citation", "Article"].map((t) => el("th", { text: t })))), body);
  const more = el("button", { class: "secondary", type: "button", text: "Plus de citations", hidden: "" });
  view().replaceChildren(el("h2", { text: "Citations" }), form, table, el("p", {}, more));
  const p = {};
  for (const [name] of FILTERS) p[name] = params.get(name) || "";
  let cursor = null;
  async function load() {
    const page = await api("/v1/quotes?" + qs({ ...p, limit: "50", cursor }));
    body.append(...quoteRows(page.items));
    if (!body.children.length) body.append(el("tr", {}, el("td", { colspan: "4", class: "empty", text: "Aucune citation." })));
    cursor = page.next_cursor;
    more.hidden = !cursor;
  }
  more.addEventListener("click", () => load().catch(showError));
  await load();
}

// ---- event explorer ----
const EVENT_FILTERS = [["actor", "Acteur"], ["code", "Code CAMEO (04, 042)"], ["country", "Pays (RU)"], ["from", "Du (AAAA-MM-JJ)"], ["to", "Au"]];

function actorCell(a) {
  if (!a) return el("span", { class: "meta", text: "—" });
  return a.id ? el("a", { href: "#/entity/" + encodeURIComponent(a.id), text: actorLabel(a) }) : el("span", { text: actorLabel(a) });
}

function eventRows(items) {
  return items.map((h) => el("tr", {},
    el("td", { text: h.published || "" }),
    el("td", { title: CAMEO_ROOTS[h.root] || "", text: h.code }),
    el("td", {}, actorCell(h.actor1)),
    el("td", {}, actorCell(h.actor2)),
    el("td", { text: "« " + h.trigger + " » · " + STATUS_LABEL[h.status] }),
    el("td", {}, el("a", { href: "#/article/" + h.article, text: h.title || "article " + h.article }))));
}

const EVENT_HEAD = ["Date", "Code", "Acteur 1", "Acteur 2", "Déclencheur", "Article"];

async function renderEvents(params) {
  const form = el("form", { class: "filters", id: "event-filters" },
    ...EVENT_FILTERS.map(([name, label]) => el("label", {}, label, el("input", { name, value: params.get(name) || "" }))),
    el("label", {}, "\u00a0", el("button", { type: "submit", text: "Filtrer" })));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [name] of EVENT_FILTERS) p[name] = form.elements[name].value.trim();
    location.hash = "#/events?" + qs(p);
  });
  const body = el("tbody", { id: "event-rows" });
  const table = el("table", {}, el("thead", {}, el("tr", {}, ...EVENT_HEAD.map((t) => el("th", { text: t })))), body);
  const more = el("button", { class: "secondary", type: "button", text: "Plus d'événements", hidden: "" });
  view().replaceChildren(el("h2", { text: "Événements (CAMEO)" }), form, table, el("p", {}, more));
  const p = {};
  for (const [name] of EVENT_FILTERS) p[name] = params.get(name) || "";
  let cursor = null;
  async function load() {
    const page = await api("/v1/events?" + qs({ ...p, limit: "50", cursor }));
    body.append(...eventRows(page.items));
    if (!body.children.length) body.append(el("tr", {}, el("td", { colspan: "6", class: "empty", text: "Aucun événement." })));
    cursor = page.next_cursor;
    more.hidden = !cursor;
  }
  more.addEventListener("click", () => load().catch(showError));
  await load();
}

// ---- entity ----
function timelineChart(points) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  const w = 720, h = 160, pad = 24;
  svg.setAttribute("viewBox", `0 0 ${w} ${h + 30}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "Chronologie");
  const max = Math.max(1, ...points.map((p) => p.mentions + p.quotes_by + p.quotes_about));
  const bw = Math.max(4, Math.min(40, (w - 2 * pad) / Math.max(1, points.length) - 4));
  points.forEach((p, i) => {
    const x = pad + i * (bw + 4);
    let y = h;
    for (const [n, cls, label] of [[p.mentions, "bar-m", "mentions"], [p.quotes_by, "bar-b", "citations de"], [p.quotes_about, "bar-a", "citations sur"]]) {
      if (!n) continue;
      const bh = (n / max) * (h - pad);
      y -= bh;
      const r = document.createElementNS(NS, "rect");
      r.setAttribute("x", x); r.setAttribute("y", y); r.setAttribute("width", bw); r.setAttribute("height", bh);
      r.setAttribute("class", cls);
      const t = document.createElementNS(NS, "title");
      t.textContent = p.date + " : " + n + " " + label;
      r.append(t);
      svg.append(r);
    }
    if (points.length <= 12 || i % Math.ceil(points.length / 12) === 0) {
      const tx = document.createElementNS(NS, "text");
      tx.setAttribute("x", x); tx.setAttribute("y", h + 14);
      tx.textContent = p.date;
      svg.append(tx);
    }
  });
  return svg;
}

async function renderEntity(id) {
  const e = await api("/v1/entities/" + encodeURIComponent(id));
  const qtable = (items) => items.length
    ? el("table", {}, el("tbody", {}, ...quoteRows(items)))
    : el("p", { class: "empty", text: "Aucune." });
  view().replaceChildren(
    el("h2", { id: "entity-name", text: e.name }),
    e.gender ? el("div", { class: "meta", id: "entity-gender", text: "Genre : " + GENDER_LABEL[e.gender] + (e.gender_evidence ? " — indice : " + EVIDENCE_LABEL[e.gender_evidence] : "") }) : "",
    el("div", { class: "meta", text: e.type + " · " + e.mentions.length + " article(s) · " + e.quotes_by.length + " citation(s) de · " + e.quotes_about.length + " citation(s) sur" }),
    // the names the articles give this identity ("François Hollande", "Hollande", "le président Hollande")
    e.identity && e.identity.variants.length
      ? el("div", { class: "meta", id: "entity-variants" }, "Aussi nommé : ",
          ...e.identity.variants.map((v, i) => el("span", { class: "variant", title: v.articles + " article(s)" + (v.full ? "" : " · nom seul"), text: (i ? " · " : "") + v.name })))
      : "",
    el("div", { class: "card timeline" },
      el("h3", { text: "Chronologie" }),
      el("div", { class: "legend" },
        el("span", {}, el("i", { class: "swatch", style: "background:#9bb7d8" }), "mentions"),
        el("span", {}, el("i", { class: "swatch", style: "background:#e6b422" }), "citations de"),
        el("span", {}, el("i", { class: "swatch", style: "background:#7b3fa0" }), "citations sur")),
      timelineChart(e.timeline)),
    el("div", { class: "cols" },
      el("div", { class: "card" }, el("h3", { text: "Ce que " + e.name + " a dit" }), qtable(e.quotes_by)),
      el("div", { class: "card" }, el("h3", { text: "Ce qui a été dit sur " + e.name }), qtable(e.quotes_about))),
    el("div", { class: "card", id: "entity-events" }, el("h3", { text: "Événements où " + e.name + " est acteur" }),
      (e.events || []).length
        ? el("table", {}, el("thead", {}, el("tr", {}, ...EVENT_HEAD.map((t) => el("th", { text: t })))), el("tbody", {}, ...eventRows(e.events)))
        : el("p", { class: "empty", text: "Aucun." })),
    el("div", { class: "card" }, el("h3", { text: "Articles" }),
      el("ul", {}, ...e.mentions.map((m) => el("li", {}, el("a", { href: "#/article/" + m.article, text: m.title || "article " + m.article }), el("span", { class: "meta", text: " " + (m.published || "") + " · " + m.count + " mention(s)" }))))));
}

// ---- parity ----
const GENDER_LABEL = { f: "femme", m: "homme", x: "genre inconnu" };
const EVIDENCE_LABEL = { honorific: "civilité (M., Mme)", role: "fonction accordée (l'avocate)", agreement: "accord (la ministre, elle a dit, née)", first_name: "prénom (INSEE)" };

// Share of women among quotations of known gender, one bar per group; counts on hover.
function parityChart(groups, label) {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  const w = 720, h = 160, pad = 24;
  svg.setAttribute("viewBox", `0 0 ${w} ${h + 30}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const bw = Math.max(4, Math.min(40, (w - 2 * pad) / Math.max(1, groups.length) - 4));
  const half = document.createElementNS(NS, "line");
  half.setAttribute("x1", pad); half.setAttribute("x2", w - pad);
  half.setAttribute("y1", h - (h - pad) / 2); half.setAttribute("y2", h - (h - pad) / 2);
  half.setAttribute("class", "parity-half");
  svg.append(half);
  groups.forEach((g, i) => {
    const x = pad + i * (bw + 4);
    const share = g.women_share == null ? 0 : g.women_share;
    const bh = share * (h - pad);
    const r = document.createElementNS(NS, "rect");
    r.setAttribute("x", x); r.setAttribute("y", h - bh); r.setAttribute("width", bw); r.setAttribute("height", Math.max(bh, 1));
    r.setAttribute("class", "bar-f");
    const t = document.createElementNS(NS, "title");
    t.textContent = g.group + " : " + (g.women_share == null ? "—" : Math.round(100 * share) + " % de femmes") +
      " (" + g.women + " citations de femmes, " + g.men + " d'hommes, " + g.unknown + " de genre inconnu ; " +
      g.distinct_women + " femmes, " + g.distinct_men + " hommes)";
    r.append(t);
    svg.append(r);
    if (groups.length <= 12 || i % Math.ceil(groups.length / 12) === 0) {
      const tx = document.createElementNS(NS, "text");
      tx.setAttribute("x", x); tx.setAttribute("y", h + 14);
      tx.textContent = g.group.length > 16 ? g.group.slice(0, 15) + "…" : g.group;
      svg.append(tx);
    }
  });
  return svg;
}

async function renderParity() {
  const [months, sources] = await Promise.all([api("/v1/stats/parity?by=month"), api("/v1/stats/parity?by=source&limit=30")]);
  const table = (groups) => el("table", {}, el("thead", {}, el("tr", {}, ...["", "femmes", "hommes", "inconnu", "part des femmes"].map((h) => el("th", { text: h })))),
    el("tbody", {}, ...groups.map((g) => el("tr", {}, el("td", { text: g.group }), el("td", { text: String(g.women) }), el("td", { text: String(g.men) }),
      el("td", { text: String(g.unknown) }), el("td", { text: g.women_share == null ? "—" : Math.round(100 * g.women_share) + " %" })))));
  view().replaceChildren(
    el("h2", { text: "Parité des voix citées" }),
    el("p", { class: "meta", text: "Part des femmes parmi les citations dont le genre du locuteur est connu (ligne : 50 %)." }),
    el("div", { class: "card", id: "parity-month" }, el("h3", { text: "Par mois" }), parityChart(months.groups, "Part des femmes par mois"), table(months.groups)),
    el("div", { class: "card", id: "parity-source" }, el("h3", { text: "Par source" }), parityChart(sources.groups, "Part des femmes par source"), table(sources.groups)));
}

// ---- router ----
async function route() {
  const { parts, params } = parseHash();
  try {
    if (parts[0] === "article" && parts[1]) await renderArticle(parts[1]);
    else if (parts[0] === "quotes") await renderQuotes(params);
    else if (parts[0] === "events") await renderEvents(params);
    else if (parts[0] === "entity" && parts[1]) await renderEntity(parts[1]);
    else if (parts[0] === "parity") await renderParity();
    else await renderSearch(params);
    document.body.dataset.ready = location.hash || "#/";
  } catch (err) {
    showError(err);
    document.body.dataset.ready = "error";
  }
}

function setupTip() {
  const tip = document.getElementById("tip");
  document.addEventListener("mouseover", (ev) => {
    const t = ev.target.closest && ev.target.closest("[data-tip]");
    if (!t) { tip.hidden = true; return; }
    tip.textContent = t.dataset.tip;
    tip.hidden = false;
    const r = t.getBoundingClientRect();
    tip.style.left = Math.min(window.innerWidth - 320, Math.max(4, r.left)) + "px";
    tip.style.top = (r.bottom + 6) + "px";
  });
}

window.addEventListener("DOMContentLoaded", () => {
  document.getElementById("searchform").addEventListener("submit", (ev) => {
    ev.preventDefault();
    location.hash = "#/search?" + qs({ q: document.getElementById("q").value.trim() });
  });
  setupTip();
  window.addEventListener("hashchange", route);
  route();
});

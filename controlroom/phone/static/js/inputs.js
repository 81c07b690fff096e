// Sending an input from the floor, and the inputs of the running block with their "+1".
import { call } from "./api.js";
import { localTime } from "./clock.js";
import { $, el } from "./dom.js";
import { t } from "./i18n.js";

const KINDS = ["innspill", "spørsmål", "idé", "målkonflikt", "tiltak"];
const MAX = 1000;
const items = new Map();
// The list's rows by input id, each with the item it shows: an update replaces only the rows that
// changed, so a "+1" button under the thumb stays put while others' inputs arrive.
const rows = new Map();
let block;

export function init() {
  const kinds = $("kinds");
  KINDS.forEach((kind, i) => {
    kinds.append(el("label", {},
      el("input", { type: "radio", name: "kind", value: kind, checked: i === 0 }),
      el("span", { text: t(`kind_${kind}`), dataset: { t: `kind_${kind}` } })));
  });
  $("input-text").addEventListener("input", count);
  $("input-form").addEventListener("submit", send);
  count();
}

export function relabel() {
  count();
  for (const entry of rows.values()) entry.shown = "";
  render();
}

function count() {
  const left = MAX - $("input-text").value.trim().length;
  const note = $("input-count");
  note.textContent = t("chars_left", { n: left });
  note.classList.toggle("error", left < 0);
}

function status(text, kind) {
  const node = $("input-status");
  node.textContent = text;
  node.className = `status ${kind || ""}`;
}

async function send(event) {
  event.preventDefault();
  const box = $("input-text");
  const text = box.value;
  if (!text.trim()) {
    status(t("err_empty"), "bad");
    return;
  }
  const kind = (document.querySelector("input[name=kind]:checked") || {}).value || "innspill";
  const button = $("input-send");
  button.disabled = true;
  status(t("sending"));
  const res = await call("POST", "inputs", { text, kind, with_name: $("with-name").checked });
  button.disabled = false;
  if (res.ok) {
    box.value = "";
    count();
    status(res.data.pending ? t("sent_pending") : t("sent"), "good");
    items.set(res.data.id, res.data);
    render();
  } else {
    status(res.data.message || t("err_network"), "bad");
  }
}

export async function load() {
  const res = await call("GET", "inputs");
  if (!res.ok) return;
  block = res.data.block;
  items.clear();
  for (const item of res.data.items) items.set(item.id, item);
  render();
}

export function onMe(me) {
  const uid = me.block ? me.block.uid : null;
  if (uid !== block) load();
}

export function merge(delta) {
  for (const item of delta.items || []) {
    const before = items.get(item.id);
    items.set(item.id, { ...item, mine: item.mine || Boolean(before && before.mine),
                         plussed: item.plussed || Boolean(before && before.plussed) });
  }
  for (const id of delta.removed || []) items.delete(id);
  render();
}

async function plus(id) {
  const res = await call("POST", `inputs/${id}/plus`);
  const item = items.get(id);
  if (res.ok && item) {
    items.set(id, { ...item, plus: res.data.plus, plussed: true });
    render();
  } else if (!res.ok) {
    status(res.data.message || t("err_network"), "bad");
  }
}

function render() {
  const list = $("input-list");
  const sorted = [...items.values()].sort((a, b) => b.id - a.id);
  $("inputs-empty").hidden = sorted.length > 0;
  for (const [id, entry] of rows) {
    if (!items.has(id)) {
      entry.node.remove();
      rows.delete(id);
    }
  }
  sorted.forEach((item, i) => {
    const shown = JSON.stringify(item);
    let entry = rows.get(item.id);
    if (!entry || entry.shown !== shown) {
      const node = row(item);
      if (entry) entry.node.replaceWith(node);
      entry = { node, shown };
      rows.set(item.id, entry);
    }
    const at = list.children[i] || null;
    if (at !== entry.node) list.insertBefore(entry.node, at);
  });
}

function row(item) {
  const meta = el("p", { class: "meta" },
    el("span", { text: t(`source_${item.source}`) }),
    el("span", { text: localTime(item.at) }),
    el("span", { text: t(`kind_${item.kind}`) }));
  if (item.author) meta.append(el("span", { class: "author", text: item.author }));
  if (item.mine) meta.append(el("span", { class: "chip", text: t("mine") }));
  if (item.pending) meta.append(el("span", { class: "chip", text: t("pending") }));
  const button = el("button", {
    type: "button", class: "plus", "aria-pressed": item.plussed ? "true" : "false",
    "aria-label": item.plussed ? t("plussed") : t("plus_one"),
    disabled: item.plussed || item.mine || item.pending, onclick: () => plus(item.id),
    text: item.plus ? `+1 · ${item.plus}` : t("plus_one"),
  });
  return el("li", { id: `input-${item.id}`, class: item.pending ? "pending" : "" },
    meta,
    el("p", { class: "text", text: item.text }),
    el("div", { class: "row" }, el("span", { class: "muted small", text: item.plussed ? t("plussed") : "" }), button));
}

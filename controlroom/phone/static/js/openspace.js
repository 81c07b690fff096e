// Open Space on the phone: the wall (time slots × spaces), the marketplace, "I am here" and proposing
// a topic.
import { call } from "./api.js";
import { $, el } from "./dom.js";
import { t } from "./i18n.js";

let rev = null;
let wall = null;

export function init() {
  $("os-form").addEventListener("submit", propose);
}

export function onMe(me) {
  const active = Boolean(me.openspace && me.openspace.active);
  $("os-inactive").hidden = active;
  $("os-form").hidden = !active;
  if (!active) {
    rev = null;
    wall = null;
    $("os-wall").replaceChildren();
    return;
  }
  if (me.openspace.rev !== rev) {
    rev = me.openspace.rev;
    load();
  }
}

export function relabel() {
  if (wall) render();
}

async function load() {
  const res = await call("GET", "openspace");
  if (res.ok && res.data.active) {
    wall = res.data;
    render();
  }
}

function status(text, kind) {
  const node = $("os-status");
  node.textContent = text;
  node.className = `status ${kind || ""}`;
}

async function propose(event) {
  event.preventDefault();
  const box = $("os-title");
  const res = await call("POST", "openspace/topics", { title: box.value });
  if (res.ok) {
    box.value = "";
    status(t("os_proposed"), "good");
    load();
  } else {
    status(res.data.message || t("err_network"), "bad");
  }
}

async function checkIn(id) {
  const res = await call("POST", `openspace/topics/${id}/checkin`);
  if (res.ok) {
    wall = res.data;
    render();
  } else {
    status(res.data.message || t("err_network"), "bad");
  }
}

function card(topic) {
  const node = el("div", { class: `card topic${topic.here ? " here" : ""}`, id: `topic-${topic.id}` },
    el("span", { class: "title", text: topic.title }));
  if (topic.space) node.append(el("span", { class: "where", text: topic.space }));
  const facts = [t(`os_mode_${topic.mode}`), t("os_people", { n: topic.count })];
  if (topic.convener) facts.unshift(t("os_convener", { name: topic.convener }));
  node.append(el("span", { class: "muted small", text: facts.join(" · ") }));
  node.append(el("button", {
    type: "button", class: topic.here ? "here" : "", "aria-pressed": topic.here ? "true" : "false",
    text: topic.here ? t("os_is_here") : t("os_here"), onclick: () => checkIn(topic.id),
  }));
  return node;
}

function render() {
  const root = $("os-wall");
  root.replaceChildren();
  if (!wall.topics.length) {
    root.append(el("p", { class: "muted", text: t("os_empty") }));
    return;
  }
  const placed = wall.topics.filter((topic) => topic.slot !== null);
  if (placed.length) {
    root.append(el("h3", { text: t("os_wall") }));
    wall.slots.forEach((label, slot) => {
      const here = placed.filter((topic) => topic.slot === slot);
      if (!here.length) return;
      root.append(el("p", { class: "slot strong", text: label }));
      here.sort((a, b) => wall.spaces.indexOf(a.space) - wall.spaces.indexOf(b.space)).forEach((topic) => root.append(card(topic)));
    });
  }
  const market = wall.topics.filter((topic) => topic.slot === null);
  if (market.length) {
    root.append(el("h3", { text: t("os_market") }));
    market.forEach((topic) => root.append(card(topic)));
  }
}

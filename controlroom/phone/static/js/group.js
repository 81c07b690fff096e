// The participant's own group in the round that runs: room, platform, countdown, question, members.
import { countdownText, now } from "./clock.js";
import { $, el } from "./dom.js";
import { t } from "./i18n.js";

let current = null;
let timer = null;

export function render(me) {
  current = me;
  const root = $("group");
  root.replaceChildren();
  const g = me.group;
  if (!g) {
    const card = el("div", { class: "card", id: "no-group" },
      el("h1", { text: t("no_group") }),
      el("p", { class: "muted", text: t("no_group_help") }));
    if (me.block) card.prepend(el("p", { class: "eyebrow", text: me.block.title }));
    else card.append(el("p", { class: "muted", text: t("no_block") }));
    root.append(card);
    tick();
    return;
  }
  const eyebrow = [me.round ? t("round_n", { n: me.round }) : null, g.name].filter(Boolean).join(" · ");
  const platform = el("span", { class: `chip ${g.platform}`, id: "group-platform", text: t(`platform_${g.platform}`) });
  const head = el("div", { class: "card", id: "group-card" },
    el("p", { class: "eyebrow", id: "group-round", text: eyebrow }),
    el("h1", { class: "room", id: "group-room", text: g.room }),
    platform,
    el("div", { class: "countdown", id: "countdown", hidden: true },
      el("span", { class: "digits", id: "countdown-digits" }),
      el("span", { class: "label", id: "countdown-label" })));
  if (g.role) head.append(el("p", { class: "role-hint", id: "role-hint", text: t(`you_are_${g.role}`) }));
  root.append(head);
  const question = el("div", { class: "card", id: "question-card" },
    el("h3", { text: t("question") }),
    el("p", { class: "question", id: "group-question", text: g.question || "" }));
  if (g.description) question.append(el("p", { class: "description", id: "group-description", text: g.description }));
  root.append(question);
  const list = el("ul", { class: "members", id: "group-members" });
  for (const person of g.people || []) {
    const item = el("li", {}, el("span", { class: "name", text: person.name }));
    if (person.role) item.append(el("span", { class: "chip", text: t(`role_${person.role}`) }));
    if (person.me) item.append(el("span", { class: "chip me", text: t("you") }));
    list.append(item);
  }
  root.append(el("div", { class: "card" }, el("h3", { text: t("members") }), list));
  tick();
}

function tick() {
  clearTimeout(timer);
  timer = null;
  const g = current && current.group;
  const box = $("countdown");
  if (!g || !box) return;
  const digits = $("countdown-digits");
  const label = $("countdown-label");
  let left = null;
  if (g.ends_at) left = (Date.parse(g.ends_at) - now()) / 1000;
  else if (g.paused_seconds !== null && g.paused_seconds !== undefined) left = g.paused_seconds;
  if (left === null) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  digits.textContent = countdownText(left);
  const paused = !g.ends_at;
  box.className = "countdown " + (paused ? "paused" : left < 0 ? "overtime" : left < 60 ? "danger" : left < 180 ? "warning" : "");
  label.textContent = paused ? t("timer_paused") : left < 0 ? t("overtime") : t("time_left");
  if (!paused) {
    const frac = left - Math.floor(left);
    timer = setTimeout(tick, Math.max(50, (frac > 0 ? frac : 1) * 1000 + 20));
  }
}

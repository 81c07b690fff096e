// One breakout room: the countdown to "back in plenary" (the room's own timer, else the block's), the
// group's first names with the leader and the note-taker marked, and the round's question.
import { locale, t } from "./i18n.js";
import { countdownText, nextTimerChange, phaseAt, remainingAt, wallClock } from "./timefmt.js";
import { role, setText, show, startView } from "./view.js";
import { showPhoneLink } from "./phonelink.js";

const parts = location.pathname.split("/");
const roomName = decodeURIComponent(parts[parts.length - 1] || "");
const el = {
  title: role("title"),
  clock: role("clock"),
  round: role("round"),
  countdown: role("countdown"),
  next: role("next"),
  none: role("none"),
  members: role("members"),
  message: role("message"),
  question: role("question"),
};
let drawnMembers = "";
setText(el.title, roomName);

function drawMembers(state) {
  const key = JSON.stringify(state.members);
  if (key === drawnMembers) return;
  drawnMembers = key;
  const list = document.createElement("ul");
  list.className = "members";
  list.dataset.role = "members";
  for (const member of state.members || []) {
    const li = document.createElement("li");
    li.textContent = member.name;
    const duties = [];
    if (member.leader) duties.push(t("room.leader"));
    if (member.note_taker) duties.push(t("room.note_taker"));
    if (duties.length) {
      li.dataset.duty = member.leader ? "leader" : "note-taker";
      const span = document.createElement("span");
      span.className = "duty";
      span.textContent = duties.join(", ");
      li.append(span);
    }
    list.append(li);
  }
  el.members.replaceWith(list);
  el.members = list;
}

function draw(state, now, synced) {
  if (!state) return;
  setText(el.title, state.room || roomName);
  setText(el.clock, wallClock(now, locale, state.tz));
  const parts = [];
  if (state.round) parts.push(t("room.round", { round: state.round }));
  if (state.block) parts.push(state.block);
  setText(el.round, parts.join(" · "));
  const remaining = synced ? remainingAt(state.timer, now) : null;
  const text = countdownText(remaining);
  setText(el.countdown, text);
  el.countdown.style.setProperty("--chars", String(text.length));
  const phase = synced && state.timer ? phaseAt(state.timer, now) : "idle";
  if (document.body.dataset.phase !== phase) document.body.dataset.phase = phase;
  setText(el.next, state.back_at ? t("room.back_at", { time: state.back_at }) : "");
  setText(el.none, state.round ? t("room.none") : t("room.waiting"));
  show(el.none, !state.found);
  drawMembers(state);
  setText(el.question, state.question || "");
  show(el.message, Boolean(state.question));
}

function nextChange(state, now) {
  return Math.min(nextTimerChange(state.timer, now) ?? Infinity, Math.floor(now / 60000) * 60000 + 60000);
}

startView({ kind: "room", room: roomName, draw, nextChange });
showPhoneLink(new URLSearchParams(location.search).get("key"));

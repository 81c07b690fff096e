// The foyer: the day's programme with projected times, now and next, and where each group meets this
// round (first names only). The clock shows hours and minutes; the running block's time left counts down.
import { locale, t } from "./i18n.js";
import { countdownText, dayLabel, nextTimerChange, remainingAt, wallClock } from "./timefmt.js";
import { role, setText, show, startView } from "./view.js";
import { showPhoneLink } from "./phonelink.js";

const el = {
  event: role("event"),
  day: role("day"),
  clock: role("clock"),
  title: role("title"),
  countdown: role("countdown"),
  left: role("left"),
  next: role("next"),
  nextTime: role("next-time"),
  agenda: document.querySelector('[data-role="agenda"] tbody'),
  groups: role("groups"),
  groupsTitle: role("groups-title"),
  groupList: document.querySelector('[data-role="groups"] ul'),
  columns: role("columns"),
};
let drawnRows = "";
let drawnGroups = "";

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

/** The rows a screen shows: two finished blocks at most before the day's next one, then the rest. */
function visibleRows(rows) {
  const first = rows.findIndex((row) => row.kind !== "done");
  return first < 0 ? rows.slice(-2) : rows.slice(Math.max(0, first - 2));
}

function drawRows(allRows) {
  const rows = visibleRows(allRows);
  const key = JSON.stringify(rows);
  if (key === drawnRows) return;
  drawnRows = key;
  const body = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    tr.className = row.kind;
    tr.append(cell(row.time, "time"), cell(row.title, "what"),
      cell(row.kind === "now" ? t("now") : row.kind === "next" ? t("next_tag") : "", "tag-cell"));
    body.append(tr);
  }
  el.agenda.replaceWith(body);
  el.agenda = body;
}

function drawGroups(groups) {
  const key = JSON.stringify(groups);
  if (key === drawnGroups) return;
  drawnGroups = key;
  show(el.groups, Boolean(groups));
  el.columns.classList.toggle("single", !groups);
  if (!groups) return;
  const heading = t(groups.now ? "groups.title" : "groups.coming", { round: groups.round });
  setText(el.groupsTitle, groups.block ? `${heading}: ${groups.block}` : heading);
  const list = document.createElement("ul");
  for (const room of groups.rooms) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.className = "room";
    name.textContent = room.room;
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = t(`where.${room.where}`);
    const names = document.createElement("span");
    names.className = "names";
    names.textContent = room.names.join(", ");
    li.append(name, where, names);
    list.append(li);
  }
  el.groupList.replaceWith(list);
  el.groupList = list;
}

function draw(state, now, synced) {
  if (!state) return;
  setText(el.event, state.event || t("app"));
  setText(el.day, dayLabel(state.day, locale));
  setText(el.clock, wallClock(now, locale, state.tz));
  setText(el.title, state.title || t("no_block"));
  const remaining = synced ? remainingAt(state.timer, now) : null;
  const counting = Boolean(state.title) && remaining !== null;
  setText(el.countdown, counting ? countdownText(remaining) : "");
  show(el.left, counting);
  setText(el.next, state.next || t("day_end"));
  setText(el.nextTime, state.next_time ? t("starts_at", { time: state.next_time }) : "");
  drawRows(state.rows || []);
  drawGroups(state.groups);
}

function nextChange(state, now) {
  const timer = nextTimerChange(state.timer, now);
  const minute = Math.floor(now / 60000) * 60000 + 60000;
  return Math.min(timer ?? Infinity, minute);
}

startView({ kind: "public", draw, nextChange });
showPhoneLink(new URLSearchParams(location.search).get("key"));

// The tech host's read-only overview: the running block and its countdown, whether this and the next
// block are streamed (and whether the stream is on air, when an adapter reports it), the cues coming up
// with their due times, every adapter's health, and the day's blocks.
import { locale, t } from "./i18n.js";
import { countdownText, nextTimerChange, nextWholeSecond, phaseAt, remainingAt, wallClock } from "./timefmt.js";
import { role, setText, startView } from "./view.js";

const el = {
  clock: role("clock"),
  title: role("title"),
  countdown: role("countdown"),
  offset: role("offset"),
  next: role("next"),
  message: role("message"),
  stream: role("stream"),
  adapters: document.querySelector('[data-role="adapters"] tbody'),
  cues: document.querySelector('[data-role="cues"] tbody'),
  blocks: document.querySelector('[data-role="blocks"] tbody'),
};
const drawn = {};

function pill(text, kind) {
  const span = document.createElement("span");
  span.className = `pill ${kind || ""}`.trim();
  span.textContent = text;
  return span;
}

function row(cells, className) {
  const tr = document.createElement("tr");
  if (className) tr.className = className;
  for (const content of cells) {
    const td = document.createElement("td");
    if (content instanceof Node) td.append(content);
    else td.textContent = content ?? "";
    tr.append(td);
  }
  return tr;
}

function fill(name, items, makeRow, empty) {
  const key = JSON.stringify(items);
  if (drawn[name] === key) return;
  drawn[name] = key;
  const body = document.createElement("tbody");
  if (!items || items.length === 0) body.append(row([empty]));
  else for (const item of items) body.append(makeRow(item));
  el[name].replaceWith(body);
  el[name] = body;
}

function streamed(value) {
  if (value === true) return pill(t("tech.streamed"), "ok");
  if (value === false) return pill(t("tech.not_streamed"));
  return pill(t("tech.unknown"));
}

function offsetText(minutes) {
  const n = Math.round(minutes || 0);
  if (n >= 1) return t("tech.offset.behind", { n });
  if (n <= -1) return t("tech.offset.ahead", { n: -n });
  return t("tech.offset.on_time");
}

const CUE_KIND = { done: "ok", failed: "bad", uncertain: "warn", missed: "bad", held: "warn", due: "warn", firing: "warn" };
const ADAPTER_KIND = { connected: "ok", degraded: "warn", down: "bad", connecting: "warn" };

function draw(state, now, synced) {
  if (!state) return;
  setText(el.clock, wallClock(now, locale, state.tz, true));
  setText(el.title, state.title || t("no_block"));
  const remaining = synced ? remainingAt(state.timer, now) : null;
  setText(el.countdown, countdownText(remaining));
  const phase = synced ? phaseAt(state.timer, now) : "idle";
  if (document.body.dataset.phase !== phase) document.body.dataset.phase = phase;
  setText(el.offset, offsetText(state.offset_minutes));
  setText(el.next, state.next ? t("next", { title: state.next }) : "");
  const alerts = [];
  if (state.message) alerts.push(`${t("tech.message")}: ${state.message}`);
  if (state.blackout) alerts.push(t("tech.blackout"));
  setText(el.message, alerts.join(" · "));
  const streamKey = JSON.stringify([state.stream, state.streaming]);
  if (drawn.stream !== streamKey) {
    drawn.stream = streamKey;
    const box = document.createElement("div");
    box.dataset.role = "stream";
    if (state.streaming !== undefined) {
      const air = document.createElement("p");
      air.append(pill(state.streaming ? t("tech.streaming") : t("tech.not_streaming"), state.streaming ? "bad" : ""));
      box.append(air);
    }
    for (const [label, value] of [["tech.stream_now", state.stream?.now], ["tech.stream_next", state.stream?.next]]) {
      const p = document.createElement("p");
      p.append(`${t(label)}: `, streamed(value));
      box.append(p);
    }
    el.stream.replaceWith(box);
    el.stream = box;
  }
  fill("cues", state.cues, (c) => row([c.time || "", c.block, c.cue, pill(t(`cue.${c.status}`), CUE_KIND[c.status])]),
    t("tech.no_cues"));
  fill("adapters", state.adapters, (a) => row([a.name, pill(t(`adapter.${a.state}`), ADAPTER_KIND[a.state]), a.reason || ""]),
    t("tech.no_adapters"));
  fill("blocks", state.blocks, (b) => row([b.time, b.title, streamed(b.streamed)], b.kind), "");
}

function nextChange(state, now) {
  return Math.min(nextWholeSecond(now), nextTimerChange(state.timer, now) ?? Infinity);
}

startView({ kind: "tech", draw, nextChange });

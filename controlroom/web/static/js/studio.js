// A studio clock: the time of day of the server (in the event's zone) with a ring of sixty second dots,
// and the running block's countdown beneath it. Every dot and digit flips on the server's whole second.
import { t } from "./i18n.js";
import { countdownText, nextTimerChange, nextWholeSecond, phaseAt, remainingAt, wallParts } from "./timefmt.js";
import { role, setText, startView } from "./view.js";

const SVG = "http://www.w3.org/2000/svg";
const el = {
  dial: role("dial"),
  clock: role("clock"),
  seconds: role("seconds"),
  countdown: role("countdown"),
  title: role("title"),
};
const dots = [];
for (let i = 0; i < 60; i++) {
  const angle = (i / 60) * 2 * Math.PI;
  const dot = document.createElementNS(SVG, "circle");
  dot.setAttribute("cx", (Math.sin(angle) * 92).toFixed(2));
  dot.setAttribute("cy", (-Math.cos(angle) * 92).toFixed(2));
  dot.setAttribute("r", i % 5 === 0 ? "4.2" : "3");
  if (i % 5 === 0) dot.classList.add("hour");
  el.dial.append(dot);
  dots.push(dot);
}
let lit = -1;

function draw(state, now, synced) {
  if (!state) return;
  const two = (n) => String(n).padStart(2, "0");
  if (synced) {
    const { h, m, s } = wallParts(now, state.tz);
    setText(el.clock, `${two(h)}:${two(m)}`);
    setText(el.seconds, two(s));
    if (s !== lit) {
      dots.forEach((dot, i) => dot.classList.toggle("on", i <= s));
      lit = s;
    }
  }
  const remaining = synced ? remainingAt(state.timer, now) : null;
  setText(el.countdown, state.timer && !state.timer.idle ? countdownText(remaining) : "");
  setText(el.title, state.title || t("no_block"));
  const phase = synced ? phaseAt(state.timer, now) : "idle";
  if (document.body.dataset.phase !== phase) document.body.dataset.phase = phase;
}

function nextChange(state, now) {
  return Math.min(nextWholeSecond(now), nextTimerChange(state.timer, now) ?? Infinity);
}

startView({ kind: "clock", draw, nextChange });

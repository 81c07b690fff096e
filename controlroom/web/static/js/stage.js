// The speaker's screen: the countdown in the phase colours, title, next, the moderator's message (it
// flashes for its first seconds, counted from when it was sent, so every screen flashes together),
// blackout; with ?clock=1 the time of day, with ?progress=1 a bar of the block's time; ?next=0 and
// ?title=0 leave those out.
import { locale, t } from "./i18n.js";
import { countdownText, flashOn, nextTimerChange, nextWholeSecond, phaseAt, remainingAt, wallClock } from "./timefmt.js";
import { option, role, setText, show, startView } from "./view.js";

const FLASH_SECONDS = 4;
const withClock = option("clock");
const withProgress = option("progress");
const withNext = option("next", true);
const withTitle = option("title", true);

const el = {
  countdown: role("countdown"),
  title: role("title"),
  next: role("next"),
  message: role("message"),
  clock: role("clock"),
  badge: role("badge"),
  progress: role("progress"),
  bar: document.querySelector('[data-role="progress"] .bar'),
};
show(el.clock, withClock);
document.body.classList.toggle("with-clock", withClock);
show(el.progress, withProgress);

function messageShown(state, now) {
  if (!state.message) return null;
  if (Number.isFinite(state.message_expires_at) && now >= state.message_expires_at) return null;
  return state.message;
}

function flashing(state, now) {
  if (!Number.isFinite(state.message_since)) return false;
  const age = (now - state.message_since) / 1000;
  return age >= 0 && age <= FLASH_SECONDS && Math.floor(age) % 2 === 0;
}

function draw(state, now, synced) {
  const body = document.body;
  if (!state) return;
  body.classList.toggle("blackout", Boolean(state.blackout));
  const timer = state.timer;
  const remaining = synced ? remainingAt(timer, now) : null;
  const text = countdownText(remaining);
  setText(el.countdown, text);
  el.countdown.style.setProperty("--chars", String(text.length));
  const phase = synced ? phaseAt(timer, now) : "idle";
  if (body.dataset.phase !== phase) body.dataset.phase = phase;
  body.classList.toggle("dim", phase === "overtime" && remaining !== null && !flashOn(remaining));
  setText(el.title, withTitle ? (state.title || t("no_block")) : "");
  setText(el.next, withNext && state.next ? t("next", { title: state.next }) : "");
  setText(el.badge, timer && timer.paused ? t("paused") : "");
  show(el.badge, Boolean(timer && timer.paused));
  const message = messageShown(state, now);
  setText(el.message, message || "");
  show(el.message, Boolean(message));
  body.classList.toggle("has-message", Boolean(message));
  el.message.classList.toggle("flash", Boolean(message) && flashing(state, now));
  if (withClock) setText(el.clock, wallClock(now, locale, state.tz, true));
  if (withProgress && el.bar) {
    const share = timer && timer.duration > 0 && remaining !== null ? 1 - Math.max(0, remaining) / timer.duration : 0;
    el.bar.style.width = `${(Math.min(1, Math.max(0, share)) * 100).toFixed(2)}%`;
  }
}

function nextChange(state, now) {
  const candidates = [nextTimerChange(state.timer, now)];
  if (withClock) candidates.push(nextWholeSecond(now));
  if (Number.isFinite(state.message_since)) {
    const age = now - state.message_since;
    if (age < FLASH_SECONDS * 1000 + 1000) candidates.push(state.message_since + (Math.floor(Math.max(age, -1) / 1000) + 1) * 1000);
  }
  if (Number.isFinite(state.message_expires_at) && state.message_expires_at > now) candidates.push(state.message_expires_at);
  const future = candidates.filter((c) => c !== null && c > now - 1);
  return future.length ? Math.min(...future) : null;
}

startView({ kind: "stage", draw, nextChange });

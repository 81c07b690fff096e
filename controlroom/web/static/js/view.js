// What every view shares: the key and options from the address, the language, the server's clock, the
// link, the status banner, and the flipper that redraws exactly when something shown changes.
import { translatePage, t } from "./i18n.js";
import { Flipper } from "./flip.js";
import { Link } from "./link.js";
import { ServerClock } from "./servertime.js";

export const query = new URLSearchParams(location.search);

/** A yes/no option from the address (`?clock=1`, `?next=0`). */
export function option(name, fallback = false) {
  const value = query.get(name);
  if (value === null) return fallback;
  return !["0", "false", "no", "nei", "off"].includes(value.toLowerCase());
}

export function role(name) {
  return document.querySelector(`[data-role="${name}"]`);
}

/** Set an element's text only when it changed (a changed text is what a kiosk script watches). */
export function setText(el, text) {
  if (el && el.textContent !== text) el.textContent = text;
}

export function show(el, visible) {
  if (el && el.hidden === visible) el.hidden = !visible;
}

/**
 * Start a view: `kind` ("stage", …), `room` for a breakout room, `draw(state, now)` paints the page from
 * the last snapshot at server time `now`, `nextChange(state, now)` gives the next instant it changes.
 */
export function startView({ kind, room = null, draw, nextChange }) {
  translatePage();
  const clock = new ServerClock();
  let state = null;
  const flipper = new Flipper(
    clock,
    (now) => (state && clock.synced ? nextChange(state, now) : null),
    (now) => draw(state, now, clock.synced),
  );
  const banner = role("status");
  const link = new Link({
    view: kind,
    room,
    key: query.get("key"),
    clock,
    onState: (data) => {
      state = data;
      document.body.dataset.updated = String(Date.now());
      flipper.kick();
    },
    onStatus: (status) => {
      document.body.dataset.link = status;
      const text = status === "offline" ? t("status.offline") : status === "revoked" ? t("status.revoked")
        : status === "connecting" ? t("status.connecting") : "";
      setText(banner, text);
      show(banner, text !== "");
      flipper.kick();
    },
  });
  link.start();
  document.addEventListener("visibilitychange", () => flipper.kick());
  return { clock, link, flipper };
}

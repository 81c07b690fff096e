// What the countdowns show, computed from a snapshot's timer and the server's clock (the same rules as
// the moderator's window: counting down it rounds up, past zero the overrun counts up with a "+").

/** Seconds left at `now` (server ms); negative in overtime; null with no block. */
export function remainingAt(timer, now) {
  if (!timer || timer.idle) return null;
  if (timer.running && Number.isFinite(timer.ends_at)) return (timer.ends_at - now) / 1000;
  return Number.isFinite(timer.remaining) ? timer.remaining : null;
}

export function displayedSeconds(remaining) {
  if (remaining > 0) return Math.ceil(remaining - 1e-9);
  return -Math.floor(-remaining + 1e-9);
}

export function formatSeconds(total) {
  total = Math.abs(Math.trunc(total));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

export function countdownText(remaining) {
  if (remaining === null) return "--:--";
  const shown = displayedSeconds(remaining);
  return shown < 0 ? "+" + formatSeconds(-shown) : formatSeconds(shown);
}

/** The phase at `now`: the snapshot's while stopped, moved on by the clock while running. */
export function phaseAt(timer, now) {
  if (!timer || timer.idle) return "idle";
  if (!timer.running) return timer.phase || "paused";
  const left = remainingAt(timer, now);
  if (left < 0) return "overtime";
  if (left <= timer.danger) return "danger";
  if (left <= timer.warn) return "warning";
  return "default";
}

/** In overtime the countdown flashes once a second, in step with the displayed overrun. */
export function flashOn(remaining) {
  return displayedSeconds(remaining) % 2 === 0;
}

/** The next instant (server ms) the countdown's text or phase changes, or null when it stands still. */
export function nextTimerChange(timer, now) {
  if (!timer || timer.idle || !timer.running || !Number.isFinite(timer.ends_at)) return null;
  const r = (timer.ends_at - now) / 1000;
  let next = timer.ends_at - (Math.ceil(r) - 1) * 1000;
  for (const threshold of [timer.warn, timer.danger, 0]) {
    const at = timer.ends_at - threshold * 1000;
    if (at > now && at < next) next = at;
  }
  return next;
}

/** The next whole second of the server's clock (for wall clocks). */
export function nextWholeSecond(now) {
  return Math.floor(now / 1000) * 1000 + 1000;
}

const formatters = new Map();
function formatter(locale, tz, withSeconds) {
  const key = `${locale}|${tz}|${withSeconds}`;
  if (!formatters.has(key)) {
    const options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    if (withSeconds) options.second = "2-digit";
    try {
      formatters.set(key, new Intl.DateTimeFormat(locale, { ...options, timeZone: tz || undefined }));
    } catch {
      formatters.set(key, new Intl.DateTimeFormat(locale, options));
    }
  }
  return formatters.get(key);
}

/** The wall-clock time of server instant `ms` in the event's zone: "14:05" or "14:05:09". */
export function wallClock(ms, locale, tz, withSeconds = false) {
  return formatter(locale, tz, withSeconds).format(new Date(Math.floor(ms / 1000) * 1000));
}

/** Hours, minutes and seconds of server instant `ms` in the event's zone (for the studio clock). */
export function wallParts(ms, tz) {
  const parts = formatter("en-GB", tz, true).formatToParts(new Date(Math.floor(ms / 1000) * 1000));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { h: get("hour") % 24, m: get("minute"), s: get("second") };
}

/** A long date in the page's language: "mandag 6. mai" / "Monday 6 May". */
export function dayLabel(iso, locale) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  const text = new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

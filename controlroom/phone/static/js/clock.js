// The server's clock, estimated from what it sends: every phone counts the same seconds down and
// flips with the others, also when the network drops for a while.
let offset = 0;

export function setServerNow(iso) {
  const server = Date.parse(iso);
  if (!Number.isNaN(server)) offset = server - Date.now();
}

export function now() {
  return Date.now() + offset;
}

function pad(n) {
  return String(n).padStart(2, "0");
}

export function countdownText(seconds) {
  const over = seconds < 0;
  const whole = over ? Math.floor(-seconds) : Math.ceil(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const body = h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
  return over ? `+${body}` : body;
}

let zone;

export function setZone(name) {
  zone = name || undefined;
}

export function localTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  try {
    // The event's time zone (the phone may be set to another)
    return new Intl.DateTimeFormat("nb-NO", { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(d);
  } catch (e) {
    return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }
}

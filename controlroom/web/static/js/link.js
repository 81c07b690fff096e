// The page's line to the server: one WebSocket with a ping every second (the heartbeat and the clock
// samples), a burst of pings at each (re)connect for a quick first estimate, silence or a close noticed
// within 2.5 s (the page shows it is offline and keeps counting from what it knew), and reconnects with
// a growing, jittered delay. A key that no longer opens the view stops the retries.

const PING_MS = 1000;
const BURST = 6;
const BURST_GAP_MS = 60;
const SILENCE_MS = 2500;
const BACKOFF_MS = [500, 1000, 2000, 3000, 5000];

export class Link {
  constructor({ view, room = null, key = null, clock, onState, onStatus }) {
    this.view = view;
    this.room = room;
    this.key = key;
    this.clock = clock;
    this.onState = onState;
    this.onStatus = onStatus;
    this.ws = null;
    this.attempt = 0;
    this.pingId = 0;
    this.sent = new Map();
    this.heardAt = 0;
    this.status = null;
    this.timers = [];
    this.watchdog = setInterval(() => this.checkSilence(), 250);
  }

  url() {
    const params = new URLSearchParams({ view: this.view });
    if (this.room !== null) params.set("room", this.room);
    if (this.key) params.set("key", this.key);
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    return `${scheme}://${location.host}/ws?${params}`;
  }

  setStatus(status) {
    if (status === this.status) return;
    this.status = status;
    this.onStatus(status);
  }

  start() {
    this.setStatus("connecting");
    this.connect();
  }

  connect() {
    let ws;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.down(null, false);
      return;
    }
    this.ws = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      this.heardAt = performance.now();
      this.attempt = 0;
      for (let i = 0; i < BURST; i++) this.later(() => this.ping(ws), i * BURST_GAP_MS);
      this.pinger = setInterval(() => this.ping(ws), PING_MS);
    };
    ws.onmessage = (event) => {
      if (ws !== this.ws) return;
      this.heardAt = performance.now();
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (message.t === "pong") {
        const sentAt = this.sent.get(message.id);
        this.sent.delete(message.id);
        if (sentAt !== undefined) this.clock.sample(sentAt, this.heardAt, message.s);
        if (this.clock.synced) this.setStatus("online");
      } else if (message.t === "state") {
        this.onState(message.data);
      } else if (message.t === "bye" && message.reason === "revoked") {
        this.revoked = true;
      }
    };
    ws.onclose = (event) => {
      if (ws !== this.ws) return;
      this.down(event.code, opened);
    };
  }

  ping(ws) {
    if (ws !== this.ws || ws.readyState !== WebSocket.OPEN) return;
    const id = (this.pingId = (this.pingId + 1) % 2 ** 31);
    this.sent.set(id, performance.now());
    if (this.sent.size > 64) this.sent.delete(this.sent.keys().next().value);
    ws.send(JSON.stringify({ t: "ping", id }));
  }

  later(fn, ms) {
    this.timers.push(setTimeout(fn, ms));
  }

  checkSilence() {
    const ws = this.ws;
    if (ws && ws.readyState === WebSocket.OPEN && performance.now() - this.heardAt > SILENCE_MS) {
      this.ws = null; // whatever this socket does later is ignored
      try {
        ws.close();
      } catch {
        /* already closing */
      }
      this.down(null, true);
    }
  }

  async down(code, opened) {
    clearInterval(this.pinger);
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
    this.sent.clear();
    this.ws = null;
    if (code === 4403 || this.revoked || (!opened && (await this.keyRefused()))) {
      this.setStatus("revoked");
      return;
    }
    this.setStatus("offline");
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)];
    this.attempt += 1;
    setTimeout(() => this.connect(), base * (0.8 + Math.random() * 0.4));
  }

  /** After a failed handshake: does the server refuse this page's key (401/403), or was it just away? */
  async keyRefused() {
    try {
      const answer = await fetch(location.href, { method: "HEAD", cache: "no-store" });
      return answer.status === 401 || answer.status === 403;
    } catch {
      return false;
    }
  }
}

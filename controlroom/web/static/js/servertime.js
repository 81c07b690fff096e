// The server's clock as seen from this page: an offset to performance.now(), estimated from ping round
// trips over the WebSocket. Of the recent samples, the one with the shortest round trip wins (its
// midpoint is the least uncertain); the window slides, so the estimate follows drift.

const WINDOW = 60;

export class ServerClock {
  constructor() {
    this.samples = [];
    this.offset = null; // server epoch ms − performance.now()
    this.rtt = null;
  }

  /** One ping: sent at `sentAt`, answered at `receivedAt` (performance.now()), server time `serverMs`. */
  sample(sentAt, receivedAt, serverMs) {
    const rtt = receivedAt - sentAt;
    if (!(rtt >= 0) || !Number.isFinite(serverMs)) return;
    this.samples.push({ rtt, offset: serverMs - (sentAt + receivedAt) / 2 });
    if (this.samples.length > WINDOW) this.samples.shift();
    let best = this.samples[0];
    for (const s of this.samples) if (s.rtt < best.rtt) best = s;
    this.offset = best.offset;
    this.rtt = best.rtt;
  }

  get synced() {
    return this.offset !== null;
  }

  /** The server's time now, epoch milliseconds. */
  now() {
    return performance.now() + (this.offset ?? performance.timeOrigin);
  }
}

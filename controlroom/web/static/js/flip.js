// Flip exactly on the boundary: a single setTimeout to the next instant anything shown changes (from
// the server's clock), then the drawing on the next animation frame; after each frame the next
// boundary is computed again from the clock, so errors never add up.

export class Flipper {
  constructor(clock, nextChange, draw) {
    this.clock = clock;
    this.nextChange = nextChange; // (serverNow) => server epoch ms of the next change, or null
    this.draw = draw; // (serverNow) => void
    this.timer = null;
    this.frame = null;
  }

  /** Draw now (on the next frame) and schedule the next flip; call after every new state. */
  kick() {
    clearTimeout(this.timer);
    this.timer = null;
    if (this.frame === null) this.frame = requestAnimationFrame(() => this.onFrame());
  }

  onFrame() {
    this.frame = null;
    const now = this.clock.now();
    this.draw(now);
    this.schedule(now);
  }

  schedule(now) {
    clearTimeout(this.timer);
    const next = this.nextChange(now);
    if (next === null || next === undefined || !Number.isFinite(next)) return;
    const delay = Math.max(0, next - this.clock.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.frame === null) this.frame = requestAnimationFrame(() => this.onFrame());
    }, Math.min(delay, 60_000));
  }
}

// Per-attempt timeouts on one timer per client. A timer per attempt is set and cleared
// around every request, which costs more than the rest of our layer together; here the timer
// is armed for the earliest pending deadline and, as long as requests keep finishing in
// time, rarely has to move.

/** A registered deadline; pass it back to `cancel` once the attempt is over. */
export interface Deadline {
  readonly at: number;
  readonly onExpire: () => void;
}

type Timer = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

export class Deadlines {
  private readonly pending = new Set<Deadline>();
  private timer: Timer | undefined;
  private armedFor = Infinity;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Calls `onExpire` once `ms` milliseconds have passed, unless cancelled before. */
  add(ms: number, onExpire: () => void): Deadline {
    const deadline = { at: this.now() + ms, onExpire };
    if (this.pending.size === 0) this.timer?.ref?.();
    this.pending.add(deadline);
    if (deadline.at < this.armedFor) this.arm(deadline.at);
    return deadline;
  }

  cancel(deadline: Deadline): void {
    // An idle timer must not keep a Node process alive; it stays armed (cheaper than
    // clearing and setting it again for the next request) but no longer counts.
    if (this.pending.delete(deadline) && this.pending.size === 0) this.timer?.unref?.();
  }

  private arm(at: number): void {
    clearTimeout(this.timer);
    this.armedFor = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - this.now())) as Timer;
  }

  private fire(): void {
    this.timer = undefined;
    this.armedFor = Infinity;
    const now = this.now();
    let next = Infinity;
    for (const deadline of this.pending) {
      if (deadline.at <= now) {
        this.pending.delete(deadline);
        deadline.onExpire();
      } else if (deadline.at < next) {
        next = deadline.at;
      }
    }
    if (next < Infinity) this.arm(next);
  }
}

/**
 * A fixed-window failure counter per key (sign-in: per address and per email). In memory: one
 * process owns the sign-in route; a restart forgives, which is acceptable for this purpose.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  blockedFor(key: string): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    const t = this.now();
    if (t >= entry.resetAt) {
      this.failures.delete(key);
      return 0;
    }
    return entry.count >= this.maxFailures ? entry.resetAt - t : 0;
  }

  fail(key: string): void {
    const t = this.now();
    const entry = this.failures.get(key);
    if (!entry || t >= entry.resetAt) this.failures.set(key, { count: 1, resetAt: t + this.windowMs });
    else entry.count += 1;
    if (this.failures.size > 100_000) this.sweep(t);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, e] of this.failures) if (t >= e.resetAt) this.failures.delete(k);
  }
}

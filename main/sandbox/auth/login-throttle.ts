/**
 * Locks a username out after repeated failed logins (Auth.LockedOut). Counted per username,
 * known or not, so the lockout itself does not reveal which usernames exist.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly maxFailures = 5,
    private readonly lockMs = 30 * 60 * 1000,
  ) {}

  isLocked(username: string, now: number): boolean {
    const entry = this.failures.get(username.toLowerCase());
    if (!entry || entry.count < this.maxFailures) return false;
    if (now < entry.lockedUntil) return true;
    this.failures.delete(username.toLowerCase());
    return false;
  }

  recordFailure(username: string, now: number): void {
    const key = username.toLowerCase();
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    this.failures.set(key, { count, lockedUntil: now + this.lockMs });
  }

  recordSuccess(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  clear(): void {
    this.failures.clear();
  }
}

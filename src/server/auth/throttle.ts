/**
 * Login throttling per user name (§C9): the first `freeFailures` consecutive failures cost nothing
 * more than the failure; from then on every further failure locks the name for
 * baseMs × 2^(n − freeFailures), capped at maxMs (30 s, 60 s, 2 min … 15 min by default). A success
 * clears the record. Pure logic over an injected time: the handler passes the clock's milliseconds.
 *
 * The state lives in the server process's memory, like the sessions: a restart forgets it, which
 * costs an attacker a restart of the desktop app (which they would need to be able to do anyway) and
 * is acceptable. Only the server signs in — the CLI acts as the local administrator without a
 * password — so no second process needs to share the state.
 *
 * Names are throttled whether or not the account exists, so the lock reveals nothing either.
 */
export type ThrottlePolicy = {
  /** Consecutive failures allowed before the first lock. */
  freeFailures: number
  baseMs: number
  maxMs: number
  /** A record idle this long is forgotten (a week-old typo should not count). */
  forgetAfterMs: number
  /** Records kept at most; the stalest go first, so random names cannot exhaust memory. */
  maxEntries: number
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  baseMs: 30_000,
  maxMs: 15 * 60_000,
  forgetAfterMs: 24 * 3_600_000,
  maxEntries: 10_000
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAtMs: number }

type Entry = { failures: number; lockedUntilMs: number; lastMs: number }

export class LoginThrottle {
  private readonly entries = new Map<string, Entry>()
  constructor(private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE) {}

  /**
   * Admits an attempt, or refuses it while the name is locked. An admitted attempt is counted as a
   * failure at once, before the password is checked, so several attempts sent together cannot all
   * slip in before the first of them fails; `succeeded` takes it back.
   */
  admit(name: string, nowMs: number): ThrottleDecision {
    let entry = this.entries.get(name)
    if (entry && nowMs - entry.lastMs > this.policy.forgetAfterMs && nowMs >= entry.lockedUntilMs) {
      this.entries.delete(name)
      entry = undefined
    }
    if (entry && nowMs < entry.lockedUntilMs)
      return { allowed: false, retryAtMs: entry.lockedUntilMs }
    if (!entry) {
      this.makeRoom()
      entry = { failures: 0, lockedUntilMs: 0, lastMs: nowMs }
    }
    // Re-inserted so the map's order stays least-recently-used first, for makeRoom.
    this.entries.delete(name)
    this.entries.set(name, entry)
    entry.failures++
    entry.lastMs = nowMs
    const over = entry.failures - this.policy.freeFailures
    if (over >= 0) {
      entry.lockedUntilMs =
        nowMs + Math.min(this.policy.maxMs, this.policy.baseMs * 2 ** Math.min(over, 30))
    }
    return { allowed: true }
  }

  /** The attempt succeeded: the name starts afresh. */
  succeeded(name: string): void {
    this.entries.delete(name)
  }

  /** Consecutive failures recorded for the name (for tests and diagnostics). */
  failures(name: string): number {
    return this.entries.get(name)?.failures ?? 0
  }

  private makeRoom(): void {
    while (this.entries.size >= this.policy.maxEntries) {
      const oldest = this.entries.keys().next()
      if (oldest.done) return
      this.entries.delete(oldest.value)
    }
  }
}

const BEIJING_OFFSET_MS = 8 * 3_600_000

/** "请在 1 分 30 秒后（北京时间 10:31:30 以后）再试" — when, in the office's own time. */
export function retryMessage(retryAtMs: number, nowMs: number): string {
  const seconds = Math.max(1, Math.ceil((retryAtMs - nowMs) / 1000))
  const wait =
    seconds >= 60
      ? `${Math.floor(seconds / 60)} 分${seconds % 60 ? ` ${seconds % 60} 秒` : '钟'}`
      : `${seconds} 秒`
  const clock = new Date(retryAtMs + BEIJING_OFFSET_MS).toISOString().slice(11, 19)
  return `登录失败次数过多，该账号已暂时锁定。请在 ${wait}后（北京时间 ${clock} 以后）再试。`
}

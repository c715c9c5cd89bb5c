import { randomBytes } from 'node:crypto'

type Entry = { userId: string; lastSeen: number }

/**
 * Sessions live in the server's memory only: a restart signs everybody out, and no token is ever
 * written to disk. A session idle longer than `idleMs` is gone (idle lock on shared desktops).
 */
export class SessionStore {
  private readonly entries = new Map<string, Entry>()
  constructor(private readonly idleMs: number = 30 * 60_000) {}

  open(userId: string, nowMs: number): string {
    const token = randomBytes(32).toString('base64url')
    this.entries.set(token, { userId, lastSeen: nowMs })
    return token
  }

  /** The user of a live session, refreshing its idle timer; null when unknown or expired. */
  touch(token: string, nowMs: number): string | null {
    const entry = this.entries.get(token)
    if (!entry) return null
    if (nowMs - entry.lastSeen > this.idleMs) {
      this.entries.delete(token)
      return null
    }
    entry.lastSeen = nowMs
    return entry.userId
  }

  close(token: string): void {
    this.entries.delete(token)
  }

  closeAllFor(userId: string): void {
    for (const [token, entry] of this.entries)
      if (entry.userId === userId) this.entries.delete(token)
  }
}

import type Database from 'better-sqlite3'
import type { Clock } from '../clock'
import { createBackup, type BackupOptions } from './create'
import type { BackupInfo } from './names'
import { currentConnection } from './successors'

export type ScheduleOptions = Omit<BackupOptions, 'clock'> & {
  /** Called after each scheduled backup (tests, a status line). */
  onBackup?: (info: BackupInfo) => void
  /** A failed backup must not stop the schedule nor crash the server; default: console.error. */
  onError?: (error: unknown) => void
}

/**
 * Takes a `scheduled` backup of the server's connection every `intervalMs` (§B8: at least daily),
 * retention applied after each. A tick that finds the previous backup still running is skipped
 * rather than queued. Returns `stop`: it cancels the timer and resolves when a backup under way has
 * finished, so the server awaits it before closing the database.
 */
export function startBackupSchedule(
  db: Database.Database,
  dataDir: string,
  intervalMs: number,
  clock: Clock,
  options: ScheduleOptions = {}
): () => Promise<void> {
  if (!(intervalMs >= 1000)) throw new Error(`backup interval too short: ${intervalMs} ms`)
  const onError = options.onError ?? ((error: unknown) => console.error('定时备份失败：', error))
  let running: Promise<void> | null = null
  let stopped = false
  const tick = () => {
    if (running || stopped) return
    // After a live restore the server works on a new connection: back that one up (successors.ts).
    running = createBackup(currentConnection(db), dataDir, 'scheduled', { ...options, clock }).then(
      (info) => {
        // Cleared before the callback, so the next tick is never skipped for a finished backup.
        running = null
        try {
          options.onBackup?.(info)
        } catch (error) {
          onError(error)
        }
      },
      (error: unknown) => {
        running = null
        onError(error)
      }
    )
  }
  const timer = setInterval(tick, intervalMs)
  // The schedule alone must not keep a process (the CLI, a test) alive.
  timer.unref()
  return async () => {
    stopped = true
    clearInterval(timer)
    await running
  }
}

import { afterEach, describe, expect, it, vi } from 'vitest'
import { listBackups } from './list'
import type { BackupInfo } from './names'
import { startBackupSchedule } from './schedule'
import { liveFolder, type LiveFolder } from './test-support'

let live: LiveFolder | undefined
afterEach(() => {
  vi.useRealTimers()
  live?.remove()
  live = undefined
})

describe('startBackupSchedule', () => {
  it('takes a scheduled backup every interval until stopped', async () => {
    live = await liveFolder()
    // Only the interval is faked: the backup API steps with setImmediate, which must stay real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const taken: BackupInfo[] = []
    let next: () => void = () => undefined
    const tookOne = () => new Promise<void>((resolve) => (next = resolve))
    const hour = 3_600_000
    const stop = startBackupSchedule(live.server.deps.db, live.dir, hour, live.clock, {
      onBackup: (info) => {
        taken.push(info)
        next()
      },
      onError: (error) => {
        throw error
      }
    })

    vi.advanceTimersByTime(hour - 1)
    expect(taken).toEqual([])
    let done = tookOne()
    vi.advanceTimersByTime(1)
    await done
    live.clock.set('2026-03-02T03:00:00Z')
    done = tookOne()
    vi.advanceTimersByTime(hour)
    await done
    expect(taken.map((b) => [b.reason, b.takenAt])).toEqual([
      ['scheduled', '2026-03-02T02:00:00.000Z'],
      ['scheduled', '2026-03-02T03:00:00.000Z']
    ])

    await stop()
    vi.advanceTimersByTime(5 * hour)
    expect(listBackups(live.dir)).toHaveLength(2)
  })

  it('refuses a nonsensical interval', async () => {
    live = await liveFolder()
    expect(() => startBackupSchedule(live!.server.deps.db, live!.dir, 0, live!.clock)).toThrow()
  })
})

// When seeded records were written: during office hours (09:00–17:00 Asia/Shanghai, 01:00–09:00 UTC)
// on the day the step is dated, each step of a case after the one before it, as an officer would
// have recorded them. Timestamps are UTC ISO-8601 like every event timestamp of the app.
import { dayNumber } from '../dates'
import type { Rng } from '../prng'

const DAY_MS = 86_400_000
const OFFICE_START_MS = 3_600_000 // 01:00 UTC = 09:00 in Shanghai
const OFFICE_SPAN_MS = 8 * 3_600_000

/** Milliseconds of a random office-hour moment of `date` (whole seconds). */
export function officeMoment(rng: Rng, date: string): number {
  return dayNumber(date) * DAY_MS + OFFICE_START_MS + rng.int(0, OFFICE_SPAN_MS / 1000 - 1) * 1000
}

/** A case's own clock: every step is written after the previous one, on its own date or later. */
export type StepClock = { at: (date: string) => number; last: () => number }

export function stepClock(rng: Rng, startMs: number): StepClock {
  let last = startMs
  return {
    at(date) {
      // A step dated the same day as the previous one follows it within minutes.
      const moment = officeMoment(rng, date)
      last = moment > last ? moment : last + rng.int(1, 20) * 60_000
      return last
    },
    last: () => last
  }
}

export const isoOf = (ms: number): string => new Date(ms).toISOString()

/** The Asia/Shanghai calendar date of a moment (UTC + 8 h). */
export function shanghaiDay(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
}

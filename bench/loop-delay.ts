// The event loop's responsiveness as a user feels it. Node's monitorEventLoopDelay reports percentiles
// per timer sample, so one 20-second block among a thousand 10 ms ticks hardly moves its p99. What a
// request arriving at a random moment waits for is a question about time instead: a request that
// lands in a gap of g ms between two turns of the loop waits for the rest of that gap, so long gaps
// weigh in proportion to their length.

/** The wait that requests arriving uniformly at random over the gaps exceed with probability 1 − q. */
export function waitPercentile(gapsMs: readonly number[], q: number): number {
  const total = gapsMs.reduce((a, b) => a + b, 0)
  if (total === 0) return 0
  // Time during which a request would wait longer than w: Σ max(0, g − w). Find w where that is
  // (1 − q) of all time; it falls as w grows, so bisect.
  const beyond = (w: number) => gapsMs.reduce((a, g) => a + Math.max(0, g - w), 0)
  let lo = 0
  let hi = Math.max(...gapsMs)
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (beyond(mid) > (1 - q) * total) lo = mid
    else hi = mid
  }
  return hi
}

/** A gap between two turns of the loop: how long, and when it ended (ms after the monitor started). */
export type Gap = { ms: number; endedAt: number }

export type LoopMonitor = {
  stop: () => { p99: number; max: number; ms: number; longest: Gap[] }
}

/** Records the gaps between turns of the event loop (a 1 ms timer re-armed on every turn). */
export function monitorLoop(): LoopMonitor {
  const gaps: number[] = []
  const ends: number[] = []
  const started = performance.now()
  let last = started
  let timer: NodeJS.Timeout | null = null
  const record = (now: number) => {
    gaps.push(now - last)
    ends.push(now - started)
    last = now
  }
  const tick = () => {
    record(performance.now())
    timer = setTimeout(tick, 1)
  }
  timer = setTimeout(tick, 1)
  return {
    stop() {
      if (timer) clearTimeout(timer)
      const now = performance.now()
      record(now)
      // The three longest gaps and when they ended: where to look when the p99 is high.
      const longest = gaps
        .map((ms, i) => ({ ms, endedAt: ends[i] ?? 0 }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
      return { p99: waitPercentile(gaps, 0.99), max: Math.max(...gaps), ms: now - started, longest }
    }
  }
}

// Timing: many samples of one call each, summarised by median and p95 (never the mean: one GC pause
// or a neighbour's burst on a 2-core machine would move it). An operation and its baseline are
// sampled interleaved, alternating which goes first, so drift in machine load hits both alike and
// their ratio stays meaningful even when the absolute numbers are noisy.

export type Samples = { n: number; median: number; p95: number }

/** How long to sample: stop at `maxSamples` or after `budgetMs`, but never before `minSamples`. */
export type Plan = { warmup: number; minSamples: number; maxSamples: number; budgetMs: number }

export const FAST: Plan = { warmup: 200, minSamples: 200, maxSamples: 5_000, budgetMs: 2_500 }
export const SLOW: Plan = { warmup: 3, minSamples: 15, maxSamples: 200, budgetMs: 6_000 }

type Op = () => unknown

/** Runs `op`, awaiting it only when it returns a promise, and returns the elapsed milliseconds. */
async function timeOnce(op: Op): Promise<number> {
  const t0 = performance.now()
  const r = op()
  if (r instanceof Promise) await r
  return performance.now() - t0
}

export function summarise(ms: number[]): Samples {
  const sorted = [...ms].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
  // Median of an even count: the mean of the two middle samples.
  const mid = sorted.length / 2
  const median =
    sorted.length % 2 === 0 ? ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2 : at(0.5)
  return { n: sorted.length, median, p95: at(0.95) }
}

/** Samples `op` alone (an operation with no baseline). */
export async function sample(op: Op, plan: Plan): Promise<Samples> {
  for (let i = 0; i < plan.warmup; i++) await timeOnce(op)
  const ms: number[] = []
  const start = performance.now()
  while (
    ms.length < plan.minSamples ||
    (ms.length < plan.maxSamples && performance.now() - start < plan.budgetMs)
  ) {
    ms.push(await timeOnce(op))
  }
  return summarise(ms)
}

/** Samples `op` and `baseline` interleaved; both get the same number of samples. */
export async function samplePair(
  op: Op,
  baseline: Op,
  plan: Plan
): Promise<{ op: Samples; baseline: Samples }> {
  for (let i = 0; i < plan.warmup; i++) {
    await timeOnce(op)
    await timeOnce(baseline)
  }
  const a: number[] = []
  const b: number[] = []
  const start = performance.now()
  while (
    a.length < plan.minSamples ||
    (a.length < plan.maxSamples && performance.now() - start < plan.budgetMs)
  ) {
    if (a.length % 2 === 0) {
      a.push(await timeOnce(op))
      b.push(await timeOnce(baseline))
    } else {
      b.push(await timeOnce(baseline))
      a.push(await timeOnce(op))
    }
  }
  return { op: summarise(a), baseline: summarise(b) }
}

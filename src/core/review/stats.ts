// Descriptive statistics for peer comparison and the consistency report.
//
// Quartiles use Hyndman & Fan type 7 (linear interpolation between order statistics at h = (n − 1)p;
// the default of R and NumPy, and Excel's QUARTILE.INC), so a reviewer can reproduce them in a
// spreadsheet. On integer data (fines in fen) they are exact: h has a fractional part of 0, ¼, ½ or ¾,
// and the interpolation is done as an integer step divided by 4. The standard deviation is the sample
// one (n − 1, Excel STDEV.S), computed from exact BigInt sums on integer data.

export type Summary = {
  n: number
  min: number
  max: number
  mean: number
  median: number
  q1: number
  q3: number
  iqr: number
  /** Sample standard deviation; null when n < 2. */
  sd: number | null
  /** Coefficient of variation sd ÷ |mean|; null when n < 2 or the mean is 0. */
  cv: number | null
}

export function sortedAscending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b)
}

/** The k-th quartile (k = 1, 2, 3) of ascending values, type 7; NaN for no values. */
export function quartile(sorted: readonly number[], k: 1 | 2 | 3): number {
  const n = sorted.length
  if (n === 0) return NaN
  // h = (n − 1)·k/4, kept as the integer 4h so that the fraction is exact.
  const h4 = (n - 1) * k
  const lo = Math.floor(h4 / 4)
  const r = h4 % 4
  const x = sorted[lo] as number
  if (r === 0) return x
  const next = sorted[lo + 1] as number
  return x + (r * (next - x)) / 4
}

export function median(values: readonly number[]): number {
  return quartile(sortedAscending(values), 2)
}

/** Sample variance; exact up to the final division on safe-integer data. */
function sampleVariance(values: readonly number[], mean: number): number | null {
  const n = values.length
  if (n < 2) return null
  if (values.every(Number.isSafeInteger)) {
    let s1 = 0n
    let s2 = 0n
    for (const v of values) {
      const b = BigInt(v)
      s1 += b
      s2 += b * b
    }
    // n·Σx² − (Σx)² = n(n − 1)·s²
    return Number(BigInt(n) * s2 - s1 * s1) / (n * (n - 1))
  }
  // Two passes: subtracting the mean first avoids the cancellation of Σx² − n·mean².
  let ss = 0
  for (const v of values) ss += (v - mean) * (v - mean)
  return ss / (n - 1)
}

export function summarize(values: readonly number[]): Summary | null {
  const n = values.length
  if (n === 0) return null
  const sorted = sortedAscending(values)
  let sum = 0
  for (const v of sorted) sum += v
  const mean = sum / n
  const q1 = quartile(sorted, 1)
  const q3 = quartile(sorted, 3)
  const variance = sampleVariance(sorted, mean)
  const sd = variance === null ? null : Math.sqrt(variance)
  return {
    n,
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
    mean,
    median: quartile(sorted, 2),
    q1,
    q3,
    iqr: q3 - q1,
    sd,
    cv: sd === null || mean === 0 ? null : sd / Math.abs(mean)
  }
}

// Exact threshold comparisons. Fines and ranges are integer fen and thresholds are short decimals
// (0.3, 0.7, 100, 0.2), so "part ÷ whole > bound" is decided in integers: a case exactly on a
// threshold is never flagged because of binary rounding. Quantities that are already floating point
// (peer medians of positions) use a tolerance far below any one-fen difference instead.

type Rational = { num: bigint; den: bigint }

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/

/** The decimal a number prints as (0.3 → 3/10), or null for NaN and infinities. */
export function decimalToRational(x: number): Rational | null {
  const m = DECIMAL.exec(String(x))
  if (!m) return null
  const frac = m[3] ?? ''
  const exp = Number(m[4] ?? '0') - frac.length
  let num = BigInt(`${m[2] ?? '0'}${frac}`)
  let den = 1n
  if (exp >= 0) num *= 10n ** BigInt(exp)
  else den = 10n ** BigInt(-exp)
  if (m[1] === '-') num = -num
  return { num, den }
}

/**
 * Sign of (part ÷ whole) − bound. Exact when part and whole are safe integers (whole > 0); falls back
 * to floating point otherwise.
 */
export function compareFraction(part: number, whole: number, bound: number): -1 | 0 | 1 {
  const r = decimalToRational(bound)
  if (r && Number.isSafeInteger(part) && Number.isSafeInteger(whole) && whole > 0) {
    const left = BigInt(part) * r.den
    const right = r.num * BigInt(whole)
    return left > right ? 1 : left < right ? -1 : 0
  }
  const v = part / whole
  return v > bound ? 1 : v < bound ? -1 : 0
}

/** Differences below this are binary rounding (about 10^-16 for positions), not a fen: a one-fen
 * step on a range of 10^9 yuan (10^11 fen) is still 10^-11 of it. */
export const TOLERANCE = 1e-12

/** a > b, ignoring rounding noise. */
export function exceeds(a: number, b: number): boolean {
  return a - b > TOLERANCE
}

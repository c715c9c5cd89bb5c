// Money is integer fen (分) everywhere. Yuan appear only in text for people.

export const FEN_PER_YUAN = 100

export type FenRange = { minFen: number; maxFen: number }

/** 1234500 → 12345元; 1234550 → 12345.5元 */
/** Fen as yuan with exactly two decimals, computed on integers (no binary rounding): 123456 → 1234.56. */
export function yuanFixed(fen: number): string {
  const cents = Math.round(Math.abs(fen))
  const sign = fen < 0 && cents !== 0 ? '-' : ''
  return `${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`
}

/** 123456 → 1234.56元: the form amounts take in refusals, balances and reports. */
export function yuanFixedText(fen: number): string {
  return `${yuanFixed(fen)}元`
}

export function yuanText(fen: number): string {
  const yuan = Math.trunc(fen / FEN_PER_YUAN)
  const rest = fen % FEN_PER_YUAN
  if (rest === 0) return `${yuan}元`
  const decimals = String(rest).padStart(2, '0').replace(/0$/, '')
  return `${yuan}.${decimals}元`
}

export function rangeText(r: FenRange): string {
  return r.minFen === r.maxFen ? yuanText(r.minFen) : `${yuanText(r.minFen)}至${yuanText(r.maxFen)}`
}

/** base × multiple, rounded to the fen. Multiples are small decimals (0.3, 1, 10), so floating
 * error stays far below half a fen for any amount under Number.MAX_SAFE_INTEGER / 100. */
export function timesMultiple(baseFen: number, multiple: number): number {
  return Math.round(baseFen * multiple)
}

/** A is lighter than B when its upper bound is lower, or the upper bounds tie and its lower bound
 * is lower. The maximum is compared first, as the statutory maximum is what the law threatens. */
export function isLighter(a: FenRange, b: FenRange): boolean {
  return a.maxFen < b.maxFen || (a.maxFen === b.maxFen && a.minFen < b.minFen)
}

/**
 * Round a range inward (minimum up, maximum down), so the rounded range never leaves the band it
 * came from. Steps come from the unit configuration, largest first; a step is used only if it is
 * at most a quarter of the band's width, so rounding never eats more than half the band (a
 * 74–146元 band becomes 80–140元, not 100–100元). Otherwise the range stays exact to the fen.
 */
export function roundInward(
  r: FenRange,
  stepsFen: readonly number[]
): FenRange & { stepFen: number } {
  const width = r.maxFen - r.minFen
  for (const step of stepsFen) {
    if (step * 4 > width) continue
    const min = Math.ceil(r.minFen / step) * step
    const max = Math.floor(r.maxFen / step) * step
    if (min <= max) return { minFen: min, maxFen: max, stepFen: step }
  }
  return { minFen: r.minFen, maxFen: r.maxFen, stepFen: 1 }
}

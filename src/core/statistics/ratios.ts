// The ratios the reports print, on integers so they are exact: means to one decimal, shares and
// year-on-year changes in per mille. One definition for the statistics, the flexible-enforcement
// page and the inspection log.

/** A mean to one decimal; null over nothing. */
export function average(sum: number, n: number): number | null {
  return n === 0 ? null : Math.round((sum * 10) / n) / 10
}

/** A share in whole per mille; null when there is nothing to divide by. */
export function permille(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part * 1000) / whole)
}

/**
 * Year-on-year change in whole per mille, rounded half away from zero on integers:
 * 224 900 vs 371 000 → −394 (Hubei 2025 reported −39.39 %). Null when there is nothing to compare with.
 */
export function changePermille(count: number, previous: number): number | null {
  if (previous === 0) return null
  const diff = count - previous
  const magnitude = Math.floor((Math.abs(diff) * 2000 + previous) / (2 * previous))
  return diff < 0 ? -magnitude : magnitude
}

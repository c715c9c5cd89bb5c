// Officers type money in yuan (e.g. 12.5); the system stores integer fen. Parsing the text digit by
// digit avoids floating-point error (0.1 + 0.2) ever reaching a legal amount.

/** Fen for a yuan amount with at most two decimals; null for empty input; NaN for malformed text. */
export function yuanToFen(text: string): number | null {
  const s = text.trim().replace(/,/g, '')
  if (s === '') return null
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) return Number.NaN
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
}

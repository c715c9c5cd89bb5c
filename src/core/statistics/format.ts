// Shares and changes kept in per mille (integers, so sums and comparisons stay exact), as text.

/** 667 → "66.7%"; with `signed`, a change: −394 → "-39.4%", 120 → "+12.0%"; null → "—" (nothing to
 * divide by). Integer arithmetic, so −394 never prints as "-39.-4%". */
export function permilleText(permille: number | null, signed = false): string {
  if (permille === null) return '—'
  const abs = Math.abs(permille)
  const sign = permille < 0 ? '-' : signed && permille > 0 ? '+' : ''
  return `${sign}${Math.trunc(abs / 10)}.${abs % 10}%`
}

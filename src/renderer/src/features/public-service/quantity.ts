// Hours and points are typed to one decimal and kept in tenths (8.5 hours = 85), as the server and
// the engine count them.
import { tenthsText } from '../../../../core/flexible/public-service'

/** "8" → 80, "2.5" → 25; null when empty, NaN when malformed (the schema then rejects it). */
export function textToTenths(text: string): number | null {
  const s = text.trim()
  if (s === '') return null
  const m = /^(\d{1,6})(?:\.(\d))?$/.exec(s)
  if (!m) return Number.NaN
  return Number(m[1]) * 10 + Number(m[2] ?? '0')
}

export function tenthsToText(tenths: number | null | undefined): string {
  return typeof tenths === 'number' && Number.isFinite(tenths) ? tenthsText(tenths) : ''
}

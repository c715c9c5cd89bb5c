// Figures on the flexible-enforcement screens.
import { yuanFixedText } from '../../../../core/discretion/money'
import { tenthsText } from '../../../../core/flexible/public-service'
import { permilleText } from '../../../../core/statistics/format'

/** Hours or points kept in tenths, as a decimal with one place only when needed: 80 → "8",
 * 25 → "2.5". */
export const tenths = (n: number): string => tenthsText(n)

/** A per-mille share as a percentage with one decimal: 667 → "66.7%". */
export const permilleAsPercent = permilleText

/** Fen as yuan with two decimals: 40000 → "400.00元". */
export const money = (fen: number): string => yuanFixedText(fen)

/** Average days to one decimal: 3.5 → "3.5", 9 → "9"; null → "—". */
export function days(n: number | null): string {
  return n === null ? '—' : String(n)
}

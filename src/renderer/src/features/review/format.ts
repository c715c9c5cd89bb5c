// Numbers on the review screens: money in fen shown as yuan, positions and ratios with 2 decimals.
import { yuanText } from '../../../../core/discretion/money'

/** A fen amount as yuan, rounded to the fen half away from zero (quartiles and fences may fall
 * between fen), as the exported report rounds: 6600000 → 66000元; 12.5 → 0.13元; −2500 → -25元. */
export function yuan(fen: number): string {
  const abs = Math.round(Math.abs(fen))
  return `${fen < 0 && abs > 0 ? '-' : ''}${yuanText(abs)}`
}

/** A position in the range or a ratio: 0.5333 → 0.53. */
export function decimal(x: number): string {
  return x.toFixed(2)
}

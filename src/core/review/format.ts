// Number and label formatting for the Chinese messages. Money uses the discretion engine's yuanText.
import { dateZh } from '../discretion/citation'
import { rangeText, yuanText } from '../discretion/money'
import { outcomeLevelZh } from '../discretion/outcome-labels'
import type { OutcomeLevel } from '../discretion/result-types'

export { dateZh, rangeText, yuanText }

/** 0.325 → 32.5% */
export function percentText(fraction: number): string {
  return `${Math.round(fraction * 1000) / 10}%`
}

/** 3300 → 3300; 12.345 → 12.3 */
export function timesText(ratio: number): string {
  return Number.isInteger(ratio) ? String(ratio) : String(Math.round(ratio * 10) / 10)
}

/** 从轻处罚 etc., in Chinese quotation marks. */
export function levelText(level: OutcomeLevel): string {
  return `“${outcomeLevelZh(level)}”`
}

/** [0.3, 0.7] → 30%至70% */
export function bandText(band: readonly [number, number]): string {
  return `${percentText(band[0])}至${percentText(band[1])}`
}

/** 0.5333 → 0.53; 0.8 → 0.8 */
export function decimalText(x: number, digits = 2): string {
  const f = 10 ** digits
  return String(Math.round(x * f) / f)
}

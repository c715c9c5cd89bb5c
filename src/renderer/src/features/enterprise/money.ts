// Amounts on the enterprise-supervision screens: the shared two-decimal yuan text, grouped by
// thousands, because ledger totals run to six and seven digits (150,000.00 reads at a glance).
import { yuanFixed } from '../../../../core/discretion/money'
import { permilleText } from '../../../../core/statistics/format'

/** 15000000 → '150,000.00'; −5000000 → '-50,000.00'. */
export function yuanGrouped(fen: number): string {
  const [whole = '0', decimals = '00'] = yuanFixed(fen).split('.')
  const sign = whole.startsWith('-') ? '-' : ''
  const digits = sign ? whole.slice(1) : whole
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${decimals}`
}

/** A year-on-year change in per mille as a signed percentage with one decimal: −394 → '-39.4%'. */
export const changeText = (permille: number): string => permilleText(permille, true)

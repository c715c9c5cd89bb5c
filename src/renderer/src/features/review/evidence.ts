// The evidence of a flag as label: value rows. Labels and enumerated values are translated where
// this version knows the key; a key added on the server later shows as it is.
import { SANCTION_LABEL_ZH, type SanctionType } from '../../../../core/discretion/vocabulary'
import type { Evidence } from '../../../../core/review/flag'
import type { useI18n } from '../../i18n/i18n'
import { zh, type MessageKey } from '../../i18n/zh'
import { decimal, yuan } from './format'

type Translate = ReturnType<typeof useI18n>['t']

export type EvidenceRow = { key: string; label: string; value: string }

function known(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zh, key)
}

/** Counts of cases and days print as integers; every other number is a position or a ratio. */
const COUNT = /^(n|index|statements|aggravatingGrounds|.*Days)$/

/** Evidence keys whose string values are codes with a label of their own. */
const CODE_PREFIX: Readonly<Record<string, string>> = {
  level: 'discretion.level.',
  proposedLevel: 'discretion.level.',
  partyKind: 'party.kind.',
  opinion: 'lifecycle.opinion.',
  baseKind: 'review.value.',
  measure: 'review.value.',
  harm: 'review.value.',
  approvedBy: 'review.value.',
  ground: 'review.value.'
}

function penaltyTypes(value: string): string {
  return value
    .split(',')
    .map((type) => SANCTION_LABEL_ZH[type as SanctionType] ?? type)
    .join('、')
}

function textValue(key: string, value: string, t: Translate): string {
  if (key === 'penaltyTypes') return penaltyTypes(value)
  const prefix = CODE_PREFIX[key]
  const code = prefix === undefined ? '' : `${prefix}${value}`
  return known(code) ? t(code) : value
}

export function evidenceValue(
  key: string,
  value: Evidence[string] | undefined,
  t: Translate
): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'boolean') return t(value ? 'review.yes' : 'review.no')
  if (typeof value === 'string') return textValue(key, value, t)
  if (key.endsWith('Fen')) return yuan(value)
  if (COUNT.test(key) && Number.isInteger(value)) return String(value)
  return decimal(value)
}

export function evidenceRows(evidence: Evidence, t: Translate): EvidenceRow[] {
  return Object.entries(evidence).map(([key, value]) => {
    const labelKey = `review.evidence.${key}`
    return {
      key,
      label: known(labelKey) ? t(labelKey) : key,
      value: evidenceValue(key, value, t)
    }
  })
}

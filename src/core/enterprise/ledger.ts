// Rules of the 挽回损失 ledger (domain.md §6): an original entry is positive; a correction is a
// reversing entry (negative, naming the original) that never takes back more than remains. Pure: the
// server reads the rows and applies these rules inside its transaction.
import { yuanFixedText } from '../discretion/money'
import { LOSS_CATEGORIES, LOSS_CATEGORY_ZH, type LossCategory } from './vocabulary'

export type LedgerEntry = {
  id: string
  uscc: string
  category: LossCategory
  /** Positive for an original entry, negative for a reversal. */
  amountFen: number
  on: string
  caseId: string | null
  clueId: string | null
  reversesId: string | null
}

/** What an original entry still counts for: its amount less every reversal of it. */
export function remainingFen(
  original: Pick<LedgerEntry, 'id' | 'amountFen'>,
  entries: readonly Pick<LedgerEntry, 'reversesId' | 'amountFen'>[]
): number {
  let remaining = original.amountFen
  for (const e of entries) if (e.reversesId === original.id) remaining += e.amountFen
  return remaining
}

/** Remaining amounts of every original entry among `entries` (reversals must be among them too). */
export function remainingById(entries: readonly LedgerEntry[]): Map<string, number> {
  const remaining = new Map<string, number>()
  for (const e of entries) if (e.reversesId === null) remaining.set(e.id, e.amountFen)
  for (const e of entries) {
    if (e.reversesId === null) continue
    const current = remaining.get(e.reversesId)
    if (current !== undefined) remaining.set(e.reversesId, current + e.amountFen)
  }
  return remaining
}

export type NewEntry = Pick<LedgerEntry, 'uscc' | 'amountFen' | 'on' | 'caseId' | 'clueId'>

/**
 * A likely duplicate: an original entry for the same enterprise, amount, date and source (the same
 * case and the same clue) that reversals have not wholly taken back. A fully reversed entry was a
 * mistake already corrected, so entering it again is the expected fix, not a duplicate. The category
 * is left out on purpose: the same refund entered under two categories is the commonest double count.
 */
export function isLikelyDuplicate(
  entry: NewEntry,
  existing: LedgerEntry,
  remaining: number
): boolean {
  return (
    existing.reversesId === null &&
    remaining > 0 &&
    existing.uscc === entry.uscc &&
    existing.amountFen === entry.amountFen &&
    existing.on === entry.on &&
    existing.caseId === entry.caseId &&
    existing.clueId === entry.clueId
  )
}

/** Why a reversal of `amountFen` on `on` may not be recorded against `original`; null when it may. */
export function reversalRefusal(
  original: Pick<LedgerEntry, 'amountFen' | 'on' | 'reversesId'>,
  remaining: number,
  reversal: { amountFen: number; on: string },
  today: string
): string | null {
  if (original.reversesId !== null) {
    return '冲正记录不能再冲正：如冲正有误，请重新登记一笔挽回损失。'
  }
  if (remaining <= 0) return '该笔挽回损失已全部冲正，不能再冲正。'
  if (reversal.amountFen > remaining) {
    return `冲正金额（${yuanFixedText(reversal.amountFen)}）超过该笔记录尚未冲正的金额（${yuanFixedText(remaining)}）。`
  }
  if (reversal.on > today) return `冲正日期（${reversal.on}）不能晚于今天（${today}）。`
  if (reversal.on < original.on) {
    return `冲正日期（${reversal.on}）不能早于原记录日期（${original.on}）。`
  }
  return null
}

/** The message a likely duplicate is refused with: it names the stored entry so the user can look. */
export function duplicateMessage(existing: {
  on: string
  amountFen: number
  category: LossCategory
  evidence: string
}): string {
  return (
    `可能重复登记：该企业已有一笔同一来源、同一日期（${existing.on}）、同一金额` +
    `（${yuanFixedText(existing.amountFen)}）的挽回损失记录（${LOSS_CATEGORY_ZH[existing.category]}，` +
    `凭证：${existing.evidence}）。如确认不是重复，请确认后再保存。`
  )
}

/** One SQL aggregate row of the totals: sums per category and unit within the period. */
export type LossSumRow = {
  category: LossCategory
  unitCode: string
  amountFen: number
  /** Original entries (reversals are corrections, not entries). */
  entries: number
}

export type LossTotals = {
  totalFen: number
  byCategory: { category: LossCategory; amountFen: number; entries: number }[]
  byUnit: { unitCode: string; amountFen: number }[]
}

/** Shapes the sums: every category in its fixed order (zero when none), units by code. */
export function lossTotals(rows: readonly LossSumRow[]): LossTotals {
  const byCategory = LOSS_CATEGORIES.map((category) => ({ category, amountFen: 0, entries: 0 }))
  const units = new Map<string, number>()
  let totalFen = 0
  for (const row of rows) {
    totalFen += row.amountFen
    const c = byCategory[LOSS_CATEGORIES.indexOf(row.category)]
    if (c) {
      c.amountFen += row.amountFen
      c.entries += row.entries
    }
    units.set(row.unitCode, (units.get(row.unitCode) ?? 0) + row.amountFen)
  }
  const byUnit = [...units]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([unitCode, amountFen]) => ({ unitCode, amountFen }))
  return { totalFen, byCategory, byUnit }
}

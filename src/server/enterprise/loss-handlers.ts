// Handlers of the 挽回损失 ledger: record an entry (refusing a likely duplicate unless acknowledged),
// reverse part or all of one, list an enterprise's, clue's or case's entries, and total a period.
// There is no edit and no delete: a correction is a reversing entry.
import {
  duplicateMessage,
  isLikelyDuplicate,
  lossTotals,
  remainingById,
  remainingFen,
  reversalRefusal,
  type NewEntry
} from '../../core/enterprise/ledger'
import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { assertPeriodOpen } from '../periods/lock'
import { getClueRow } from './clue-repo'
import { refuseFutureDate, requireCase, requireUnit, todayIn } from './links'
import {
  entryWithReversals,
  getLoss,
  insertLoss,
  listLosses,
  lossSums,
  lossView,
  sameDaySameSource,
  toLedgerEntry,
  toLossView,
  type LossRow
} from './loss-repo'

/** The linked clue must exist and concern the same enterprise: a refund to another firm is no
 * outcome of this clue. */
function requireClueOf(ctx: CallContext, clueId: string, uscc: string): void {
  const clue = getClueRow(ctx.db, clueId)
  if (!clue) throw new AppError('NOT_FOUND', '关联的线索不存在。')
  if (clue.uscc !== uscc) {
    throw new AppError(
      'REFUSED',
      `关联的线索 ${clue.clue_number} 涉及的企业（${clue.uscc}）与本记录的企业（${uscc}）不一致。`
    )
  }
}

/** The first stored entry the new one likely duplicates, or null. */
function likelyDuplicate(ctx: CallContext, entry: NewEntry): LossRow | null {
  const found = sameDaySameSource(ctx.db, entry).find((row) => {
    // Reversals of a candidate may be dated any day, so each original is read with all of its own.
    const rest = remainingFen(
      { id: row.id, amountFen: row.amount_fen },
      entryWithReversals(ctx.db, row.id).map(toLedgerEntry)
    )
    return isLikelyDuplicate(entry, toLedgerEntry(row), rest)
  })
  return found ?? null
}

const record: Handler<'losses/record'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = requireUnit(ctx)
  const today = todayIn(ctx)
  refuseFutureDate(input.on, today, '挽回损失日期')
  assertPeriodOpen(ctx.db, input.on, '挽回损失记录')
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    if (input.caseId !== null) requireCase(ctx, input.caseId)
    if (input.clueId !== null) requireClueOf(ctx, input.clueId, input.uscc)
    const entry: NewEntry = {
      uscc: input.uscc,
      amountFen: input.amountFen,
      on: input.on,
      caseId: input.caseId,
      clueId: input.clueId
    }
    const duplicate = likelyDuplicate(ctx, entry)
    if (duplicate && !input.acknowledgeDuplicate) {
      throw new AppError(
        'DUPLICATE',
        duplicateMessage({
          on: duplicate.on_date,
          amountFen: duplicate.amount_fen,
          category: duplicate.category,
          evidence: duplicate.evidence
        })
      )
    }
    const row: LossRow = {
      id: ctx.newId(),
      uscc: input.uscc,
      enterprise_name: input.enterpriseName,
      category: input.category,
      amount_fen: input.amountFen,
      on_date: input.on,
      case_id: input.caseId,
      clue_id: input.clueId,
      evidence: input.evidence,
      note: input.note,
      reverses_id: null,
      duplicate_of: duplicate?.id ?? null,
      origin_unit: unit.code,
      created_by: user.id,
      created_at: at
    }
    insertLoss(ctx.db, row)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'losses/record',
      entity: 'recoveredLoss',
      entityId: row.id,
      after: row,
      detail: { uscc: row.uscc, amountFen: row.amount_fen, duplicateOf: row.duplicate_of }
    })
    return lossView(ctx.db, row.id, row.amount_fen)
  })()
}

const reverse: Handler<'losses/reverse'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = requireUnit(ctx)
  const today = todayIn(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const original = getLoss(ctx.db, input.entryId)
    if (!original) throw new AppError('NOT_FOUND', '要冲正的挽回损失记录不存在。')
    const rest = remainingFen(
      { id: original.id, amountFen: original.amount_fen },
      entryWithReversals(ctx.db, original.id).map(toLedgerEntry)
    )
    const refusal = reversalRefusal(toLedgerEntry(original), rest, input, today)
    if (refusal) throw new AppError('REFUSED', refusal)
    assertPeriodOpen(ctx.db, input.on, '挽回损失冲正记录')
    // Same enterprise, category and source as the original, so every total and list that counts
    // the original counts its reversal too. The reason is the reversal's note; it has no voucher.
    const row: LossRow = {
      ...original,
      id: ctx.newId(),
      amount_fen: -input.amountFen,
      on_date: input.on,
      evidence: '',
      note: input.reason,
      reverses_id: original.id,
      duplicate_of: null,
      origin_unit: unit.code,
      created_by: user.id,
      created_at: at
    }
    insertLoss(ctx.db, row)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'losses/reverse',
      entity: 'recoveredLoss',
      entityId: original.id,
      after: row,
      detail: {
        reversalId: row.id,
        amountFen: row.amount_fen,
        remainingFen: rest - input.amountFen
      }
    })
    return lossView(ctx.db, row.id, null)
  })()
}

const list: Handler<'losses/list'> = (input, ctx) => {
  const rows = listLosses(ctx.db, {
    uscc: input.uscc ?? null,
    clueId: input.clueId ?? null,
    caseId: input.caseId ?? null
  })
  const remaining = remainingById(rows.map((r) => r.entry))
  const entries = rows.map(({ row }) => toLossView(row, remaining.get(row.id) ?? null))
  return { entries, totalFen: entries.reduce((sum, e) => sum + e.amountFen, 0) }
}

const totals: Handler<'losses/totals'> = (input, ctx) => ({
  from: input.from,
  to: input.to,
  ...lossTotals(lossSums(ctx.db, input.from, input.to))
})

export const lossHandlers = {
  'losses/record': record,
  'losses/reverse': reverse,
  'losses/list': list,
  'losses/totals': totals
}

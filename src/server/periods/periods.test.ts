import { beforeEach, describe, expect, it } from 'vitest'
import type { StatisticsView } from '../../shared/statistics-views'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeUscc } from '../test-support'
import { withPeriodLockBypass } from './bypass'
import {
  act,
  insertLoss,
  LATE_LOSS_FEN,
  makePeriodWorld,
  onTheSpot,
  orgCase,
  refusal,
  writeMark,
  type PeriodWorld
} from './period.test-support'

let w: PeriodWorld
beforeEach(async () => {
  w = await makePeriodWorld()
}, 30_000)

const stats = (period: { from: string; to: string }) =>
  w.t.call('stats/period', period, w.head.token)
const closeJanuary = () => w.t.call('periods/close', w.january, w.head.token)

/** The view as it was frozen: everything but the adjustments added since. */
function frozenPart(v: StatisticsView): string {
  const { adjustments: _adjustments, ...rest } = v
  return JSON.stringify(rest)
}

function auditOf(action: string) {
  return w.t.server.deps.db
    .prepare('SELECT entity_id, actor_name, detail FROM audit_log WHERE action = ? ORDER BY seq')
    .all(action) as { entity_id: string; actor_name: string; detail: string }[]
}

const payment = (paidOn: string) => ({
  caseId: w.decided[0],
  paidOn,
  amountFen: 100_000,
  receiptNo: 'A-1',
  note: ''
})

describe('closing a period (结账)', () => {
  it('freezes the period’s statistics when the head closes it, and audits the close', async () => {
    const live = await stats(w.january)
    expect(live.closed).toBeUndefined()
    expect([live.counts.filed, live.counts.decided]).toEqual([2, 2])
    const closed = await closeJanuary()
    expect(closed).toMatchObject({
      ...w.january,
      unitScope: 'own',
      includeRevoked: true,
      dataHash: live.meta.dataHash,
      closedBy: 'juzhang',
      reopenedAt: null
    })
    const frozen = await stats(w.january)
    expect(frozen.closed).toEqual({
      periodId: closed.id,
      closedAt: closed.closedAt,
      closedBy: 'juzhang'
    })
    expect(frozen.counts).toEqual(live.counts)
    expect(frozen.amounts).toEqual(live.amounts)
    expect(frozen.meta.dataHash).toBe(live.meta.dataHash)
    expect(frozen.adjustments).toBeUndefined()
    expect(await w.t.call('periods/list', {}, w.officer.token)).toEqual([closed])
    const [entry] = auditOf('periods/close')
    expect(entry).toMatchObject({ entity_id: closed.id, actor_name: 'juzhang' })
    expect(JSON.parse(entry?.detail ?? '{}')).toMatchObject({ dataHash: live.meta.dataHash })
    expect(verifyAuditChain(w.t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('lets only a head close', async () => {
    for (const who of [w.officer, w.reviewer, w.t.admin]) {
      const r = await refusal(w.t.call('periods/close', w.january, who.token))
      expect(r.code).toBe('FORBIDDEN')
    }
    expect(await w.t.call('periods/list', {}, w.officer.token)).toEqual([])
  })

  it('refuses a period not yet over, an overlapping close and another unit’s figures', async () => {
    const early = await refusal(
      w.t.call('periods/close', { from: '2026-02-01', to: '2026-02-28' }, w.head.token)
    )
    expect(early.message).toContain('期间尚未结束')
    await closeJanuary()
    const overlap = await refusal(
      w.t.call('periods/close', { from: '2026-01-20', to: '2026-02-05' }, w.head.token)
    )
    expect(overlap.message).toContain('与已结账的2026年1月1日至2026年1月31日重叠')
    const other = await refusal(
      w.t.call(
        'periods/close',
        { ...w.january, unit: makeUscc('420105', 'MA4KXY99') },
        w.head.token
      )
    )
    expect(other.code).toBe('REFUSED')
    // The consolidated figures of the same month are another report, closed on their own.
    const all = await w.t.call('periods/close', { ...w.january, unit: 'all' }, w.head.token)
    expect(all.unitScope).toBe('all')
    expect(
      (await w.t.call('stats/period', { ...w.january, unit: 'all' }, w.head.token)).closed
    ).toMatchObject({ periodId: all.id })
  })
})

describe('the lock on a closed period', () => {
  it('refuses a payment, an action or an edit dated in it with the period named, writing nothing', async () => {
    await closeJanuary()
    const db = w.t.server.deps.db
    const before = writeMark(db)
    expect(
      await refusal(w.t.call('payments/record', payment('2026-01-20'), w.officer.token))
    ).toEqual({
      code: 'REFUSED',
      message:
        '2026年1月1日至2026年1月31日已结账，不能再录入该期间的缴款记录；更正请以调整记录录入当前期间。'
    })
    const action = await refusal(
      act(w, w.registered, '2026-02-10', onTheSpot('2026-01-15', 20_000))
    )
    expect(action.message).toContain('已结账，不能再录入该期间的办案记录')
    const detail = await w.t.call('cases/get', { id: w.decided[0] }, w.officer.token)
    const edit = await refusal(
      w.t.call(
        'cases/update',
        {
          ...orgCase(w, '2026-01-05', '2026-01-05'),
          facts: '改写的事实',
          id: detail.id,
          rev: detail.rev
        },
        w.officer.token
      )
    )
    expect(edit.message).toContain('本案于2026年1月5日作出决定')
    const removal = await refusal(
      w.t.call('cases/delete', { id: detail.id, rev: detail.rev, reason: '误录' }, w.head.token)
    )
    expect(removal.code).toBe('REFUSED')
    expect(writeMark(db)).toBe(before)
    // Dated after the period, the same records are accepted.
    await w.t.call('payments/record', payment('2026-02-03'), w.officer.token)
    const decided = await act(w, w.registered, '2026-02-10', onTheSpot('2026-02-10', 20_000))
    expect(decided.status).toBe('SERVED')
  })

  it('keeps the closed report byte for byte after later corrections, shown as adjustments', async () => {
    const closed = await closeJanuary()
    const frozen = await stats(w.january)
    const db = w.t.server.deps.db
    // A decision revoked after the period (复议撤销), and a late record arriving by import.
    await w.t.call(
      'cases/revoke',
      { caseId: w.decided[0], on: '2026-02-08', authority: 'reconsideration', reason: '复议撤销' },
      w.head.token
    )
    db.transaction(() =>
      withPeriodLockBypass(db, () => insertLoss(db, w, 'late-loss', '2026-01-20'))
    )()
    const again = await stats(w.january)
    expect(frozenPart(again)).toBe(frozenPart(frozen))
    expect(JSON.stringify(again.counts)).toBe(JSON.stringify(frozen.counts))
    expect(JSON.stringify(again.amounts)).toBe(JSON.stringify(frozen.amounts))
    expect(again.meta.dataHash).toBe(frozen.meta.dataHash)
    // The live figures did move: counted without revoked decisions (not the closed report).
    const live = await w.t.call(
      'stats/period',
      { ...w.january, includeRevoked: false },
      w.head.token
    )
    expect(live.closed).toBeUndefined()
    expect(live.counts.decided).toBe(1)
    const adjustment = {
      periodId: closed.id,
      ...w.january,
      closedAt: closed.closedAt,
      figures: [
        { key: 'lossesTotal', frozen: 0, live: LATE_LOSS_FEN, delta: LATE_LOSS_FEN },
        { key: 'losses.other', frozen: 0, live: LATE_LOSS_FEN, delta: LATE_LOSS_FEN }
      ].map((f) => expect.objectContaining(f))
    }
    expect(again.adjustments).toEqual([adjustment])
    // The next period shows the corrections to the closed one ("adjustments in the next period").
    const february = await stats({ from: '2026-02-01', to: '2026-02-10' })
    expect(february.closed).toBeUndefined()
    expect(february.counts.revoked).toBe(1)
    expect(february.adjustments).toEqual([adjustment])
  })
})

describe('reopening a closed period', () => {
  it('needs the administrator and a reason, is audited, and lifts the lock', async () => {
    const closed = await closeJanuary()
    for (const who of [w.head, w.officer]) {
      const r = await refusal(
        w.t.call('periods/reopen', { id: closed.id, reason: '漏录' }, who.token)
      )
      expect(r.code).toBe('FORBIDDEN')
    }
    const blank = await refusal(
      w.t.call('periods/reopen', { id: closed.id, reason: '  ' }, w.t.admin.token)
    )
    expect(blank.code).toBe('VALIDATION')
    w.t.clock.set('2026-02-11T04:00:00Z')
    const reason = '发现漏录的缴款，经局务会同意重新开账'
    const reopened = await w.t.call('periods/reopen', { id: closed.id, reason }, w.t.admin.token)
    expect(reopened).toMatchObject({ reopenedBy: '管理员', reopenReason: reason })
    const [entry] = auditOf('periods/reopen')
    expect(entry?.entity_id).toBe(closed.id)
    expect(JSON.parse(entry?.detail ?? '{}')).toMatchObject({ reason })
    const twice = await refusal(
      w.t.call('periods/reopen', { id: closed.id, reason }, w.t.admin.token)
    )
    expect(twice.message).toContain('已重新开账')
    // The lock is lifted and the report is live again.
    await w.t.call('payments/record', payment('2026-01-20'), w.officer.token)
    await act(w, w.registered, '2026-02-11', onTheSpot('2026-01-15', 20_000))
    const live = await stats(w.january)
    expect(live.closed).toBeUndefined()
    expect(live.counts.decided).toBe(3)
    expect(live.meta.dataHash).not.toBe(closed.dataHash)
    // Closed again, the period freezes the corrected figures.
    w.t.clock.set('2026-02-12T04:00:00Z')
    const again = await closeJanuary()
    expect((await stats(w.january)).closed?.periodId).toBe(again.id)
    const listed = await w.t.call('periods/list', {}, w.officer.token)
    expect(listed.map((p) => [p.id, p.reopenedAt === null])).toEqual([
      [again.id, true],
      [closed.id, false]
    ])
    expect(verifyAuditChain(w.t.server.deps.db).firstBadSeq).toBeNull()
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { UNIT_CODE } from '../test-support'
import {
  clueInput,
  createCase,
  FIRM,
  handledClue,
  lossInput,
  makeWorld,
  OTHER_FIRM,
  setToday,
  type EnterpriseWorld
} from './enterprise.test-support'

let w: EnterpriseWorld

beforeEach(async () => {
  w = await makeWorld()
})

const MISSING = '01900000-0000-7000-8000-000000000000'

function ledgerRows(): unknown[] {
  return w.t.server.deps.db.prepare('SELECT * FROM recovered_losses ORDER BY id').raw().all()
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e
  )) as { body?: { code: string; message: string } } | null
  if (!error?.body) throw new Error('expected a refusal')
  return error.body
}

describe('the e2e path: a refund on a handled clue, a partial reversal, a duplicate', () => {
  it('shows 150,000.00 then 100,000.00 on the ledger and in the unit total', async () => {
    const clue = await handledClue(w)
    const entry = await w.t.call('losses/record', lossInput(clue.id), w.officer.token)
    expect(entry).toMatchObject({
      amountFen: 15_000_000,
      clueNumber: clue.clueNumber,
      remainingFen: 15_000_000,
      duplicateOf: null,
      reversesId: null,
      createdBy: 'zhangwei'
    })
    const period = { from: '2026-01-01', to: '2026-12-31' }
    expect((await w.t.call('losses/list', { uscc: FIRM }, w.officer.token)).totalFen).toBe(
      15_000_000
    )
    expect((await w.t.call('losses/totals', period, w.officer.token)).byUnit).toEqual([
      { unitCode: UNIT_CODE, amountFen: 15_000_000 }
    ])

    const reversal = await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 5_000_000, on: '2026-03-10', reason: '实际退还10万元' },
      w.officer.token
    )
    expect(reversal).toMatchObject({
      amountFen: -5_000_000,
      reversesId: entry.id,
      category: 'illegalFeeRefunded',
      clueId: clue.id,
      uscc: FIRM,
      note: '实际退还10万元',
      remainingFen: null
    })
    const history = await w.t.call('losses/list', { uscc: FIRM }, w.officer.token)
    expect(history.totalFen).toBe(10_000_000)
    expect(history.entries.map((e) => [e.amountFen, e.remainingFen])).toEqual([
      [15_000_000, 10_000_000],
      [-5_000_000, null]
    ])
    const totals = await w.t.call('losses/totals', period, w.officer.token)
    expect(totals.totalFen).toBe(10_000_000)
    expect(totals.byUnit).toEqual([{ unitCode: UNIT_CODE, amountFen: 10_000_000 }])
    expect(totals.byCategory[0]).toEqual({
      category: 'illegalFeeRefunded',
      amountFen: 10_000_000,
      entries: 1
    })

    // The same refund again: refused as a likely duplicate, naming the stored entry.
    const before = ledgerRows()
    const duplicate = await refusal(
      w.t.call('losses/record', lossInput(clue.id, { category: 'other' }), w.officer.token)
    )
    expect(duplicate.code).toBe('DUPLICATE')
    expect(duplicate.message).toContain('2026-03-10')
    expect(duplicate.message).toContain('150000.00元')
    expect(duplicate.message).toContain('退费凭证 HY-2026-001')
    expect(ledgerRows()).toEqual(before)
    const kept = await w.t.call(
      'losses/record',
      lossInput(clue.id, { acknowledgeDuplicate: true, evidence: '第二张退费凭证' }),
      w.officer.token
    )
    expect(kept.duplicateOf).toBe(entry.id)
  })
})

describe('losses/record', () => {
  it('does not call a fully reversed entry a duplicate, nor one of another source or date', async () => {
    const clue = await handledClue(w)
    const entry = await w.t.call('losses/record', lossInput(clue.id), w.officer.token)
    await w.t.call('losses/record', lossInput(clue.id, { on: '2026-03-09' }), w.officer.token)
    const c = await createCase(w)
    await w.t.call('losses/record', lossInput(clue.id, { caseId: c.id }), w.officer.token)
    await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 15_000_000, on: '2026-03-10', reason: '录入错误' },
      w.officer.token
    )
    const again = await w.t.call('losses/record', lossInput(clue.id), w.officer.token)
    expect(again.duplicateOf).toBeNull()
  })

  it('refuses a missing case or clue, a clue of another enterprise and a future date', async () => {
    const clue = await handledClue(w)
    const before = ledgerRows()
    const cases: [Parameters<typeof lossInput>[1], string, string][] = [
      [{ caseId: MISSING }, 'NOT_FOUND', '关联的案件不存在'],
      [{ clueId: MISSING }, 'NOT_FOUND', '关联的线索不存在'],
      [{ uscc: OTHER_FIRM }, 'REFUSED', '不一致'],
      [{ on: '2026-03-11' }, 'REFUSED', '不能晚于今天']
    ]
    for (const [change, code, text] of cases) {
      const body = await refusal(
        w.t.call('losses/record', lossInput(clue.id, change), w.officer.token)
      )
      expect(body.code).toBe(code)
      expect(body.message).toContain(text)
    }
    expect(ledgerRows()).toEqual(before)
  })

  it('links a case, whose number the entry shows', async () => {
    const c = await createCase(w)
    const entry = await w.t.call(
      'losses/record',
      lossInput(null, { caseId: c.id, category: 'fineCorrected', on: '2026-03-02' }),
      w.officer.token
    )
    expect(entry).toMatchObject({ caseId: c.id, caseNumber: c.caseNumber, clueNumber: null })
    const byCase = await w.t.call('losses/list', { caseId: c.id }, w.officer.token)
    expect(byCase.entries.map((e) => e.id)).toEqual([entry.id])
  })
})

describe('losses/reverse', () => {
  it('never takes back more than remains, never reverses a reversal, and writes nothing when refused', async () => {
    const clue = await handledClue(w)
    const entry = await w.t.call('losses/record', lossInput(clue.id), w.officer.token)
    const first = await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 10_000_000, on: '2026-03-10', reason: '部分冲正' },
      w.officer.token
    )
    const before = ledgerRows()
    const over = await refusal(
      w.t.call(
        'losses/reverse',
        { entryId: entry.id, amountFen: 5_000_001, on: '2026-03-10', reason: '超额' },
        w.officer.token
      )
    )
    expect(over).toEqual({
      code: 'REFUSED',
      message: '冲正金额（50000.01元）超过该笔记录尚未冲正的金额（50000.00元）。'
    })
    const ofReversal = await refusal(
      w.t.call(
        'losses/reverse',
        { entryId: first.id, amountFen: 1, on: '2026-03-10', reason: '再冲' },
        w.officer.token
      )
    )
    expect(ofReversal.message).toContain('冲正记录不能再冲正')
    const early = await refusal(
      w.t.call(
        'losses/reverse',
        { entryId: entry.id, amountFen: 1, on: '2026-03-09', reason: '早' },
        w.officer.token
      )
    )
    expect(early.message).toContain('不能早于原记录日期')
    const missing = await refusal(
      w.t.call(
        'losses/reverse',
        { entryId: MISSING, amountFen: 1, on: '2026-03-10', reason: '无' },
        w.officer.token
      )
    )
    expect(missing.code).toBe('NOT_FOUND')
    expect(ledgerRows()).toEqual(before)
    await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 5_000_000, on: '2026-03-10', reason: '余额冲正' },
      w.officer.token
    )
    const list = await w.t.call('losses/list', { clueId: clue.id }, w.officer.token)
    expect([list.totalFen, list.entries[0]?.remainingFen]).toEqual([0, 0])
  })
})

describe('losses/totals', () => {
  it('counts a reversal in the period of its own date, and sums by unit', async () => {
    const clue = await handledClue(w)
    const entry = await w.t.call('losses/record', lossInput(clue.id), w.officer.token)
    setToday(w.t, '2026-04-02')
    await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 5_000_000, on: '2026-04-01', reason: '四月发现多计' },
      w.officer.token
    )
    const march = await w.t.call(
      'losses/totals',
      { from: '2026-03-01', to: '2026-03-31' },
      w.officer.token
    )
    const april = await w.t.call(
      'losses/totals',
      { from: '2026-04-01', to: '2026-04-30' },
      w.officer.token
    )
    expect([march.totalFen, april.totalFen]).toEqual([15_000_000, -5_000_000])
    expect(april.byCategory[0]).toEqual({
      category: 'illegalFeeRefunded',
      amountFen: -5_000_000,
      entries: 0
    })
    // Another unit's entry (as a consolidation would bring in) is totalled apart.
    w.t.server.deps.db
      .prepare(
        `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date,
           evidence, note, origin_unit, created_by, created_at)
         VALUES ('01900000-0000-7000-8000-00000000000a', ?, '其他企业', 'other', 300, '2026-03-05',
           '凭证', '', '91420100MB0000000X', ?, '2026-03-05T00:00:00Z')`
      )
      .run(OTHER_FIRM, w.officer.user.id)
    const both = await w.t.call(
      'losses/totals',
      { from: '2026-03-01', to: '2026-04-30' },
      w.officer.token
    )
    expect(both.byUnit).toEqual([
      { unitCode: UNIT_CODE, amountFen: 10_000_000 },
      { unitCode: '91420100MB0000000X', amountFen: 300 }
    ])
    expect(both.totalFen).toBe(10_000_300)
    expect(
      (
        await w.t.call('losses/totals', { from: '2026-05-01', to: '2026-05-31' }, w.officer.token)
      ).byCategory.every((c) => c.amountFen === 0 && c.entries === 0)
    ).toBe(true)
  })

  it('lists by clue with the clue registered elsewhere unaffected', async () => {
    const other = await w.t.call('clues/register', clueInput(), w.officer.token)
    const list = await w.t.call('losses/list', { clueId: other.id }, w.officer.token)
    expect(list).toEqual({ entries: [], totalFen: 0 })
  })
})

import { describe, expect, it } from 'vitest'
import { CASES_DUE_SQL, PAYMENTS_DUE_SQL } from './repo'
import { makeTestServer, makeUscc } from '../test-support'

describe('dashboard/deadlines', () => {
  it('buckets open cases by their APL Art. 60 decision date, for the unit and each officer', async () => {
    const t = await makeTestServer() // today is 2026-03-02 (Beijing)
    const a = await t.addUser('zhangwei', ['officer'])
    const b = await t.addUser('wangfang', ['officer'])
    const c = await t.addUser('lijun', ['officer'])
    const file = (filedOn: string, officers: [string, string], org8: string) =>
      t.call(
        'cases/create',
        {
          cause: '未按规定明码标价',
          source: 'inspection',
          discoveredOn: '2025-11-01',
          violationOn: '2025-11-01',
          filedOn,
          facts: '',
          officerIds: officers,
          parties: [
            {
              kind: 'organisation',
              name: `商户${org8}`,
              uscc: makeUscc('420105', org8),
              legalRepresentative: '',
              address: '',
              contact: ''
            }
          ]
        },
        a.token
      )
    // Filed 2025-12-01 → due 2026-03-01 (overdue); 2025-12-02 → 03-02 (today);
    // 2025-12-09 → 03-09 (within 7 days); 2025-12-10 → 03-10 (later, not shown).
    await file('2025-12-01', [a.user.id, b.user.id], 'MA4KXY01')
    await file('2025-12-02', [a.user.id, c.user.id], 'MA4KXY02')
    await file('2025-12-09', [b.user.id, c.user.id], 'MA4KXY03')
    await file('2025-12-10', [a.user.id, b.user.id], 'MA4KXY04')
    await file('2025-12-01', [a.user.id, b.user.id], 'MA4KXY05')
    // A deleted case has no running clock.
    const gone = await file('2025-12-01', [a.user.id, b.user.id], 'MA4KXY06')
    await t.call('cases/delete', { id: gone.id, rev: 1, reason: '重复录入' }, a.token)

    const view = await t.call('dashboard/deadlines', {}, a.token)
    expect(view.today).toBe('2026-03-02')
    expect(view.unit).toEqual({ overdue: 2, today: 1, thisWeek: 1 })
    expect(view.cases.map((x) => [x.dueOn, x.dueStatus])).toEqual([
      ['2026-03-01', 'overdue'],
      ['2026-03-01', 'overdue'],
      ['2026-03-02', 'today'],
      ['2026-03-09', 'thisWeek']
    ])
    const byName = Object.fromEntries(
      view.byOfficer.map((o) => [o.displayName, [o.overdue, o.today, o.thisWeek]])
    )
    expect(byName).toEqual({ zhangwei: [2, 1, 0], wangfang: [2, 0, 1], lijun: [0, 1, 1] })

    const mine = await t.call('dashboard/deadlines', { officerId: c.user.id }, a.token)
    expect(mine.unit).toEqual({ overdue: 0, today: 1, thisWeek: 1 })
  })

  it('reads the due cases through the index, not a scan of the register', async () => {
    const t = await makeTestServer()
    const plan = t.server.deps.db
      .prepare(`EXPLAIN QUERY PLAN ${CASES_DUE_SQL}`)
      .all({ until: '2026-03-09', officerId: null }) as { detail: string }[]
    const text = plan.map((p) => p.detail).join(' | ')
    expect(text).toMatch(/SEARCH cases USING INDEX cases_open_decision_due/)
    expect(text).not.toMatch(/TEMP B-TREE/)
    const payments = (
      t.server.deps.db
        .prepare(`EXPLAIN QUERY PLAN ${PAYMENTS_DUE_SQL}`)
        .all({ until: '2026-03-09', officerId: null }) as { detail: string }[]
    )
      .map((p) => p.detail)
      .join(' | ')
    expect(payments).toMatch(/SEARCH cases USING INDEX cases_open_payment_due/)
    expect(payments).not.toMatch(/TEMP B-TREE/)
  })
})

// A small world for the period-close tests: two officers, a reviewer and a head; two cases decided on
// the spot in January 2026 (served, so payments can be recorded) and one still registered.
import type Database from 'better-sqlite3'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import { makeTestServer, makeUscc, UNIT_CODE, type TestServer } from '../test-support'

export type Actor = Awaited<ReturnType<TestServer['addUser']>>

export type PeriodWorld = {
  t: TestServer
  officer: Actor
  officerB: Actor
  reviewer: Actor
  head: Actor
  /** Filed and decided on the spot on 2026-01-05 (1 000 yuan) and 2026-01-12 (500 yuan). */
  decided: [string, string]
  /** Registered on 2026-01-10, nothing recorded yet. */
  registered: string
  january: { from: string; to: string }
}

export function orgCase(
  world: Pick<PeriodWorld, 'officer' | 'officerB'>,
  discoveredOn: string,
  filedOn: string | null = null
) {
  return {
    cause: '经营超过保质期的食品',
    source: 'inspection',
    discoveredOn,
    violationOn: discoveredOn,
    filedOn,
    facts: '当事人货架上陈列超过保质期的酸奶12盒。',
    officerIds: [world.officer.user.id, world.officerB.user.id],
    parties: [
      {
        kind: 'organisation',
        name: '武汉市汉阳区晴川超市有限公司',
        uscc: makeUscc('420105', 'MA4KXY12'),
        legalRepresentative: '李明',
        address: '武汉市汉阳区晴川街1号',
        contact: '13800000000'
      }
    ]
  } satisfies CaseCreateInput
}

export const onTheSpot = (on: string, fineFen: number): LifecycleActionInput => ({
  kind: 'decideOnTheSpot',
  on,
  penalty: { types: ['fine'], fineFen, confiscationFen: null },
  place: '汉阳区晴川街',
  rightsInformed: true
})

/** Records an action with the clock on `today`. */
export async function act(
  w: Pick<PeriodWorld, 't' | 'officer'>,
  caseId: string,
  today: string,
  action: LifecycleActionInput
) {
  w.t.clock.set(`${today}T04:00:00Z`)
  const { rev } = await w.t.call('cases/progress', { id: caseId }, w.officer.token)
  return w.t.call('cases/act', { id: caseId, rev, action }, w.officer.token)
}

export async function makePeriodWorld(): Promise<PeriodWorld> {
  const t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  const officer = await t.addUser('zhangwei', ['officer'])
  const officerB = await t.addUser('wangfang', ['officer'])
  const reviewer = await t.addUser('fazhi', ['reviewer'])
  const head = await t.addUser('juzhang', ['head'])
  const w = { t, officer, officerB }
  const first = await t.call('cases/create', orgCase(w, '2026-01-05', '2026-01-05'), officer.token)
  await act(w, first.id, '2026-01-05', onTheSpot('2026-01-05', 100_000))
  const second = await t.call('cases/create', orgCase(w, '2026-01-12', '2026-01-12'), officer.token)
  await act(w, second.id, '2026-01-12', onTheSpot('2026-01-12', 50_000))
  const registered = await t.call('cases/create', orgCase(w, '2026-01-10'), officer.token)
  t.clock.set('2026-02-10T04:00:00Z')
  return {
    t,
    officer,
    officerB,
    reviewer,
    head,
    decided: [first.id, second.id],
    registered: registered.id,
    january: { from: '2026-01-01', to: '2026-01-31' }
  }
}

/** The refusal body of a call that must fail. */
export async function refusal(
  promise: Promise<unknown>
): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (e) {
    return (e as { body: { code: string; message: string } }).body
  }
  throw new Error('expected a refusal')
}

/** Row counts of the locked tables and the audit head: any write changes it. */
export function writeMark(db: Database.Database): string {
  const tables = ['case_events', 'payments', 'recovered_losses', 'decision_revocations', 'cases']
  const counts = tables.map(
    (name) => (db.prepare(`SELECT count(*) AS n FROM ${name}`).get() as { n: number }).n
  )
  const head = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as {
    hash: string
  }
  const revs = db.prepare('SELECT sum(rev) AS r FROM cases').get() as { r: number }
  return `${counts.join(',')}|${revs.r}|${head.hash}`
}

export const LATE_LOSS_FEN = 12_300
const AT = '2026-02-10T04:00:00.000Z'

/** A recovered loss dated `on`, written straight to the ledger (as an import would). */
export function insertLoss(db: Database.Database, w: PeriodWorld, id: string, on: string): void {
  db.prepare(
    `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date, evidence,
       note, origin_unit, created_by, created_at)
     VALUES (?, ?, '武汉市汉阳区晴川超市有限公司', 'other', ?, ?, '退款凭证', '', ?, ?, ?)`
  ).run(id, makeUscc('420105', 'MA4KXY12'), LATE_LOSS_FEN, on, UNIT_CODE, w.head.user.id, AT)
}

import { beforeEach, describe, expect, it } from 'vitest'
import {
  FIRST,
  HEAVIER,
  MARCH,
  MINOR,
  makeWorld,
  refusal,
  type World
} from './flexible.test-support'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})

describe('fast track (轻微速罚)', () => {
  it('is marked once, before the decision, by the case officers or a head', async () => {
    const c = await w.priceCase('MA4KXY04')
    const input = { caseId: c.id, reason: '当事人承认违法事实并自愿接受处罚' }
    expect((await refusal(w.t.call('fastTrack/mark', input, w.stranger.token))).code).toBe(
      'FORBIDDEN'
    )
    const row = await w.t.call('fastTrack/mark', input, w.officerB.token)
    expect(row).toMatchObject({ caseId: c.id, marked: true, markReason: input.reason })
    expect(w.auditActions().at(-1)).toBe('fastTrack/mark')
    expect((await refusal(w.t.call('fastTrack/mark', input, w.head.token))).message).toContain(
      '只记录一次'
    )
    const decided = await w.priceCase('MA4KXY05')
    await w.decidePenalty(decided.id, 500_000)
    const late = await refusal(
      w.t.call('fastTrack/mark', { ...input, caseId: decided.id }, w.head.token)
    )
    expect(late.message).toContain('作出决定之前')
  })

  it('lists simple-procedure and marked cases with their days from filing to decision', async () => {
    // Simple procedure: the HEAVIER band allows it up to 3 000 yuan, and 3 000 were decided.
    const simple = await w.priceCase('MA4KXY06')
    await w.evaluate(simple.id, HEAVIER)
    await w.decidePenalty(simple.id, 300_000)
    // Same band, 5 000 yuan decided: ordinary procedure, not on the fast track.
    const ordinary = await w.priceCase('MA4KXY07')
    await w.evaluate(ordinary.id, HEAVIER)
    await w.decidePenalty(ordinary.id, 500_000)
    // Marked, decided at 5 000 yuan on 03-12.
    const marked = await w.priceCase('MA4KXY08')
    await w.t.call('fastTrack/mark', { caseId: marked.id, reason: '认罚' }, w.officerA.token)
    await w.decidePenalty(marked.id, 500_000, '2026-03-12')
    // Marked and still open.
    const open = await w.priceCase('MA4KXY09')
    await w.t.call('fastTrack/mark', { caseId: open.id, reason: '认罚' }, w.officerA.token)
    // Simple procedure, decided in April: outside the period.
    const april = await w.priceCase('MA4KXY10')
    await w.evaluate(april.id, HEAVIER)
    await w.decidePenalty(april.id, 300_000, '2026-04-02')

    const view = await w.t.call('fastTrack/list', MARCH, w.stranger.token)
    expect(
      view.rows.map((r) => [r.caseId, r.simpleProcedure, r.marked, r.decidedOn, r.days])
    ).toEqual([
      [open.id, false, true, null, null],
      [marked.id, false, true, '2026-03-12', 10],
      [simple.id, true, false, '2026-03-10', 8]
    ])
    const summary = await w.t.call('flexible/summary', MARCH, w.stranger.token)
    expect(summary.decided).toBe(3)
    expect(summary.fastTrack).toEqual({ decided: 2, sharePermille: 667, averageDays: 9 })
  })
})

describe('flexible figures of a period', () => {
  it('counts 首违不罚 and 轻微免罚 on no-penalty decisions in the period only', async () => {
    const first = await w.priceCase('MA4KXY11')
    await w.evaluate(first.id, FIRST)
    await w.decideNoPenalty(first.id)
    const minor = await w.priceCase('MA4KXY12')
    await w.evaluate(minor.id, MINOR)
    await w.decideNoPenalty(minor.id, '2026-03-11', '2026-04-01')
    // 首违不罚 proposed, but decided in April.
    const april = await w.priceCase('MA4KXY13')
    await w.evaluate(april.id, FIRST)
    await w.decideNoPenalty(april.id, '2026-04-01', '2026-05-01')
    // No evaluation: a no-penalty decision on other grounds.
    const plain = await w.priceCase('MA4KXY14')
    await w.decideNoPenalty(plain.id, '2026-03-12', '2026-05-12')
    // 首违不罚 proposed, yet decided with a penalty: not an exemption.
    const penalised = await w.priceCase('MA4KXY15')
    await w.evaluate(penalised.id, FIRST)
    await w.decidePenalty(penalised.id, 100_000)

    // 04-09: the minor case's follow-up (04-01) is due, the first one's (04-10) not yet.
    w.t.clock.set('2026-04-09T04:00:00Z')
    const s = await w.t.call('flexible/summary', MARCH, w.stranger.token)
    expect(s).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      decided: 4,
      firstViolationExempt: 1,
      minorExempt: 1,
      noPenaltyTotal: 3,
      education: { recorded: 3, followedUp: 0, due: 1 }
    })
    const april2 = await w.t.call(
      'flexible/summary',
      { from: '2026-04-01', to: '2026-04-30' },
      w.head.token
    )
    expect(april2).toMatchObject({ decided: 1, firstViolationExempt: 1, noPenaltyTotal: 1 })
  })

  it('counts public service verified and not withdrawn, with the decisive evaluation’s offset', async () => {
    const db = w.t.server.deps.db
    const served = await w.priceCase('MA4KXY16')
    await w.decidePenalty(served.id, 200_000)
    const withdrawn = await w.priceCase('MA4KXY17')
    await w.decidePenalty(withdrawn.id, 200_000)
    const evidence = await w.t.call(
      'evidence/add',
      {
        caseId: served.id,
        kind: 'audiovisual',
        title: '公益服务签到表',
        fileName: 'sign-in.png',
        mediaType: 'image/png',
        contentBase64: Buffer.from('sign-in sheet').toString('base64'),
        collectedBy: 'zhangwei',
        collectedOn: '2026-03-08',
        place: '晴川街道'
      },
      w.officerA.token
    )
    const insertEvent = db.prepare(
      `INSERT INTO public_service_events (id, case_id, application_id, kind, service_code,
         service_name, measure, quantity_tenths, on_date, evidence_id, note, origin_unit, created_by,
         created_at)
       VALUES (?, ?, ?, ?, 'PS-01', '河道清漂', 'hours', ?, '2026-03-08', ?, '—', 'u', ?, ?)`
    )
    const served1 = '00000000-0000-7000-8000-000000000001'
    const withdrawn1 = '00000000-0000-7000-8000-000000000002'
    const by = w.officerA.user.id
    insertEvent.run(served1, served.id, served1, 'apply', 80, null, by, '2026-03-07T01:00:00Z')
    insertEvent.run('v', served.id, served1, 'verify', 80, evidence.id, by, '2026-03-08T01:00:00Z')
    // Withdrawn before any verification (an application ends once, verified or withdrawn).
    insertEvent.run(
      withdrawn1,
      withdrawn.id,
      withdrawn1,
      'apply',
      80,
      null,
      by,
      '2026-03-07T01:00:00Z'
    )
    insertEvent.run(
      'w',
      withdrawn.id,
      withdrawn1,
      'withdraw',
      null,
      null,
      by,
      '2026-03-08T02:00:00Z'
    )
    // The decisive evaluation is the latest one recorded before the decision; a later one is not.
    const insertEvaluation = db.prepare(
      `INSERT INTO case_evaluations (id, case_id, item_code, act_date, establishes_violation,
         benchmark_id, statute_version, prior_violations, facts, result, choice, outcome_level,
         deviation, origin_unit, created_by, created_at, public_service_offset_fen)
       VALUES (?, ?, 'SC-PR-13-01', '2026-03-01', 1, 'b', 's', 0, '{}',
         '{"ok":true,"procedure":{"kind":"ordinary"}}', 'accept', 'NORMAL', 0, 'u', ?, ?, ?)`
    )
    for (const c of [served, withdrawn]) {
      insertEvaluation.run(`${c.id}-1`, c.id, w.officerA.user.id, '2026-03-08T03:00:00Z', 40_000)
      insertEvaluation.run(
        `${c.id}-2`,
        c.id,
        w.officerA.user.id,
        '2026-03-31T00:00:00.000Z',
        99_900
      )
    }
    const s = await w.t.call('flexible/summary', MARCH, w.stranger.token)
    expect(s.publicService).toEqual({
      cases: 1,
      tenths: { hours: 80, points: 0 },
      offsetFen: 40_000
    })
    expect(s.decided).toBe(2)
  })

  it('refuses unknown cases and an inverted period', async () => {
    const unknown = { caseId: '00000000-0000-7000-8000-0000000000ff' }
    expect((await refusal(w.t.call('education/get', unknown, w.head.token))).code).toBe('NOT_FOUND')
    const inverted = await refusal(
      w.t.call('flexible/summary', { from: '2026-03-31', to: '2026-03-01' }, w.head.token)
    )
    expect(inverted.code).toBe('VALIDATION')
  })
})

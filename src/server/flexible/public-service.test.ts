// 公益减罚 through the server: application, verification with case evidence, withdrawal, and the
// verified service reaching the discretion proposal and the stored evaluation.
import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'
import { insertPublicServiceEvent } from './public-service-repo'

type Actor = Awaited<ReturnType<TestServer['addUser']>>
let t: TestServer
let officer: Actor
let partner: Actor
let outsider: Actor
let head: Actor
let caseId: string

const PARTY = {
  kind: 'organisation' as const,
  name: '晴川超市有限公司',
  uscc: makeUscc('420105', 'MA4KXY12'),
  legalRepresentative: '李明',
  address: '汉阳',
  contact: ''
}

/** SC-PR-13-01 with serious harm, not corrected: 从重, 3000–5000元 (see the shipped catalogue). */
const FACTS: CaseFactsInput = {
  itemCode: 'SC-PR-13-01',
  party: { kind: 'organisation' },
  dates: { violation: '2026-02-20', discovery: '2026-02-20', decision: '2026-03-10' },
  harm: 'serious'
}

async function newCase(filedOn: string | null = '2026-02-21') {
  const c = await t.call(
    'cases/create',
    {
      cause: '未按规定明码标价',
      source: 'inspection',
      discoveredOn: '2026-02-20',
      violationOn: '2026-02-20',
      filedOn,
      facts: '商品未标价',
      officerIds: [officer.user.id, partner.user.id],
      parties: [PARTY]
    },
    officer.token
  )
  return c.id
}

const addEvidence = (id: string, title = '清漂签到表及现场照片') =>
  t.call(
    'evidence/add',
    {
      caseId: id,
      kind: 'documentary',
      title,
      fileName: 'sign-in.png',
      mediaType: 'image/png',
      contentBase64: Buffer.from(`sign-in sheet ${title}`).toString('base64'),
      collectedBy: 'zhangwei',
      collectedOn: '2026-03-01',
      place: '汉江晴川段'
    },
    officer.token
  )

const applyFor = (id: string, hours = 8, who: Actor = officer, serviceCode = 'PS-CLEAN') =>
  t.call(
    'publicService/apply',
    {
      caseId: id,
      serviceCode,
      quantityTenths: hours * 10,
      on: '2026-02-25',
      statement: '本人自愿参加汉江晴川段清漂保洁，申请折抵罚款。',
      voluntary: true
    },
    who.token
  )

const verifyWith = (applicationId: string, evidenceId: string, hours = 8, who: Actor = officer) =>
  t.call(
    'publicService/verify',
    {
      applicationId,
      quantityTenths: hours * 10,
      on: '2026-03-01',
      evidenceId,
      note: '经现场核对签到表，服务完成。'
    },
    who.token
  )

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (e) {
    return (e as { body: { code: string; message: string } }).body
  }
  throw new Error('expected a refusal')
}

function counts() {
  const db = t.server.deps.db
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n
  return {
    events: one('SELECT count(*) AS n FROM public_service_events'),
    audit: one('SELECT count(*) AS n FROM audit_log')
  }
}

beforeEach(async () => {
  t = await makeTestServer()
  officer = await t.addUser('zhangwei', ['officer'])
  partner = await t.addUser('wangfang', ['officer'])
  outsider = await t.addUser('lijun', ['officer'])
  head = await t.addUser('juzhang', ['head'])
  caseId = await newCase()
})

describe('publicService handlers', () => {
  it('lists the unit catalogue with each rate, cap and basis', async () => {
    const items = await t.call('publicService/catalogue', {}, outsider.token)
    expect(items.find((i) => i.code === 'PS-CLEAN')).toMatchObject({
      name: '河道、库区清漂保洁',
      measure: 'hours',
      fenPerUnit: 5000,
      capPercent: 50
    })
  })

  it('8 verified hours lower the proposal by 400元, cite the ground, and are stored with the evaluation', async () => {
    const before = await t.call('discretion/preview', { caseId, facts: FACTS }, officer.token)
    if (!before.result.ok) throw new Error(JSON.stringify(before.result.problems))
    expect(before.result.fine).toEqual({ minFen: 300000, maxFen: 500000 })

    const evidence = await addEvidence(caseId)
    const applied = await applyFor(caseId)
    expect(applied).toMatchObject({
      status: 'applied',
      appliedTenths: 80,
      serviceName: '河道、库区清漂保洁'
    })
    // Applied but not yet verified: nothing is offset.
    const pending = await t.call('discretion/preview', { caseId, facts: FACTS }, officer.token)
    expect(pending.result.ok && pending.result.fine).toEqual({ minFen: 300000, maxFen: 500000 })

    const verified = await verifyWith(applied.applicationId, evidence.id)
    expect(verified).toMatchObject({
      status: 'verified',
      verifiedTenths: 80,
      verifiedOn: '2026-03-01',
      verifiedBy: 'zhangwei',
      evidenceTitle: '清漂签到表及现场照片'
    })

    const after = await t.call('discretion/preview', { caseId, facts: FACTS }, officer.token)
    const r = after.result
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    expect(r.outcome.level).toBe(before.result.outcome.level)
    expect(r.fine).toEqual({ minFen: 260000, maxFen: 460000 })
    expect(r.publicService?.offsetFen).toBe(40000)
    expect(r.grounds.mitigating.map((g) => g.label)).toContain(
      '当事人自愿参加公益服务（河道、库区清漂保洁）8小时，经核实完成'
    )
    expect(r.explanation).toContain('折抵罚款400元，建议罚款2600元至4600元')

    const saved = await t.call(
      'discretion/apply',
      { caseId, rev: 1, facts: FACTS, choice: 'accept' },
      officer.token
    )
    expect(saved.fine).toEqual({ minFen: 260000, maxFen: 460000 })
    const stored = t.server.deps.db
      .prepare('SELECT public_service_offset_fen AS fen FROM case_evaluations WHERE id = ?')
      .get(saved.id) as { fen: number | null }
    expect(stored.fen).toBe(40000)

    const actions = (await t.call('cases/history', { id: caseId }, officer.token)).map(
      (h) => h.action
    )
    expect(actions).toEqual([
      'cases/create',
      'evidence/add',
      'publicService/apply',
      'publicService/verify',
      'discretion/apply'
    ])
    expect(verifyAuditChain(t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('refuses facts that try to carry public service from the caller', async () => {
    const facts = { ...FACTS, publicService: [{ serviceCode: 'PS-CLEAN', quantityTenths: 800 }] }
    const r = await t.server.call('discretion/preview', { caseId, facts } as never, officer.token)
    expect(r.ok ? null : r.error.code).toBe('VALIDATION')
  })

  it('refuses without writing: outsider, unknown service, foreign or withdrawn evidence, more than applied, twice', async () => {
    const evidence = await addEvidence(caseId)
    const otherCase = await newCase()
    const foreign = await addEvidence(otherCase, '他案证据')
    const withdrawnEvidence = await addEvidence(caseId, '作废的照片')
    await t.call(
      'evidence/withdraw',
      { id: withdrawnEvidence.id, rev: withdrawnEvidence.rev, reason: '拍错对象' },
      officer.token
    )
    const applied = await applyFor(caseId)
    const start = counts()
    const refusals = [
      await refusal(applyFor(caseId, 8, outsider)),
      await refusal(applyFor(caseId, 8, officer, 'PS-NONE')),
      await refusal(verifyWith(applied.applicationId, foreign.id)),
      await refusal(verifyWith(applied.applicationId, withdrawnEvidence.id)),
      await refusal(verifyWith(applied.applicationId, evidence.id, 9)),
      await refusal(verifyWith(applied.applicationId, evidence.id, 8, outsider))
    ]
    expect(refusals.map((r) => r.code)).toEqual([
      'FORBIDDEN',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'REFUSED',
      'FORBIDDEN'
    ])
    expect(refusals[1]?.message).toContain('PS-NONE')
    expect(refusals[2]?.message).toContain('不属于本案')
    expect(refusals[3]?.message).toContain('已撤回')
    expect(refusals[4]?.message).toContain('8小时')
    expect(counts()).toEqual(start)

    await verifyWith(applied.applicationId, evidence.id, 8, head)
    const again = counts()
    expect((await refusal(verifyWith(applied.applicationId, evidence.id))).message).toContain(
      '已核实'
    )
    const lateWithdraw = refusal(
      t.call(
        'publicService/withdraw',
        { applicationId: applied.applicationId, on: '2026-03-01', note: '当事人撤回' },
        officer.token
      )
    )
    expect((await lateWithdraw).code).toBe('REFUSED')
    expect(counts()).toEqual(again)
  })

  it('keeps the rules in the database too: evidence of another case, a second end', async () => {
    const applied = await applyFor(caseId)
    const foreign = await addEvidence(await newCase(), '他案证据')
    const row = {
      id: t.server.deps.newId(),
      case_id: caseId,
      application_id: applied.applicationId,
      kind: 'verify' as const,
      service_code: 'PS-CLEAN',
      service_name: '河道、库区清漂保洁',
      measure: 'hours' as const,
      quantity_tenths: 80,
      on_date: '2026-03-01',
      evidence_id: foreign.id,
      note: '',
      origin_unit: 'x',
      created_by: officer.user.id,
      created_at: '2026-03-01T00:00:00Z'
    }
    const db = t.server.deps.db
    expect(() => insertPublicServiceEvent(db, row)).toThrow(/same case/)
    const own = await addEvidence(caseId)
    insertPublicServiceEvent(db, { ...row, evidence_id: own.id })
    expect(() =>
      insertPublicServiceEvent(db, {
        ...row,
        id: t.server.deps.newId(),
        kind: 'withdraw',
        quantity_tenths: null,
        evidence_id: null
      })
    ).toThrow(/once/)
    expect(() => db.prepare('DELETE FROM public_service_events').run()).toThrow(/append-only/)
  })

  it('withdraws an unverified application, which then offsets nothing and cannot be verified', async () => {
    const evidence = await addEvidence(caseId)
    const applied = await applyFor(caseId)
    const withdrawn = await t.call(
      'publicService/withdraw',
      { applicationId: applied.applicationId, on: '2026-02-26', note: '当事人撤回申请' },
      partner.token
    )
    expect(withdrawn).toMatchObject({ status: 'withdrawn', note: '当事人撤回申请' })
    expect(await refusal(verifyWith(applied.applicationId, evidence.id))).toMatchObject({
      code: 'REFUSED'
    })
    const list = await t.call('publicService/list', { caseId }, outsider.token)
    expect(list.map((v) => v.status)).toEqual(['withdrawn'])
    const preview = await t.call('discretion/preview', { caseId, facts: FACTS }, officer.token)
    expect(preview.result.ok && preview.result.publicService).toBeNull()
  })

  it('refuses a verification dated before the application, and any step after the decision', async () => {
    const spot = await newCase(null)
    const evidence = await addEvidence(spot)
    const applied = await applyFor(spot)
    const early = await refusal(
      t.call(
        'publicService/verify',
        {
          applicationId: applied.applicationId,
          quantityTenths: 80,
          on: '2026-02-24',
          evidenceId: evidence.id,
          note: '核实'
        },
        officer.token
      )
    )
    expect(early.message).toContain('早于申请日期')
    const { rev } = await t.call('cases/progress', { id: spot }, officer.token)
    await t.call(
      'cases/act',
      {
        id: spot,
        rev,
        action: {
          kind: 'decideOnTheSpot',
          on: '2026-03-02',
          penalty: { types: ['fine'], fineFen: 100_000, confiscationFen: null },
          place: '现场',
          rightsInformed: true
        }
      },
      officer.token
    )
    const late = await refusal(verifyWith(applied.applicationId, evidence.id))
    expect(late.message).toContain('已作出处理决定')
  })

  it('refuses a notice on an evaluation made before the service was verified, until it is re-evaluated', async () => {
    const act = async (action: Parameters<typeof t.call<'cases/act'>>[1]['action']) => {
      const { rev } = await t.call('cases/progress', { id: caseId }, officer.token)
      return t.call('cases/act', { id: caseId, rev, action }, officer.token)
    }
    const evaluate = async () => {
      const detail = await t.call('cases/get', { id: caseId }, officer.token)
      return t.call(
        'discretion/apply',
        { caseId, rev: detail.rev, facts: FACTS, choice: 'accept' },
        officer.token
      )
    }
    await evaluate()
    await act({
      kind: 'closeInvestigation',
      on: '2026-03-01',
      conclusion: 'penalty',
      legalReviewRequired: false,
      collectiveDiscussionRequired: false,
      summary: '拟罚款'
    })
    const evidence = await addEvidence(caseId)
    const applied = await applyFor(caseId)
    await verifyWith(applied.applicationId, evidence.id)
    const notice = {
      kind: 'notify' as const,
      on: '2026-03-02',
      penalty: { types: ['fine' as const], fineFen: 260_000, confiscationFen: null },
      hearingOffered: false
    }
    const stale = await refusal(act(notice))
    expect(stale.code).toBe('REFUSED')
    expect(stale.message).toContain('尚未计入裁量评估')
    const reevaluated = await evaluate()
    expect(reevaluated.fine).toEqual({ minFen: 260_000, maxFen: 460_000 })
    expect((await act(notice)).status).toBe('NOTIFIED')
  })
})

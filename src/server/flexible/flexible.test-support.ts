// Fixtures of the flexible-enforcement tests: a server with two officers, an outsider and a head,
// and 明码标价 cases (SC-PR-13-01) taken to a penalty or a no-penalty decision through the API.
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

export const MARCH = { from: '2026-03-01', to: '2026-03-31' }
export const fine = (fineFen: number) => ({
  types: ['fine' as const],
  fineFen,
  confiscationFen: null
})
export const EDUCATION = {
  forms: ['criticism' as const, 'lawPromotion' as const],
  content: '指出未明码标价的违法性质，讲解《价格法》相关规定。',
  educatedOn: '2026-03-10',
  followUpOn: '2026-04-10'
}

const facts = (over: Partial<CaseFactsInput>): CaseFactsInput => ({
  itemCode: 'SC-PR-13-01',
  party: { kind: 'organisation' },
  dates: { violation: '2026-03-01', discovery: '2026-03-02', decision: '2026-03-20' },
  harm: 'slight',
  correction: { corrected: true, prompt: true },
  ...over
})
/** APL Art. 33 ¶1 sentence 2: first violation, slight harm, promptly corrected. */
export const FIRST = facts({})
/** Sentence 1: minor, no harm, promptly corrected. */
export const MINOR = facts({ minorViolation: true, harm: 'none' })
/** Serious harm, not corrected: HEAVIER, 3 000–5 000 yuan, simple procedure up to 3 000 yuan. */
export const HEAVIER = facts({ harm: 'serious', correction: { corrected: false, prompt: false } })

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

export type World = Awaited<ReturnType<typeof makeWorld>>

export async function makeWorld() {
  // The tests move the clock by weeks; sessions must outlive that.
  const t: TestServer = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  const officerA = await t.addUser('zhangwei', ['officer'])
  const officerB = await t.addUser('wangfang', ['officer'])
  const stranger = await t.addUser('lisi', ['officer'])
  const head = await t.addUser('juzhang', ['head'])

  /** A 明码标价 case against its own organisation, filed on 2026-03-02. */
  const priceCase = (org8: string) => {
    t.clock.set('2026-03-02T04:00:00Z')
    return t.call(
      'cases/create',
      {
        cause: '未按规定明码标价',
        source: 'inspection',
        discoveredOn: '2026-03-02',
        violationOn: '2026-03-01',
        filedOn: '2026-03-02',
        facts: '商品未标价',
        officerIds: [officerA.user.id, officerB.user.id],
        parties: [
          {
            kind: 'organisation',
            name: `商户${org8}`,
            uscc: makeUscc('420105', org8),
            legalRepresentative: '李明',
            address: '汉阳',
            contact: ''
          }
        ]
      },
      officerA.token
    )
  }

  const evaluate = async (caseId: string, f: CaseFactsInput) => {
    const { rev } = await t.call('cases/progress', { id: caseId }, officerA.token)
    return t.call('discretion/apply', { caseId, rev, facts: f, choice: 'accept' }, officerA.token)
  }

  /** Records an action on `today` (the server clock moves there first). */
  const act = async (caseId: string, today: string, action: LifecycleActionInput) => {
    t.clock.set(`${today}T04:00:00Z`)
    const { rev } = await t.call('cases/progress', { id: caseId }, officerA.token)
    return t.call('cases/act', { id: caseId, rev, action }, officerA.token)
  }

  const closeInvestigation = (caseId: string, conclusion: 'penalty' | 'noPenalty') =>
    act(caseId, '2026-03-05', {
      kind: 'closeInvestigation',
      on: '2026-03-05',
      conclusion,
      legalReviewRequired: false,
      collectiveDiscussionRequired: false,
      summary: conclusion === 'penalty' ? '拟罚款' : '初次违法，危害后果轻微并及时改正'
    })

  const decidePenalty = async (caseId: string, fineFen: number, on = '2026-03-10') => {
    await closeInvestigation(caseId, 'penalty')
    await act(caseId, '2026-03-06', {
      kind: 'notify',
      on: '2026-03-06',
      penalty: fine(fineFen),
      hearingOffered: false
    })
    await act(caseId, '2026-03-09', { kind: 'waive', on: '2026-03-09' })
    await act(caseId, on, {
      kind: 'decide',
      on,
      outcome: 'penalty',
      penalty: fine(fineFen),
      reasons: '依法决定'
    })
  }

  /** Educated on the decision day; followed up on `followUpOn`. */
  const decideNoPenalty = async (caseId: string, on = '2026-03-10', followUpOn = '2026-04-10') => {
    await closeInvestigation(caseId, 'noPenalty')
    return act(caseId, on, {
      kind: 'decide',
      on,
      outcome: 'noPenalty',
      penalty: null,
      reasons: '首违不罚',
      education: { ...EDUCATION, educatedOn: on, followUpOn }
    })
  }

  const auditActions = (): string[] => {
    const rows = t.server.deps.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as {
      action: string
    }[]
    return rows.map((r) => r.action)
  }

  return {
    t,
    officerA,
    officerB,
    stranger,
    head,
    priceCase,
    evaluate,
    act,
    closeInvestigation,
    decidePenalty,
    decideNoPenalty,
    auditActions
  }
}

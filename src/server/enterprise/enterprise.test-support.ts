// Fixtures of the enterprise-supervision tests: a server with an officer pair, an enterprise, a case
// against it and a clue about it.
import type { Input } from '../../shared/api'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

export type Actor = Awaited<ReturnType<TestServer['addUser']>>

export const FIRM = makeUscc('420105', 'MA4K1234')
export const OTHER_FIRM = makeUscc('420105', 'MA4K5678')

export type EnterpriseWorld = { t: TestServer; officer: Actor; partner: Actor }

/** A server on 2026-03-02 (Beijing) with two officers; sessions last a year so the clock can move. */
export async function makeWorld(): Promise<EnterpriseWorld> {
  const t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  const officer = await t.addUser('zhangwei', ['officer'])
  const partner = await t.addUser('wangfang', ['officer'])
  t.clock.set('2026-03-02T04:00:00Z')
  return { t, officer, partner }
}

/** Moves the clock to noon of a Beijing date. */
export function setToday(t: TestServer, date: string): void {
  t.clock.set(`${date}T04:00:00Z`)
}

export async function createCase(w: EnterpriseWorld, uscc = FIRM) {
  return w.t.call(
    'cases/create',
    {
      cause: '违规收取检测费',
      source: 'inspection',
      discoveredOn: '2026-03-02',
      violationOn: '2026-03-01',
      filedOn: '2026-03-02',
      facts: '向企业收取无依据的检测费',
      officerIds: [w.officer.user.id, w.partner.user.id],
      parties: [
        {
          kind: 'organisation',
          name: '汉阳晴川食品有限公司',
          uscc,
          legalRepresentative: '李明',
          address: '汉阳',
          contact: ''
        }
      ]
    },
    w.officer.token
  )
}

export const clueInput = (
  change: Partial<Input<'clues/register'>> = {}
): Input<'clues/register'> => ({
  receivedOn: '2026-03-02',
  channel: 'hotline12345',
  reporter: '王先生',
  uscc: FIRM,
  enterpriseName: '汉阳晴川食品有限公司',
  agency: '区住建局',
  problemType: 'illegalFee',
  amountFen: 15_000_000,
  summary: '企业反映被违规收取检测费15万元',
  ...change
})

export const lossInput = (
  clueId: string | null,
  change: Partial<Input<'losses/record'>> = {}
): Input<'losses/record'> => ({
  uscc: FIRM,
  enterpriseName: '汉阳晴川食品有限公司',
  category: 'illegalFeeRefunded',
  amountFen: 15_000_000,
  on: '2026-03-10',
  caseId: null,
  clueId,
  evidence: '退费凭证 HY-2026-001',
  note: '',
  ...change
})

export const inspectionInput = (
  change: Partial<Input<'inspections/record'>> = {}
): Input<'inspections/record'> => ({
  uscc: FIRM,
  enterpriseName: '汉阳晴川食品有限公司',
  on: '2026-03-02',
  agency: '汉阳区市场监督管理局',
  legalBasis: '《市场监督管理行政处罚程序规定》；“双随机、一公开”抽查计划',
  result: 'noProblem',
  resultNote: '',
  caseId: null,
  ...change
})

/** A clue taken through 转办 and 办结, as the e2e does before recording the refund. */
export async function handledClue(w: EnterpriseWorld) {
  const { t, officer } = w
  const clue = await t.call('clues/register', clueInput(), officer.token)
  const sent = await t.call(
    'clues/step',
    {
      kind: 'transfer',
      clueId: clue.id,
      rev: clue.rev,
      on: '2026-03-02',
      note: '转区住建局核查',
      toAgency: '区住建局',
      deadlineOn: '2026-03-16'
    },
    officer.token
  )
  setToday(t, '2026-03-10')
  return t.call(
    'clues/step',
    {
      kind: 'handle',
      clueId: clue.id,
      rev: sent.rev,
      on: '2026-03-10',
      note: '已责令退还',
      finding: 'substantiated'
    },
    officer.token
  )
}

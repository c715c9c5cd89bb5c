import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

let t: TestServer
let officer: Awaited<ReturnType<TestServer['addUser']>>
let partner: Awaited<ReturnType<TestServer['addUser']>>
const USCC = makeUscc('420105', 'MA4KXY12')

async function priceCase(violation: string) {
  return t.call(
    'cases/create',
    {
      cause: '未按规定明码标价',
      source: 'inspection',
      discoveredOn: violation,
      violationOn: violation,
      filedOn: violation,
      facts: '商品未标价',
      officerIds: [officer.user.id, partner.user.id],
      parties: [
        {
          kind: 'organisation',
          name: '晴川超市有限公司',
          uscc: USCC,
          legalRepresentative: '李明',
          address: '汉阳',
          contact: ''
        }
      ]
    },
    officer.token
  )
}

/** 首违不罚 facts: first violation, slight harm, promptly corrected (APL Art. 33 ¶1 sentence 2). */
function firstViolationFacts(violation: string, decision: string): CaseFactsInput {
  return {
    itemCode: 'SC-PR-13-01',
    party: { kind: 'organisation' },
    dates: { violation, discovery: violation, decision },
    harm: 'slight',
    correction: { corrected: true, prompt: true }
  }
}

function acceptFirstViolation(caseId: string, violation: string, decision: string) {
  const facts = firstViolationFacts(violation, decision)
  return t.call('discretion/apply', { caseId, rev: 1, facts, choice: 'accept' }, officer.token)
}

function previewFirstViolation(caseId: string, violation: string, decision: string) {
  const facts = firstViolationFacts(violation, decision)
  return t.call('discretion/preview', { caseId, facts }, officer.token)
}

beforeEach(async () => {
  t = await makeTestServer()
  officer = await t.addUser('zhangwei', ['officer'])
  partner = await t.addUser('wangfang', ['officer'])
})

describe('discretion on a case', () => {
  it('proposes 首违不罚 citing APL Art. 33, and freezes the accepted evaluation on the case', async () => {
    const c = await priceCase('2026-10-08')
    const preview = await previewFirstViolation(c.id, '2026-10-08', '2026-10-20')
    expect(preview.priorViolations).toBe(0)
    const r = preview.result
    if (!r.ok) throw new Error(JSON.stringify(r.problems))
    expect(r.outcome).toEqual({
      level: 'NO_PENALTY',
      ground: 'firstViolationExemption',
      mandatory: false
    })
    expect(r.requiresConfirmation).toBe(true)
    expect(r.explanation).toContain('第三十三条')

    const saved = await t.call(
      'discretion/apply',
      {
        caseId: c.id,
        rev: c.rev,
        facts: firstViolationFacts('2026-10-08', '2026-10-20'),
        choice: 'accept'
      },
      officer.token
    )
    expect(saved.outcomeLevel).toBe('NO_PENALTY')
    expect(saved.deviation).toBe(false)
    expect((await t.call('cases/get', { id: c.id }, officer.token)).rev).toBe(2)
    const history = await t.call('cases/history', { id: c.id }, officer.token)
    expect(history.at(-1)?.action).toBe('discretion/apply')
    expect(String(history.at(-1)?.changes[0]?.after)).toContain('不予行政处罚')
    expect(verifyAuditChain(t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('does not propose 首违不罚 for the same party and item a month later', async () => {
    const first = await priceCase('2026-09-01')
    await acceptFirstViolation(first.id, '2026-09-01', '2026-09-10')
    const second = await priceCase('2026-10-01')
    const preview = await previewFirstViolation(second.id, '2026-10-01', '2026-10-10')
    expect(preview.priorViolations).toBe(1)
    if (!preview.result.ok) throw new Error('engine refused')
    expect(preview.result.outcome.level).not.toBe('NO_PENALTY')
  })

  it('counts only violations inside the look-back window', async () => {
    const old = await priceCase('2023-01-05')
    await acceptFirstViolation(old.id, '2023-01-05', '2023-01-20')
    const now = await priceCase('2026-10-01')
    const preview = await previewFirstViolation(now.id, '2026-10-01', '2026-10-10')
    expect(preview.priorViolations).toBe(0)
  })

  it('refuses to decline an exemption that needs no confirmation, and requires a reason for a deviation', async () => {
    const c = await priceCase('2026-10-08')
    const facts: CaseFactsInput = {
      ...firstViolationFacts('2026-10-08', '2026-10-20'),
      harm: 'serious',
      correction: { corrected: false }
    }
    const preview = await t.call('discretion/preview', { caseId: c.id, facts }, officer.token)
    if (!preview.result.ok || !preview.result.fine) throw new Error('expected a fine range')
    const decline = await t.server.call(
      'discretion/apply',
      { caseId: c.id, rev: 1, facts, choice: 'declineExemption' },
      officer.token
    )
    expect(decline.ok ? null : decline.error.code).toBe('REFUSED')
    const above = { ...facts, intendedFineFen: preview.result.fine.maxFen + 100 }
    const noReason = await t.server.call(
      'discretion/apply',
      { caseId: c.id, rev: 1, facts: above, choice: 'accept' },
      officer.token
    )
    expect(noReason.ok ? null : noReason.error.issues?.[0]?.path).toBe('deviationReason')
    const withReason = await t.call(
      'discretion/apply',
      {
        caseId: c.id,
        rev: 1,
        facts: above,
        choice: 'accept',
        deviationReason: '经集体讨论，情节特别恶劣'
      },
      officer.token
    )
    expect(withReason.deviation).toBe(true)
    expect(withReason.deviationReason).toBe('经集体讨论，情节特别恶劣')
  })

  it('never changes a frozen evaluation', async () => {
    const c = await priceCase('2026-10-08')
    const saved = await t.call(
      'discretion/apply',
      {
        caseId: c.id,
        rev: 1,
        facts: firstViolationFacts('2026-10-08', '2026-10-20'),
        choice: 'accept'
      },
      officer.token
    )
    expect(() =>
      t.server.deps.db
        .prepare("UPDATE case_evaluations SET outcome_level = 'HEAVIER' WHERE id = ?")
        .run(saved.id)
    ).toThrow(/append-only/)
    const stale = await t.server.call(
      'discretion/apply',
      {
        caseId: c.id,
        rev: 1,
        facts: firstViolationFacts('2026-10-08', '2026-10-20'),
        choice: 'accept'
      },
      officer.token
    )
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT')
  })

  it('lists catalogue items with their citations, searchable by name or law', async () => {
    const all = await t.call('discretion/items', {}, officer.token)
    expect(all.length).toBeGreaterThanOrEqual(17)
    const price = await t.call('discretion/items', { query: '明码标价' }, officer.token)
    expect(price.map((i) => i.code)).toContain('SC-PR-13-01')
    expect(price.find((i) => i.code === 'SC-PR-13-01')?.penaltyProvision).toMatch(
      /价格违法行为行政处罚规定/
    )
  })
})

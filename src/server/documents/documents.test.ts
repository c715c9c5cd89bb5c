import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

type Actor = Awaited<ReturnType<TestServer['addUser']>>
let t: TestServer
let officer: Actor
let partner: Actor
let head: Actor
const USCC = makeUscc('420105', 'MA4KXY12')

beforeEach(async () => {
  t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  officer = await t.addUser('zhangwei', ['officer'])
  partner = await t.addUser('wangfang', ['officer'])
  head = await t.addUser('juzhang', ['head'])
})

async function act(caseId: string, today: string, action: LifecycleActionInput) {
  t.clock.set(`${today}T04:00:00Z`)
  const { rev } = await t.call('cases/progress', { id: caseId }, officer.token)
  return t.call('cases/act', { id: caseId, rev, action }, officer.token)
}

const fine = (fineFen: number) => ({ types: ['fine' as const], fineFen, confiscationFen: null })

type NewParty = CaseCreateInput['parties'][number]

const QINGCHUAN: NewParty = {
  kind: 'organisation',
  name: '武汉市汉阳区晴川超市有限公司',
  uscc: USCC,
  legalRepresentative: '李明',
  address: '武汉市汉阳区晴川街1号',
  contact: ''
}

/** A price-marking case with its benchmark evaluation (serious harm, not corrected: a fine). */
async function evaluatedPriceCase(
  party: NewParty,
  d: { violation: string; discovery: string; filedOn: string | null; decision: string },
  facts: string
) {
  const c = await t.call(
    'cases/create',
    {
      cause: '未按规定明码标价',
      source: 'inspection',
      discoveredOn: d.discovery,
      violationOn: d.violation,
      filedOn: d.filedOn,
      facts,
      officerIds: [officer.user.id, partner.user.id],
      parties: [party]
    },
    officer.token
  )
  await t.call(
    'discretion/apply',
    {
      caseId: c.id,
      rev: c.rev,
      facts: {
        itemCode: 'SC-PR-13-01',
        party: { kind: party.kind },
        dates: { violation: d.violation, discovery: d.discovery, decision: d.decision },
        harm: 'serious',
        correction: { corrected: false, prompt: false }
      },
      choice: 'accept'
    },
    officer.token
  )
  return c
}

/** A price-marking case taken to a 4 000-yuan penalty decision. */
async function decidedCase() {
  t.clock.set('2026-03-02T04:00:00Z')
  const c = await evaluatedPriceCase(
    QINGCHUAN,
    {
      violation: '2026-03-01',
      discovery: '2026-03-02',
      filedOn: '2026-03-02',
      decision: '2026-03-20'
    },
    '当事人店内12种商品未标明价格。'
  )
  await act(c.id, '2026-03-05', {
    kind: 'closeInvestigation',
    on: '2026-03-05',
    conclusion: 'penalty',
    legalReviewRequired: false,
    collectiveDiscussionRequired: false,
    summary: '拟罚款'
  })
  await act(c.id, '2026-03-06', {
    kind: 'notify',
    on: '2026-03-06',
    penalty: fine(400_000),
    hearingOffered: false
  })
  await act(c.id, '2026-03-09', { kind: 'waive', on: '2026-03-09' })
  await act(c.id, '2026-03-10', {
    kind: 'decide',
    on: '2026-03-10',
    outcome: 'penalty',
    penalty: fine(400_000),
    reasons: '事实清楚，证据确凿。'
  })
  return c
}

function pdfText(base64: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ys-doc-'))
  try {
    const file = join(dir, 'd.pdf')
    writeFileSync(file, Buffer.from(base64, 'base64'))
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('documents', () => {
  it('issues a numbered decision whose PDF states the Art. 59 content, frozen against later edits', async () => {
    const c = await decidedCase()
    const doc = await t.call(
      'documents/issue',
      { caseId: c.id, docType: 'penaltyDecision' },
      officer.token
    )
    expect(doc.number).toBe('汉阳市监处罚〔2026〕1号')
    const pdf = await t.call('documents/file', { id: doc.id, format: 'pdf' }, officer.token)
    const text = pdfText(pdf.contentBase64).replace(/\s+/g, '')
    for (const needle of [
      '汉阳市监处罚〔2026〕1号',
      c.caseNumber,
      '武汉市汉阳区晴川超市有限公司',
      USCC,
      '4000.00元',
      '明码标价',
      '十五日',
      '六十日',
      '六个月'
    ]) {
      expect(text).toContain(needle)
    }

    // Editing the case afterwards never changes the issued files.
    const before = await t.call('documents/file', { id: doc.id, format: 'docx' }, officer.token)
    const current = await t.call('cases/get', { id: c.id }, officer.token)
    await t.call(
      'cases/update',
      {
        id: c.id,
        rev: current.rev,
        cause: current.cause,
        source: current.source,
        discoveredOn: current.discoveredOn,
        violationOn: current.violationOn,
        filedOn: current.filedOn,
        facts: '（改写后的事实）',
        officerIds: current.officers.map((o) => o.id),
        parties: current.parties.map(({ id: _id, ...p }) => ({ ...p, name: '改名后的公司' }))
      },
      officer.token
    )
    const after = await t.call('documents/file', { id: doc.id, format: 'pdf' }, officer.token)
    const afterDocx = await t.call('documents/file', { id: doc.id, format: 'docx' }, officer.token)
    expect(after.contentBase64).toBe(pdf.contentBase64)
    expect(afterDocx.contentBase64).toBe(before.contentBase64)

    // A second decision document is refused; a correction is a new version with the same number.
    await expect(
      t.call('documents/issue', { caseId: c.id, docType: 'penaltyDecision' }, officer.token)
    ).rejects.toThrow(/更正版本/)
    const v2 = await t.call(
      'documents/issue',
      {
        caseId: c.id,
        docType: 'penaltyDecision',
        correctionOf: doc.id,
        correctionReason: '当事人名称变更'
      },
      officer.token
    )
    expect([v2.number, v2.version, v2.supersedesId]).toEqual([doc.number, 2, doc.id])
    expect(
      pdfText(
        (await t.call('documents/file', { id: v2.id, format: 'pdf' }, officer.token)).contentBase64
      )
    ).toContain('改名后的公司')
    const listed = await t.call('documents/list', { caseId: c.id }, officer.token)
    expect(listed.map((d) => [d.version, d.supersededById])).toEqual([
      [1, v2.id],
      [2, null]
    ])
    expect(() => t.server.deps.db.prepare('UPDATE documents SET number = NULL').run()).toThrow(
      /immutable/
    )
  })

  it('numbers each type per year without gaps, and refuses a document the stage does not allow', async () => {
    const c = await decidedCase()
    await expect(
      t.call('documents/issue', { caseId: c.id, docType: 'onTheSpotDecision' }, officer.token)
    ).rejects.toThrow(/当场/)
    const notice = await t.call(
      'documents/issue',
      { caseId: c.id, docType: 'penaltyNotice' },
      officer.token
    )
    expect(notice.number).toBe('汉阳市监罚告〔2026〕1号')
    const filing = await t.call(
      'documents/issue',
      { caseId: c.id, docType: 'filingApproval' },
      officer.token
    )
    expect(filing.number).toBeNull()
    const c2 = await decidedCase()
    const d1 = await t.call(
      'documents/issue',
      { caseId: c.id, docType: 'penaltyDecision' },
      officer.token
    )
    const d2 = await t.call(
      'documents/issue',
      { caseId: c2.id, docType: 'penaltyDecision' },
      officer.token
    )
    expect([d1.number, d2.number]).toEqual(['汉阳市监处罚〔2026〕1号', '汉阳市监处罚〔2026〕2号'])
  })

  it('takes an on-the-spot number from the officer’s reserved block', async () => {
    t.clock.set('2026-03-02T04:00:00Z')
    await t.call(
      'numbers/reserve',
      { docType: 'onTheSpotDecision', year: 2026, count: 3, officerId: officer.user.id },
      head.token
    )
    const c = await evaluatedPriceCase(
      {
        kind: 'person',
        name: '王芳',
        idNumber: '11010519491231002X',
        address: '汉阳',
        contact: ''
      },
      { violation: '2026-03-02', discovery: '2026-03-02', filedOn: null, decision: '2026-03-02' },
      '商品未标价'
    )
    await act(c.id, '2026-03-02', {
      kind: 'decideOnTheSpot',
      on: '2026-03-02',
      penalty: fine(20_000),
      place: '汉阳区晴川街',
      rightsInformed: true
    })
    const doc = await t.call(
      'documents/issue',
      { caseId: c.id, docType: 'onTheSpotDecision', useReservedNumber: true },
      officer.token
    )
    expect(doc.number).toBe('汉阳市监当罚〔2026〕1号')
    const blocks = await t.call('numbers/blocks', {}, officer.token)
    expect(blocks[0]?.used).toEqual([1])
  })
})

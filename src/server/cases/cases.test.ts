import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

let t: TestServer
let officerA: Awaited<ReturnType<TestServer['addUser']>>
let officerB: Awaited<ReturnType<TestServer['addUser']>>

function orgCase(overrides: Partial<CaseCreateInput> = {}): CaseCreateInput {
  return {
    cause: '未按规定明码标价',
    source: 'inspection',
    discoveredOn: '2026-02-20',
    violationOn: '2026-02-20',
    filedOn: '2026-02-25',
    facts: '经检查，当事人经营的商品未标明价格。',
    officerIds: [officerA.user.id, officerB.user.id],
    parties: [
      {
        kind: 'organisation',
        name: '武汉市汉阳区晴川超市有限公司',
        uscc: makeUscc('420105', 'MA4KXY12'),
        legalRepresentative: '李明',
        address: '武汉市汉阳区晴川街1号',
        contact: '13800000000'
      }
    ],
    ...overrides
  }
}

beforeEach(async () => {
  t = await makeTestServer()
  officerA = await t.addUser('zhangwei', ['officer'])
  officerB = await t.addUser('wangfang', ['officer'])
})

describe('cases/create', () => {
  it('numbers the case by prefix and filing year and files it', async () => {
    const created = await t.call('cases/create', orgCase(), officerA.token)
    expect(created.caseNumber).toBe('汉阳市监立〔2026〕1号')
    expect(created.status).toBe('FILED')
    expect(created.rev).toBe(1)
    const second = await t.call('cases/create', orgCase({ filedOn: null }), officerA.token)
    expect(second.caseNumber).toBe('汉阳市监立〔2026〕2号')
    expect(second.status).toBe('REGISTERED')
  })

  it('refuses an invalid 统一社会信用代码 in Chinese and saves nothing', async () => {
    const bad = orgCase()
    const party = bad.parties[0]
    if (party?.kind !== 'organisation') throw new Error('fixture')
    party.uscc = party.uscc.slice(0, 17) + (party.uscc.endsWith('0') ? '1' : '0')
    const result = await t.server.call('cases/create', bad, officerA.token)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.message).toContain('统一社会信用代码')
    expect(result.error.issues?.[0]?.path).toBe('parties.0.uscc')
    expect(t.server.deps.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 })
  })

  it('requires two different active officers (APL Art. 42)', async () => {
    const same = await t.server.call(
      'cases/create',
      orgCase({ officerIds: [officerA.user.id, officerA.user.id] }),
      officerA.token
    )
    expect(same.ok ? null : same.error.code).toBe('VALIDATION')
    const notOfficer = await t.server.call(
      'cases/create',
      orgCase({ officerIds: [officerA.user.id, t.admin.user.id] }),
      officerA.token
    )
    expect(notOfficer.ok ? null : notOfficer.error.code).toBe('REFUSED')
  })

  it('refuses a filing date before the discovery date', async () => {
    const result = await t.server.call(
      'cases/create',
      orgCase({ filedOn: '2026-02-19' }),
      officerA.token
    )
    expect(result.ok ? null : result.error.issues?.[0]).toEqual({
      path: 'filedOn',
      message: '立案日期不能早于发现日期'
    })
  })
})

describe('cases/update and history', () => {
  it('records both changes with the actor, and refuses a stale revision', async () => {
    const created = await t.call('cases/create', orgCase(), officerA.token)
    t.clock.set('2026-03-02T02:10:00Z')
    const id = created.id
    const input = { ...orgCase({ facts: '补充：现场共 36 种商品未标价。' }), id, rev: created.rev }
    const updated = await t.call('cases/update', input, officerB.token)
    expect(updated.rev).toBe(2)
    expect(updated.facts).toBe('补充：现场共 36 种商品未标价。')

    const stale = await t.server.call('cases/update', { ...input, cause: '其他' }, officerA.token)
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT')
    expect((await t.call('cases/get', { id }, officerA.token)).cause).toBe('未按规定明码标价')

    const history = await t.call('cases/history', { id }, officerA.token)
    expect(history.map((h) => [h.action, h.actor.displayName])).toEqual([
      ['cases/create', 'zhangwei'],
      ['cases/update', 'wangfang']
    ])
    expect(history[1]?.changes).toEqual([
      {
        field: 'facts',
        before: '经检查，当事人经营的商品未标明价格。',
        after: '补充：现场共 36 种商品未标价。'
      }
    ])
    expect(verifyAuditChain(t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('lets only the case officers or a head change a case', async () => {
    const created = await t.call('cases/create', orgCase(), officerA.token)
    const outsider = await t.addUser('outsider', ['officer'])
    const refused = await t.server.call(
      'cases/update',
      { ...orgCase(), id: created.id, rev: 1 },
      outsider.token
    )
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN')
    const head = await t.addUser('head', ['head'])
    const ok = await t.server.call(
      'cases/update',
      { ...orgCase({ cause: '价格欺诈' }), id: created.id, rev: 1 },
      head.token
    )
    expect(ok.ok).toBe(true)
  })

  it('soft-deletes: the case leaves the list but its rows and audit remain', async () => {
    const created = await t.call('cases/create', orgCase(), officerA.token)
    await t.call('cases/delete', { id: created.id, rev: 1, reason: '重复录入' }, officerA.token)
    expect((await t.call('cases/list', {}, officerA.token)).items).toHaveLength(0)
    const gone = await t.server.call('cases/get', { id: created.id }, officerA.token)
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND')
    const row = t.server.deps.db
      .prepare('SELECT deleted_reason, rev FROM cases WHERE id = ?')
      .get(created.id)
    expect(row).toEqual({ deleted_reason: '重复录入', rev: 2 })
    const actions = t.server.deps.db
      .prepare('SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(created.id)
    expect(actions).toEqual([{ action: 'cases/create' }, { action: 'cases/delete' }])
  })
})

describe('cases/list', () => {
  async function seedCases(): Promise<string[]> {
    const names = [
      '晴川超市',
      '龟山药房',
      '汉阳造文创',
      '钟家村餐馆',
      '琴台书店',
      '月湖茶社',
      '鹦鹉洲酒楼'
    ]
    const ids: string[] = []
    for (const [i, name] of names.entries()) {
      const c = await t.call(
        'cases/create',
        orgCase({
          filedOn: `2026-01-${String(10 + i).padStart(2, '0')}`,
          discoveredOn: '2026-01-05',
          violationOn: '2026-01-05',
          parties: [
            { kind: 'person', name, idNumber: '11010519491231002X', address: '汉阳', contact: '' }
          ]
        }),
        i % 2 === 0 ? officerA.token : officerB.token
      )
      ids.push(c.id)
    }
    return ids
  }

  it('pages with a keyset cursor, newest filing first, without gaps or repeats', async () => {
    const ids = await seedCases()
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await t.call(
        'cases/list',
        { limit: 3, ...(cursor ? { cursor } : {}) },
        officerA.token
      )
      seen.push(...page.items.map((c) => c.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual([...ids].reverse())
  })

  it('filters by party name (3+ characters and 1–2 characters, search.test.ts), text, status and dates', async () => {
    await seedCases()
    const byParty = await t.call('cases/list', { party: '龟山药' }, officerA.token)
    expect(byParty.items.map((c) => c.partyNames[0])).toEqual(['龟山药房'])
    const short = await t.call('cases/list', { party: '茶社' }, officerA.token)
    expect(short.items.map((c) => c.partyNames[0])).toEqual(['月湖茶社'])
    const byText = await t.call('cases/list', { text: '明码标价' }, officerA.token)
    expect(byText.items).toHaveLength(7)
    const byDate = await t.call(
      'cases/list',
      { from: '2026-01-12', to: '2026-01-13' },
      officerA.token
    )
    expect(byDate.items.map((c) => c.filedOn)).toEqual(['2026-01-13', '2026-01-12'])
    const registered = await t.call('cases/list', { status: 'REGISTERED' }, officerA.token)
    expect(registered.items).toHaveLength(0)
  })

  it('refuses a forged cursor with a clear message', async () => {
    const result = await t.server.call('cases/list', { cursor: 'not-a-cursor' }, officerA.token)
    expect(result.ok ? null : result.error.code).toBe('VALIDATION')
  })

  it('uses an index, not a full scan, for the first page and the status filter', () => {
    const db = t.server.deps.db
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ')
    const first = plan(
      'SELECT id FROM cases c WHERE c.deleted_at IS NULL ORDER BY c.sort_on DESC, c.id DESC LIMIT 51'
    )
    expect(first).toMatch(/USING (COVERING )?INDEX cases_live_sort/)
    expect(first).not.toMatch(/TEMP B-TREE/)
    const status = plan(
      "SELECT id FROM cases c WHERE c.deleted_at IS NULL AND c.status = 'FILED' ORDER BY c.sort_on DESC, c.id DESC LIMIT 51"
    )
    expect(status).toMatch(/USING (COVERING )?INDEX cases_live_status/)
    expect(status).not.toMatch(/TEMP B-TREE/)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import type { Input, Method } from '../../shared/api'
import type { ErrorBody } from '../../shared/errors'
import type { CataloguePackageView } from '../../shared/views'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeTestServer, type TestServer } from '../test-support'
import { OVERLAPPING_TIERS, UNIT_ITEM_CODE, unitPackageYaml } from './unit-package.fixture'

let t: TestServer

beforeEach(async () => {
  t = await makeTestServer()
})

/** The error envelope of a call that must fail (as the administrator unless a token is given). */
async function failure<M extends Method>(
  method: M,
  input: Input<M>,
  token = t.admin.token
): Promise<ErrorBody> {
  const result = await t.server.call(method, input, token)
  if (result.ok) throw new Error(`${method} succeeded`)
  return result.error
}

function save(yaml: string, ref: { id?: string; rev?: number } = {}) {
  return t.call('catalogue/save-draft', { ...ref, yaml }, t.admin.token)
}

function ref(p: CataloguePackageView) {
  return { id: p.id, rev: p.rev }
}

function inForce(code: string): boolean {
  const db = t.server.deps.db
  return t.server.deps.discretion.current(db).catalogue.byCode.has(code)
}

function countRows(): number {
  const row = t.server.deps.db.prepare('SELECT count(*) AS n FROM catalogue_packages').get()
  return (row as { n: number }).n
}

function auditActions(id: string): string[] {
  const sql = 'SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq'
  const rows = t.server.deps.db.prepare(sql).all(id) as { action: string }[]
  return rows.map((r) => r.action)
}

describe('a unit package: draft, then publish', () => {
  it('saves a valid draft that the engine ignores until it is published', async () => {
    const draft = await save(unitPackageYaml())
    expect(draft).toMatchObject({ packageId: 'HY-UNIT-2026', status: 'draft', rev: 1 })
    expect(draft.problems).toEqual([])
    expect(draft.title).toBe('汉阳区市场监管补充裁量基准')
    expect(inForce(UNIT_ITEM_CODE)).toBe(false)

    const published = await t.call('catalogue/publish', ref(draft), t.admin.token)
    expect(published).toMatchObject({ status: 'published', rev: 2 })
    expect(published.publishedAt).toBe('2026-03-02T02:00:00.000Z')
    // Only the status word changed: the reviewed text, comments included, is what was published.
    expect(published.yaml).toBe(draft.yaml.replace('status: draft', 'status: published'))
    expect(inForce(UNIT_ITEM_CODE)).toBe(true)
    const items = await t.call('discretion/items', { query: UNIT_ITEM_CODE }, t.admin.token)
    expect(items.map((i) => i.benchmark.id)).toEqual(['HY-UNIT-2026'])

    expect(await t.call('catalogue/packages', {}, t.admin.token)).toEqual([published])
    expect(auditActions(draft.id)).toEqual(['catalogue/save-draft', 'catalogue/publish'])
    expect(verifyAuditChain(t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('saves a new revision of a draft and refuses a stale one', async () => {
    const first = await save(unitPackageYaml())
    const second = await save(unitPackageYaml({ code: 'HY-EC-76-02' }), ref(first))
    expect(second.rev).toBe(2)
    const stale = await failure('catalogue/save-draft', { ...ref(first), yaml: first.yaml })
    expect(stale.code).toBe('CONFLICT')
    expect((await failure('catalogue/publish', ref(first))).code).toBe('CONFLICT')
    expect(auditActions(first.id)).toEqual(['catalogue/save-draft', 'catalogue/save-draft'])
  })
})

describe('revising a published unit package', () => {
  it('a new version that supersedes the old one is published; each applies in its own period', async () => {
    const v1 = await save(unitPackageYaml())
    await t.call('catalogue/publish', ref(v1), t.admin.token)
    const v2 = await save(
      unitPackageYaml({
        id: 'HY-UNIT-2026B',
        effectiveFrom: '2026-07-01',
        supersedes: 'HY-UNIT-2026'
      })
    )
    expect(v2.problems).toEqual([])
    await t.call('catalogue/publish', ref(v2), t.admin.token)
    const entries =
      t.server.deps.discretion.current(t.server.deps.db).catalogue.byCode.get(UNIT_ITEM_CODE) ?? []
    const at = (date: string) => entries.find((e) => date >= e.from && date <= e.to)?.pkg.id
    expect(at('2026-06-30')).toBe('HY-UNIT-2026')
    expect(at('2026-07-01')).toBe('HY-UNIT-2026B')
  })
})

describe('a draft with problems is kept but not published', () => {
  it('overlapping branches: saved with the problem, publishing refused naming it', async () => {
    const draft = await save(unitPackageYaml({ fine: OVERLAPPING_TIERS }))
    expect(draft.status).toBe('draft')
    expect(draft.problems).toEqual([
      {
        path: `${UNIT_ITEM_CODE} items[0].versions[0].fine.branches[1].when`,
        message: '计罚基数 10000元 至 10000元 同时属于两个档次'
      }
    ])
    const refused = await failure('catalogue/publish', ref(draft))
    expect(refused.code).toBe('REFUSED')
    expect(refused.message).toContain('同时属于两个档次')
    expect(inForce(UNIT_ITEM_CODE)).toBe(false)
    const [listed] = await t.call('catalogue/packages', {}, t.admin.token)
    expect(listed?.problems).toEqual(draft.problems)
  })

  it('a missing article in the 处罚依据', async () => {
    const draft = await save(unitPackageYaml({ penaltyArticle: '' }))
    expect(draft.problems.map((p) => p.message)).toEqual(['处罚依据缺少条款'])
    const refused = await failure('catalogue/publish', ref(draft))
    expect(refused).toMatchObject({ code: 'REFUSED', issues: draft.problems })
    expect(refused.message).toContain('处罚依据缺少条款')
  })

  it('is checked as published: 文号 required, no second benchmark for a shipped item', async () => {
    const noNumber = await save(unitPackageYaml({ documentNumber: "''" }))
    expect(noNumber.problems.map((p) => p.message)).toEqual(['已发布的裁量基准必须载明文号'])
    const overlap = await save(unitPackageYaml({ id: 'HY-UNIT-2026B', code: 'SC-PR-13-01' }))
    expect(overlap.problems).toHaveLength(1)
    expect(overlap.problems[0]?.message).toContain('都收录事项 SC-PR-13-01')
  })

  it('a schema error is reported in Chinese with its path', async () => {
    const draft = await save(unitPackageYaml().replace('system: marketRegulation', 'system: tax'))
    expect(draft.problems).toHaveLength(1)
    expect(draft.problems[0]?.path).toBe('system')
    expect(draft.problems[0]?.message).toMatch(/^结构校验失败：/)
  })
})

describe('what is refused outright', () => {
  it('text that is not YAML, has no id, or is not a draft; nothing is saved', async () => {
    const broken = await failure('catalogue/save-draft', { yaml: 'id: [unclosed' })
    expect(broken.code).toBe('VALIDATION')
    expect(broken.message).toContain('YAML 语法错误')
    const noId = await failure('catalogue/save-draft', { yaml: 'title: 无编号\nstatus: draft\n' })
    expect(noId).toMatchObject({ code: 'VALIDATION', message: '裁量基准缺少编号（id）' })
    const published = unitPackageYaml({ status: 'published' })
    const notDraft = await failure('catalogue/save-draft', { yaml: published })
    expect(notDraft.code).toBe('VALIDATION')
    expect(notDraft.message).toContain('status')
    expect(countRows()).toBe(0)
  })

  it('a package id already used by a shipped package or another draft', async () => {
    const yaml = unitPackageYaml({ id: 'SC-PLACEHOLDER-2021' })
    const shipped = await failure('catalogue/save-draft', { yaml })
    expect(shipped.code).toBe('REFUSED')
    expect(shipped.message).toContain('SC-PLACEHOLDER-2021')
    await save(unitPackageYaml())
    const twice = await failure('catalogue/save-draft', { yaml: unitPackageYaml() })
    expect(twice.code).toBe('REFUSED')
    expect(countRows()).toBe(1)
  })

  it('editing or republishing a published version; the database refuses it too', async () => {
    const draft = await save(unitPackageYaml())
    const published = await t.call('catalogue/publish', ref(draft), t.admin.token)
    const edit = await failure('catalogue/save-draft', { ...ref(published), yaml: draft.yaml })
    expect(edit.code).toBe('REFUSED')
    expect(edit.message).toBe('已发布的版本不可修改，请另存为新版本。')
    expect((await failure('catalogue/publish', ref(published))).code).toBe('REFUSED')
    const db = t.server.deps.db
    const update = db.prepare("UPDATE catalogue_packages SET title = 'x' WHERE id = ?")
    expect(() => update.run(draft.id)).toThrow(/immutable/)
    const remove = db.prepare('DELETE FROM catalogue_packages WHERE id = ?')
    expect(() => remove.run(draft.id)).toThrow(/never deleted/)
  })

  it('an officer may read the packages but not write them (server-side)', async () => {
    const officer = await t.addUser('zhangwei', ['officer'])
    expect(await t.call('catalogue/packages', {}, officer.token)).toEqual([])
    const denied = await failure('catalogue/save-draft', { yaml: unitPackageYaml() }, officer.token)
    expect(denied.code).toBe('FORBIDDEN')
    const draft = await save(unitPackageYaml())
    expect((await failure('catalogue/publish', ref(draft), officer.token)).code).toBe('FORBIDDEN')
    expect(countRows()).toBe(1)
  })
})

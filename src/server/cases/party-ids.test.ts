// A party keeps its id when the case is saved again: the exchanged case record then changes only
// where the user changed something, and a merge conflict between two edits of the facts does not
// also list the parties.
import { describe, expect, it } from 'vitest'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import { makeTestServer, makeUscc } from '../test-support'

describe('parties across edits', () => {
  it('keep their ids when saved unchanged or corrected, and a party added gets a new one', async () => {
    const t = await makeTestServer()
    const a = await t.addUser('zhangwei', ['officer'])
    const b = await t.addUser('wangfang', ['officer'])
    const input: CaseCreateInput = {
      cause: '未按规定明码标价',
      source: 'inspection',
      discoveredOn: '2026-02-20',
      violationOn: '2026-02-20',
      filedOn: '2026-02-25',
      facts: '经检查，当事人经营的商品未标明价格。',
      officerIds: [a.user.id, b.user.id],
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
    }
    const ids = (caseId: string) =>
      (
        t.server.deps.db
          .prepare('SELECT id FROM parties WHERE case_id = ? ORDER BY position')
          .all(caseId) as { id: string }[]
      ).map((r) => r.id)
    const created = await t.call('cases/create', input, a.token)
    const first = ids(created.id)
    expect(first).toHaveLength(1)

    const facts = await t.call(
      'cases/update',
      { ...input, facts: '补充：现场共 36 种商品未标价。', id: created.id, rev: created.rev },
      a.token
    )
    expect(ids(created.id)).toEqual(first)

    const person = {
      kind: 'person' as const,
      name: '王五',
      idNumber: '11010519491231002X',
      address: '武汉市汉阳区',
      contact: '13900000000'
    }
    const party = input.parties[0] as (typeof input.parties)[number]
    await t.call(
      'cases/update',
      {
        ...input,
        parties: [{ ...party, contact: '027-84000000' }, person],
        id: created.id,
        rev: facts.rev
      },
      a.token
    )
    const after = ids(created.id)
    expect(after[0]).toBe(first[0])
    expect(after).toHaveLength(2)
    expect(after[1]).not.toBe(first[0])
  })
})

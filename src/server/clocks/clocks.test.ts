import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCalendarSource } from '../calendars/calendar-source'
import { makeTestServer, makeUscc } from '../test-support'

async function caseFiledOn(filedOn: string | null) {
  const t = await makeTestServer()
  const a = await t.addUser('zhangwei', ['officer'])
  const b = await t.addUser('wangfang', ['officer'])
  const created = await t.call(
    'cases/create',
    {
      cause: '销售过期食品',
      source: 'complaint',
      discoveredOn: '2026-02-20',
      violationOn: '2026-02-20',
      filedOn,
      facts: '',
      officerIds: [a.user.id, b.user.id],
      parties: [
        {
          kind: 'organisation',
          name: '龟山便利店',
          uscc: makeUscc('420105', 'MA4KXY13'),
          legalRepresentative: '',
          address: '',
          contact: ''
        }
      ]
    },
    a.token
  )
  return { t, token: a.token, id: created.id }
}

describe('cases/clocks', () => {
  it('gives the APL Art. 60 decision deadline: 90 days after filing, the filing day not counted', async () => {
    const { t, token, id } = await caseFiledOn('2026-02-25')
    const [clock] = await t.call('cases/clocks', { id }, token)
    if (!clock?.ok) throw new Error(JSON.stringify(clock))
    expect(clock.due).toBe('2026-05-26')
    expect(clock.citation).toContain('第六十条')
    // The test clock stands at 2026-03-02 (Beijing).
    expect(clock.daysLeft).toBe(85)
    expect(clock.status).toBe('later')
  })

  it('has no decision clock before the case is filed', async () => {
    const { t, token, id } = await caseFiledOn(null)
    expect(await t.call('cases/clocks', { id }, token)).toEqual([])
  })

  it('reports a broken holiday calendar instead of guessing working days', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ys-cal-'))
    writeFileSync(join(dir, '2026.yaml'), 'year: 2026\nholidays: [oops')
    const source = createCalendarSource(dir).current()
    expect(source.ok).toBe(false)
    if (!source.ok) expect(source.problem).toContain('节假日安排数据有误')
  })
})

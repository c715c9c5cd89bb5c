import { describe, expect, it } from 'vitest'
import { makeTestServer } from '../test-support'
import { peekSerial, takeSerial } from './numbering'

describe('document numbers 〔年〕号', () => {
  it('reserves blocks out of the one gap-free sequence and accounts for every number', async () => {
    const t = await makeTestServer()
    const officer = await t.addUser('zhangwei', ['officer'])
    const other = await t.addUser('wangfang', ['officer'])
    const head = await t.addUser('juzhang', ['head'])
    const db = t.server.deps.db
    expect(peekSerial(db, 'onTheSpotDecision', 2026)).toBe(1)
    expect(takeSerial(db, 'onTheSpotDecision', 2026, 1)).toBe(true)
    // The same serial cannot be taken twice.
    expect(takeSerial(db, 'onTheSpotDecision', 2026, 1)).toBe(false)

    const block = await t.call(
      'numbers/reserve',
      { docType: 'onTheSpotDecision', year: 2026, count: 5, officerId: officer.user.id },
      head.token
    )
    expect([block.firstSerial, block.lastSerial, block.next]).toEqual([2, 6, 2])
    // The main sequence continues after the block: no number is handed out twice.
    expect(peekSerial(db, 'onTheSpotDecision', 2026)).toBe(7)

    // An officer reserves for themselves (before going to the field), never for someone else.
    await expect(
      t.call(
        'numbers/reserve',
        { docType: 'onTheSpotDecision', year: 2026, count: 5, officerId: other.user.id },
        officer.token
      )
    ).rejects.toThrow(/FORBIDDEN/)
    await expect(
      t.call(
        'numbers/void',
        { docType: 'onTheSpotDecision', year: 2026, serial: 2, reason: '填写错误' },
        other.token
      )
    ).rejects.toThrow(/FORBIDDEN/)
    const voided = await t.call(
      'numbers/void',
      { docType: 'onTheSpotDecision', year: 2026, serial: 2, reason: '填写错误，表单作废' },
      officer.token
    )
    expect([voided.voided, voided.next]).toEqual([[2], 3])
    await expect(
      t.call(
        'numbers/void',
        { docType: 'onTheSpotDecision', year: 2026, serial: 2, reason: '再次' },
        officer.token
      )
    ).rejects.toThrow(/已作废/)
    // Only reserved numbers can be voided; the main sequence is taken only at issue.
    await expect(
      t.call(
        'numbers/void',
        { docType: 'onTheSpotDecision', year: 2026, serial: 7, reason: 'x' },
        head.token
      )
    ).rejects.toThrow(/预留编号段/)
    const listed = await t.call('numbers/blocks', {}, officer.token)
    expect(listed.map((b) => [b.officer.displayName, b.firstSerial, b.lastSerial])).toEqual([
      ['zhangwei', 2, 6]
    ])
  })
})

import { describe, expect, it } from 'vitest'
import { availableActions } from './available'
import { accepted, ctx, filed, refusalOf, walk } from './lifecycle.test-support'
import { openSeizure } from './progress'

describe('查封、扣押 (行政强制法 Arts. 18, 25, 28)', () => {
  const c = ctx()
  const start = () => filed('2025-03-05', c)

  it('needs the head’s prior approval, and only one seizure is open at a time', () => {
    const p = start()
    expect(
      refusalOf(
        p,
        { kind: 'seize', on: '2025-03-06', items: '过期酸奶12盒', headApproved: false },
        c
      ).message
    ).toContain('第十八条')
    const seized = walk(
      [{ kind: 'seize', on: '2025-03-06', items: '过期酸奶12盒', headApproved: true }],
      c,
      p
    )
    expect(openSeizure(seized)).toMatchObject({ startedOn: '2025-03-06', releasedOn: null })
    expect(availableActions(seized)).toEqual(
      expect.arrayContaining(['extendSeizure', 'releaseSeizure'])
    )
    expect(
      refusalOf(seized, { kind: 'seize', on: '2025-03-07', items: '其他', headApproved: true }, c)
        .message
    ).toContain('未解除')
  })

  it('extends once, within the first 30 days, and releases at any time', () => {
    const seized = walk(
      [{ kind: 'seize', on: '2025-03-06', items: '过期酸奶12盒', headApproved: true }],
      c,
      start()
    )
    // 30 days after 03-06 (not counted) is 04-05, a holiday (清明 2025-04-04…06) kept: the agency's duty.
    accepted(seized, { kind: 'extendSeizure', on: '2025-04-05', reason: '检验未完成' }, c)
    expect(
      refusalOf(seized, { kind: 'extendSeizure', on: '2025-04-06', reason: '迟延' }, c).message
    ).toContain('第二十五条')
    const extended = walk(
      [{ kind: 'extendSeizure', on: '2025-04-01', reason: '检验未完成' }],
      c,
      seized
    )
    expect(
      refusalOf(extended, { kind: 'extendSeizure', on: '2025-04-02', reason: '再次' }, c).message
    ).toContain('已经延长一次')
    const released = walk(
      [{ kind: 'releaseSeizure', on: '2025-04-20', reason: '检验合格' }],
      c,
      extended
    )
    expect(openSeizure(released)).toBeNull()
    expect(released.seizures[0]).toMatchObject({
      extensionApproved: true,
      releasedOn: '2025-04-20'
    })
  })
})

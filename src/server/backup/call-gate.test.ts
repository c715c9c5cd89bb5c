import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../shared/errors'
import { createCallGate } from './call-gate'

const OK: Envelope<unknown> = { ok: true, value: null }

describe('createCallGate', () => {
  it('refuses the exclusive work when another call does not finish in time, then lets calls in again', async () => {
    const gate = createCallGate()
    let release: () => void = () => undefined
    const slow = gate.run(() => new Promise((resolve) => (release = () => resolve(OK))))
    let ran = false
    const exclusive = gate.run(async () => {
      await gate.exclusive(async () => {
        ran = true
      }, 20)
      return OK
    })
    await expect(exclusive).rejects.toMatchObject({
      code: 'REFUSED',
      message: '其他操作仍在进行，未能开始恢复备份。请稍后再试；未做任何修改。'
    })
    expect(ran).toBe(false)
    expect(await gate.run(async () => OK)).toEqual(OK)
    release()
    expect(await slow).toEqual(OK)
  })

  it('refuses a second exclusive call while the first runs', async () => {
    const gate = createCallGate()
    let finish: () => void = () => undefined
    const first = gate.exclusive(() => new Promise<void>((resolve) => (finish = resolve)))
    await expect(gate.exclusive(async () => undefined)).rejects.toMatchObject({ code: 'REFUSED' })
    finish()
    await first
  })
})

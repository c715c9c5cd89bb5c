import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataFlag, nativeBindingCandidates } from './paths'

describe('dataFlag', () => {
  it.each([
    [['/electron', '.', '--data', '/tmp/d'], '/tmp/d'],
    [['/Yardstick.exe', '--data=C:\\案衡'], 'C:\\案衡'],
    [['/electron', '.', '--no-sandbox-for-real', '--data', './rel'], './rel'],
    [['/electron', '.'], undefined],
    [['/electron', '--data'], undefined],
    [['/electron', '--data', '--other'], undefined],
    [['/electron', '--data='], undefined],
    [['/electron', '--database', 'x'], undefined]
  ])('%j → %s', (argv, expected) => expect(dataFlag(argv)).toBe(expected))
})

describe('nativeBindingCandidates', () => {
  it('uses only resources/native when packaged', () => {
    const places = { isPackaged: true, resourcesPath: '/app/res', appPath: '/app/res/app.asar' }
    const packaged = join('/app/res', 'native', 'better_sqlite3.node')
    expect(nativeBindingCandidates(places)).toEqual([packaged])
  })

  it('also looks in native/electron of a checkout', () => {
    const places = { isPackaged: false, resourcesPath: '/e/resources', appPath: '/repo' }
    expect(nativeBindingCandidates(places)).toEqual([
      join('/e/resources', 'native', 'better_sqlite3.node'),
      join('/repo', 'native', 'electron', 'better_sqlite3.node')
    ])
  })
})

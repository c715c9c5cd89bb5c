import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupsDir } from '../server/backup'
import { backupsFolder, dataFlag, distNativeBinding, nativeBindingCandidates } from './paths'

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
  const host = { platform: 'linux', arch: 'arm64' }

  it('uses only resources/native when packaged', () => {
    const places = { isPackaged: true, resourcesPath: '/app/res', appPath: '/app/res/app.asar' }
    const packaged = join('/app/res', 'native', 'better_sqlite3.node')
    expect(nativeBindingCandidates({ ...places, ...host })).toEqual([packaged])
  })

  it("also looks where npm run dist leaves this machine's build in a checkout", () => {
    const places = { isPackaged: false, resourcesPath: '/e/resources', appPath: '/repo', ...host }
    expect(nativeBindingCandidates(places)).toEqual([
      join('/e/resources', 'native', 'better_sqlite3.node'),
      join('/repo', 'out', 'native', 'linux-arm64', 'better_sqlite3.node')
    ])
  })

  it("names the dist folders as electron-builder's ${os}-${arch}", () => {
    expect(distNativeBinding('/r', 'win32', 'x64')).toBe(
      join('/r', 'out', 'native', 'win-x64', 'better_sqlite3.node')
    )
    expect(distNativeBinding('/r', 'freebsd', 'x64')).toBeNull()
  })
})

describe('backupsFolder', () => {
  it('is the folder the backup module writes to', () => {
    expect(backupsFolder('/data')).toBe(backupsDir('/data'))
  })
})

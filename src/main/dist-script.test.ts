// `npm run dist` without building anything: its arguments, its first check (the one line it prints
// on a machine without the Electron runtime, like this one), the native-module step on a local
// prebuild, and the after-pack check that refuses a package with a wrong or missing addon.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { packagedNativeProblems } from '../../scripts/desktop/after-pack.mjs'
import { binaryArch } from '../../scripts/desktop/binary-arch.mjs'
import { findElectronRuntime, missingRuntimeLine } from '../../scripts/desktop/electron-runtime.mjs'
import { checkBinding, ensureElectronBinding } from '../../scripts/desktop/native.mjs'
import { builderArgs, configuredArchs, parseDistArgs } from '../../scripts/desktop/targets.mjs'

const ROOT = join(__dirname, '..', '..')
const build = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { build: unknown })
  .build
const dirs: string[] = []

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  dirs.push(dir)
  return dir
}

/** The first bytes of an ELF (e_machine at 18) or PE (machine after "PE\0\0") binary. */
function elf(machine: number): Uint8Array {
  const bytes = new Uint8Array(64)
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])
  new DataView(bytes.buffer).setUint16(18, machine, true)
  return bytes
}

function pe(machine: number): Uint8Array {
  const bytes = new Uint8Array(256)
  bytes.set([0x4d, 0x5a])
  const view = new DataView(bytes.buffer)
  view.setUint32(0x3c, 0x80, true)
  view.setUint32(0x80, 0x50450000)
  view.setUint16(0x84, machine, true)
  return bytes
}

describe('binaryArch', () => {
  it.each([
    [elf(0x3e), { format: 'elf', arch: 'x64' }],
    [elf(0xb7), { format: 'elf', arch: 'arm64' }],
    [pe(0x8664), { format: 'pe', arch: 'x64' }],
    [pe(0xaa64), { format: 'pe', arch: 'arm64' }]
  ])('reads %#', (bytes, expected) => expect(binaryArch(bytes)).toEqual(expected))

  it('knows nothing of text or a truncated header', () => {
    expect(binaryArch(new TextEncoder().encode('#!/bin/sh\necho'))).toBeNull()
    expect(binaryArch(new Uint8Array([0x4d, 0x5a]))).toBeNull()
  })

  it.runIf(process.platform === 'linux')('reads the Node build in node_modules', () => {
    const addon = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release')
    const bytes = new Uint8Array(readFileSync(join(addon, 'better_sqlite3.node')).subarray(0, 4096))
    expect(binaryArch(bytes)).toEqual({ format: 'elf', arch: process.arch })
  })
})

describe('parseDistArgs', () => {
  const LINUX = { platform: 'linux', arch: 'x64' }

  it('builds this machine’s installers by default, for the configured architectures', () => {
    expect(parseDistArgs([], LINUX, build)).toEqual({
      targets: [
        { os: 'linux', platform: 'linux', arch: 'x64' },
        { os: 'linux', platform: 'linux', arch: 'arm64' }
      ],
      dir: false,
      nativeOnly: false
    })
    expect(parseDistArgs([], { platform: 'win32', arch: 'x64' }, build)).toMatchObject({
      targets: [{ os: 'win', platform: 'win32', arch: 'x64' }]
    })
  })

  it('narrows to the platforms and architectures asked for', () => {
    const plan = parseDistArgs(
      ['--linux', '--arm64', '--dir'],
      { platform: 'win32', arch: 'x64' },
      build
    )
    expect(plan).toEqual({
      targets: [{ os: 'linux', platform: 'linux', arch: 'arm64' }],
      dir: true,
      nativeOnly: false
    })
  })

  it.each([
    [['--mac'], 'linux', /unknown argument --mac/],
    [['--win', '--arm64'], 'linux', /"build"\.win has no target for arm64/],
    [[], 'darwin', /no installer is configured for darwin/],
    [['--ia32'], 'linux', /unknown argument/]
  ])('refuses %j on %s in one line', (args, platform, message) => {
    const plan = parseDistArgs(args, { platform, arch: 'x64' }, build)
    expect('error' in plan && plan.error).toMatch(message)
    expect('error' in plan && plan.error.includes('\n')).toBe(false)
  })

  it('fetches only this machine’s native module with --native-only', () => {
    expect(parseDistArgs(['--native-only'], { platform: 'linux', arch: 'arm64' }, build)).toEqual({
      targets: [{ os: 'linux', platform: 'linux', arch: 'arm64' }],
      dir: false,
      nativeOnly: true
    })
  })

  it('reads the architectures from package.json', () => {
    expect(configuredArchs(build, 'linux')).toEqual(['x64', 'arm64'])
    expect(configuredArchs(build, 'win')).toEqual(['x64'])
  })

  it('runs electron-builder once per platform and never publishes', () => {
    const targets = [
      { os: 'linux', platform: 'linux', arch: 'x64' },
      { os: 'linux', platform: 'linux', arch: 'arm64' },
      { os: 'win', platform: 'win32', arch: 'x64' }
    ]
    expect(builderArgs(targets, false)).toEqual([
      ['--linux', '--x64', '--arm64', '--publish', 'never'],
      ['--win', '--x64', '--publish', 'never']
    ])
    expect(builderArgs(targets.slice(0, 1), true)).toEqual([
      ['--linux', 'dir', '--x64', '--publish', 'never']
    ])
  })
})

/** A throw-away project with the dist script, package.json and an Electron package (no binary). */
function project(): string {
  const root = temp('yardstick-dist-')
  cpSync(join(ROOT, 'scripts'), join(root, 'scripts'), { recursive: true })
  copyFileSync(join(ROOT, 'package.json'), join(root, 'package.json'))
  const electron = join(root, 'node_modules', 'electron')
  mkdirSync(electron, { recursive: true })
  writeFileSync(join(electron, 'package.json'), '{"name":"electron","version":"45.5.0"}')
  return root
}

function dist(root: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(root, 'scripts', 'dist.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '', ...env }
  })
}

describe('npm run dist on a machine without the Electron runtime', () => {
  it('fails with one line naming what is missing, before building anything', () => {
    const root = project()
    const result = dist(root)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr.trimEnd().split('\n')).toEqual([missingRuntimeLine('45.5.0')])
    expect(result.stderr).toContain('node_modules/electron/dist')
  })

  it('fails the same way when path.txt names a binary that is not there', () => {
    const root = project()
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
    expect(findElectronRuntime(root, {})).toBeNull()
    expect(dist(root).stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it('refuses unknown arguments in one line', () => {
    const result = dist(project(), ['--mac'])
    expect(result.status).toBe(1)
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1)
  })

  it.runIf(process.platform !== 'win32')('finds an installed runtime', () => {
    const root = project()
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
    mkdirSync(join(root, 'node_modules', 'electron', 'dist'))
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '')
    expect(findElectronRuntime(root, {})).toBe(
      join(root, 'node_modules', 'electron', 'dist', 'electron')
    )
  })
})

describe('ensureElectronBinding', () => {
  // prebuild-install from a folder of release tarballs (YARDSTICK_NATIVE_PREBUILDS): offline, and
  // the same code path as a download. The "prebuilt" binary is a fake header, enough for the check.
  const posix = process.platform !== 'win32'

  function withPrebuild(arch: string, header: Uint8Array) {
    const root = temp('yardstick-native-')
    writeFileSync(join(root, 'package.json'), '{}')
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir')
    const prebuilds = temp('yardstick-prebuilds-')
    const release = join(prebuilds, 'pkg', 'build', 'Release')
    mkdirSync(release, { recursive: true })
    writeFileSync(join(release, 'better_sqlite3.node'), header)
    const version = (
      JSON.parse(
        readFileSync(join(ROOT, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')
      ) as { version: string }
    ).version
    const tarball = `better-sqlite3-v${version}-electron-v150-linux-${arch}.tar.gz`
    spawnSync('tar', ['czf', join(prebuilds, tarball), '-C', join(prebuilds, 'pkg'), 'build'])
    return { root, prebuilds }
  }

  function ensure(root: string, arch: string, prebuilds: string) {
    const previous = process.env.YARDSTICK_NATIVE_PREBUILDS
    process.env.YARDSTICK_NATIVE_PREBUILDS = prebuilds
    try {
      return ensureElectronBinding({
        root,
        electronVersion: '45.5.0',
        target: { os: 'linux', platform: 'linux', arch },
        // Never the host, so no compile is attempted.
        host: { platform: 'none', arch: 'none' }
      })
    } finally {
      if (previous === undefined) delete process.env.YARDSTICK_NATIVE_PREBUILDS
      else process.env.YARDSTICK_NATIVE_PREBUILDS = previous
    }
  }

  it.runIf(posix)('puts the prebuild for the target in out/native/<os>-<arch>', () => {
    const { root, prebuilds } = withPrebuild('arm64', elf(0xb7))
    const file = ensure(root, 'arm64', prebuilds)
    expect(file).toBe(join(root, 'out', 'native', 'linux-arm64', 'better_sqlite3.node'))
    expect(checkBinding(file, 'linux', 'arm64')).toBeNull()
    const info = JSON.parse(readFileSync(join(file, '..', 'build-info.json'), 'utf8')) as object
    expect(info).toMatchObject({ electron: '45.5.0', arch: 'arm64', how: 'prebuilt' })
  })

  it.runIf(posix)('refuses a prebuild for the wrong CPU, in one line', () => {
    const { root, prebuilds } = withPrebuild('arm64', elf(0x3e))
    expect(() => ensure(root, 'arm64', prebuilds)).toThrow(/elf\/x64, not elf\/arm64/)
  })

  it.runIf(posix)('names the target when no prebuild can be had and it cannot be compiled', () => {
    const { root, prebuilds } = withPrebuild('x64', elf(0x3e))
    let message = ''
    try {
      ensure(root, 'arm64', prebuilds)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(
      /^better-sqlite3 \S+ for Electron 45\.5\.0 \(linux-arm64\): no prebuilt/
    )
    expect(message).toContain('cannot be compiled on this machine')
    expect(message.includes('\n')).toBe(false)
  })
})

describe('after-pack check', () => {
  function resources(binding: Uint8Array | null, stray = false): string {
    const dir = temp('yardstick-pack-')
    if (binding) {
      mkdirSync(join(dir, 'native'))
      writeFileSync(join(dir, 'native', 'better_sqlite3.node'), binding)
    }
    if (stray) {
      const release = join(dir, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build')
      mkdirSync(release, { recursive: true })
      writeFileSync(join(release, 'better_sqlite3.node'), elf(0x3e))
    }
    return dir
  }

  it('accepts the right binary for the package', () => {
    expect(packagedNativeProblems(resources(elf(0xb7)), 'linux', 'arm64')).toEqual([])
    expect(packagedNativeProblems(resources(pe(0x8664)), 'win32', 'x64')).toEqual([])
  })

  it.each([
    ['a missing binding', null, 'linux', 'x64', /is missing/],
    [
      'an x64 build in an arm64 package',
      elf(0x3e),
      'linux',
      'arm64',
      /elf\/x64, but .* elf\/arm64/
    ],
    ['a Linux build in a Windows package', elf(0x3e), 'win32', 'x64', /elf\/x64, but .* pe\/x64/]
  ])('refuses %s', (_name, binding, platform, arch, message) => {
    const problems = packagedNativeProblems(resources(binding), platform, arch)
    expect(problems.join('\n')).toMatch(message)
  })

  it('refuses the checkout’s Node build packed inside the app', () => {
    const problems = packagedNativeProblems(resources(elf(0x3e), true), 'linux', 'x64')
    expect(problems).toEqual([
      expect.stringContaining('a stray better_sqlite3.node is packed at app.asar.unpacked')
    ])
  })
})

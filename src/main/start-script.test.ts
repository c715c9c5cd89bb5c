// Runs scripts/start.mjs (the `npm start` launcher) in a throw-away project folder with a fake host
// and a fake Electron binary, so both branches are exercised without the real runtime.
import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const script = resolve(__dirname, '..', '..', 'scripts', 'start.mjs')
const dirs: string[] = []

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

// Prints what it was started with, then exits with a recognisable code.
const ECHO = `const runAsNode = process.env.ELECTRON_RUN_AS_NODE ?? null
console.log(JSON.stringify({ argv: process.argv.slice(2), runAsNode }))
process.exit(Number(process.env.FAKE_EXIT ?? 0))
`

type Echo = { argv: string[]; runAsNode: string | null }

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'yardstick-start-'))
  dirs.push(root)
  mkdirSync(join(root, 'scripts'))
  copyFileSync(script, join(root, 'scripts', 'start.mjs'))
  mkdirSync(join(root, 'out', 'main'), { recursive: true })
  writeFileSync(join(root, 'out', 'main', 'host.js'), ECHO)
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true })
  return root
}

/** The Electron build of better-sqlite3 `npm run dist -- --native-only` leaves for this machine. */
function installElectronBinding(root: string): void {
  const os = { win32: 'win', linux: 'linux', darwin: 'mac' }[process.platform as string]
  const dir = join(root, 'out', 'native', `${os}-${process.arch}`)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'better_sqlite3.node'), '')
}

function installFakeElectron(root: string): void {
  const dist = join(root, 'node_modules', 'electron', 'dist')
  mkdirSync(dist)
  writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
  writeFileSync(join(dist, 'electron'), `#!${process.execPath}\n${ECHO}`)
  chmodSync(join(dist, 'electron'), 0o755)
}

function start(root: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env }
  })
  const lines = result.stdout.trim().split('\n')
  const child = JSON.parse(lines.at(-1) ?? '{}') as Echo
  return { status: result.status, lines, child }
}

describe('scripts/start.mjs', () => {
  it('falls back to the browser host with one bilingual line, args and exit code', () => {
    const root = project()
    const args = ['--data', '/tmp/案衡', '--port', '0']
    const { status, lines, child } = start(root, args, { FAKE_EXIT: '7' })
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(
      '未找到 Electron 运行时，改用浏览器模式 / ' +
        'Electron runtime not found; starting the browser host instead'
    )
    expect(child.argv).toEqual(args)
    expect(status).toBe(7)
  })

  it('falls back when path.txt names a binary that is not there', () => {
    const root = project()
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
    const { lines } = start(root, [])
    expect(lines[0]).toContain('Electron runtime not found')
  })

  const posix = process.platform !== 'win32'

  it.runIf(posix)(
    'falls back when Electron is there but its build of the database addon is not',
    () => {
      const root = project()
      installFakeElectron(root)
      const { lines, child } = start(root, ['--port', '0'])
      expect(lines).toHaveLength(2)
      expect(lines[0]).toContain('better-sqlite3 for Electron not found')
      expect(lines[0]).toContain('npm run dist -- --native-only')
      expect(child.argv).toEqual(['--port', '0'])
    }
  )

  it.runIf(posix)('starts Electron on the project folder when the binary is there', () => {
    const root = project()
    installFakeElectron(root)
    installElectronBinding(root)
    const env = { FAKE_EXIT: '3', ELECTRON_RUN_AS_NODE: '1' }
    const { status, lines, child } = start(root, ['--data', '/d'], env)
    expect(lines).toHaveLength(1)
    expect(child.argv.map((a) => a.replace(/[\\/]$/, ''))).toEqual([root, '--data', '/d'])
    // Left set, it would turn the desktop app into a plain Node process.
    expect(child.runAsNode).toBeNull()
    expect(status).toBe(3)
  })
})

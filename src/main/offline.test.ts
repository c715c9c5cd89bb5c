// "No telemetry, no crash upload, no remote content": a static check over what main and the preload
// ship, because a call to one of these would run only inside Electron, where tests cannot reach
// here. The runtime half (every request from a window to anything but app:// is cancelled) is in
// window-options.test.ts and index.composition.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const shipped = ['main', 'preload'].flatMap((layer) => {
  const dir = join(__dirname, '..', layer)
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .map((name) => ({ file: `${layer}/${name}`, source: readFileSync(join(dir, name), 'utf8') }))
})

/** The code without its comments, so a comment may name what the code must not do. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1')
}

describe('the desktop shell stays offline', () => {
  it('reads every shipped file of main and the preload', () => {
    expect(shipped.map((s) => s.file)).toEqual(
      expect.arrayContaining(['main/index.ts', 'main/window.ts', 'preload/index.ts'])
    )
  })

  it.each([
    ['a crash reporter', /\bcrashReporter\b/, 'crashReporter.start({ uploadToServer: true })'],
    ['an auto-updater', /\bautoUpdater\b|electron-updater/, 'autoUpdater.checkForUpdates()'],
    [
      'Electron’s network module',
      /\bnet\.(request|fetch)\b|\bimport\s*\{[^}]*\bnet\b[^}]*\}\s*from 'electron'/,
      "import { app, net } from 'electron'"
    ],
    ['an external browser', /\bopenExternal\b/, 'shell.openExternal(url)'],
    ['a remote address', /['"`]\s*(https?|wss?|ftp):\/\//, "win.loadURL('https://example.com')"],
    ['remote module loading', /\bloadExtension\b/, 'session.loadExtension(dir)']
  ])('uses no %s', (_what, pattern, sample) => {
    expect(pattern.test(code(sample)), 'the pattern catches its sample').toBe(true)
    const offenders = shipped.filter(({ source }) => pattern.test(code(source))).map((s) => s.file)
    expect(offenders).toEqual([])
  })

  it('does not mistake a comment for code', () => {
    expect(code("// never crashReporter.start('https://x')\nconst a = 1")).not.toMatch(/crash/)
  })
})

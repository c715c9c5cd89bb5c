// The installer configuration (package.json "build") checked without building anything: first by
// electron-builder's own loader and JSON-schema validation, exactly as `npm run dist` reads it, then
// against our invariants — targets, no publishing or auto-update, asar, fuses, the native module,
// and that the package carries every runtime dependency of the code it ships.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { distNativeBinding, nativeBindingCandidates } from './paths'

const ROOT = join(__dirname, '..', '..')

type FileSet = { from: string; to: string; filter: string[] }
type Target = { target: string; arch: string[] }
type BuildConfig = {
  files: string[]
  extraResources: FileSet[]
  electronFuses: Record<string, boolean>
  win: { target: Target[] }
  linux: { target: Target[]; desktop: { entry: Record<string, string> } }
  nsis: Record<string, unknown>
  publish: unknown
  afterPack: string
  [key: string]: unknown
}
type PackageJson = {
  build: BuildConfig
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson
const build = pkg.build

type Validator = {
  getConfig: (projectDir: string, configPath: null, fromOptions: null) => Promise<BuildConfig>
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>
}
type DebugLoggerClass = new (enabled: boolean) => unknown

async function electronBuilder(): Promise<{ validator: Validator; logger: unknown }> {
  // Deep imports of the validator electron-builder itself runs (no "exports" map restricts them).
  const validator = (await import(
    'app-builder-lib/out/util/config/config.js' as string
  )) as Validator
  const { DebugLogger } = (await import('builder-util' as string)) as {
    DebugLogger: DebugLoggerClass
  }
  return { validator, logger: new DebugLogger(false) }
}

describe('electron-builder configuration', () => {
  it('is what electron-builder loads from package.json, and its schema accepts it', async () => {
    const { validator, logger } = await electronBuilder()
    const loaded = await validator.getConfig(ROOT, null, null)
    expect(loaded.electronFuses).toEqual(build.electronFuses)
    await expect(validator.validateConfiguration(loaded, logger)).resolves.toBeUndefined()
  }, 60_000)

  it('is checked for real: the schema refuses a misspelt option', async () => {
    const { validator, logger } = await electronBuilder()
    const misspelt = { ...build, electronFuses: { ...build.electronFuses, runAsNod: false } }
    await expect(validator.validateConfiguration(misspelt, logger)).rejects.toThrow(/schema/)
  }, 60_000)

  it('builds NSIS for Windows x64, and deb and AppImage for Linux x64 and arm64', () => {
    expect(build.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(build.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] }
    ])
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs')
  })

  it('publishes nothing and updates nothing', () => {
    expect(build.publish).toBeNull()
    const text = JSON.stringify(build)
    expect(text).not.toMatch(/"publish":\s*(?!null)/)
    expect(text).not.toMatch(/https?:/)
    const everything = { ...pkg.dependencies, ...pkg.devDependencies }
    expect(Object.keys(everything).filter((name) => /updater|update-electron/.test(name))).toEqual(
      []
    )
  })

  it('installs per user with a choice of folder, and never deletes the data on uninstall', () => {
    expect(build.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
      unicode: true
    })
  })

  it('packs the app into an asar and never rebuilds node_modules in place', () => {
    expect(build.asar).toBe(true)
    // A rebuild would leave node_modules with the Electron build and break the tests and the CLI.
    expect(build.npmRebuild).toBe(false)
    expect(build.nodeGypRebuild).toBe(false)
    expect(build.buildDependenciesFromSource).toBe(false)
  })

  it('sets the fuses of issue 9', () => {
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('ships the built app, without the bench, the CLI, the host, source maps or the Node addon', () => {
    for (const pattern of ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json']) {
      expect(build.files).toContain(pattern)
    }
    for (const pattern of [
      '!out/main/bench.js',
      '!out/main/cli.js',
      '!out/main/host.js',
      '!**/*.map',
      '!node_modules/better-sqlite3/build/**'
    ]) {
      expect(build.files).toContain(pattern)
    }
  })

  it('ships the resources where the server looks for them when packaged', () => {
    const resources = build.extraResources.find((set) => set.from === 'resources')
    expect(resources).toEqual({
      from: 'resources',
      to: 'resources',
      filter: ['benchmarks/**', 'calendars/**', 'fonts/**']
    })
    const lookup = readFileSync(join(ROOT, 'src', 'server', 'resources.ts'), 'utf8')
    expect(lookup).toContain("join(packaged, 'resources')")
    for (const folder of ['benchmarks', 'calendars']) {
      expect(existsSync(join(ROOT, 'resources', folder)), folder).toBe(true)
    }
  })

  it('ships the Electron build of better-sqlite3 where main looks for it, from where dist puts it', () => {
    const native = build.extraResources.find((set) => set.to === 'native')
    expect(native).toEqual({
      from: 'out/native/${os}-${arch}',
      to: 'native',
      filter: ['better_sqlite3.node']
    })
    const places = { isPackaged: true, resourcesPath: '/r', appPath: '/r/app.asar' }
    const packaged = nativeBindingCandidates({ ...places, platform: 'win32', arch: 'x64' })
    expect(packaged).toEqual([join('/r', native?.to ?? '', 'better_sqlite3.node')])
    const fromDist = distNativeBinding('/p', 'linux', 'arm64')
    expect(fromDist).toBe(join('/p', 'out', 'native', 'linux-arm64', 'better_sqlite3.node'))
  })

  it('runs the after-pack check of every package', async () => {
    expect(build.afterPack).toBe('./scripts/desktop/after-pack.mjs')
    const hook = (await import('../../scripts/desktop/after-pack.mjs')) as { afterPack: unknown }
    expect(typeof hook.afterPack).toBe('function')
  })

  it('has the application icon where electron-builder looks for it, and a Chinese menu entry', () => {
    const directories = build.directories as { buildResources: string }
    const icon = readFileSync(join(ROOT, directories.buildResources, 'icon.png'))
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG')
    // IHDR width and height: at least 256×256 for the Windows icon.
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512])
    expect(build.linux.desktop.entry['Name[zh_CN]']).toBe('案衡')
  })

  it('pins Electron exactly: the native module is built for its ABI', () => {
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/)
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})

/** Bare package names the shipped Node-side code imports at run time (not types, not node:*). */
function runtimePackages(): Map<string, string> {
  const found = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) {
        if (name !== '__scratch__') walk(path)
        continue
      }
      if (!/\.ts$/.test(name) || /\.test\.ts$|test-support|\.d\.ts$/.test(name)) continue
      const source = readFileSync(path, 'utf8')
      const specifiers = [
        ...source.matchAll(/^import (?!type )[^;]*?from '([^'.][^']*)'/gm),
        ...source.matchAll(/^export [^;]*?from '([^'.][^']*)'/gm)
      ].map((m) => m[1] ?? '')
      for (const specifier of specifiers) {
        if (specifier.startsWith('node:') || specifier === 'electron') continue
        const parts = specifier.split('/')
        const packageName = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
        if (packageName) found.set(packageName, relative(ROOT, path))
      }
    }
  }
  for (const layer of ['main', 'server', 'shared', 'core']) walk(join(ROOT, 'src', layer))
  return found
}

/** The runtime dependencies of `names`, transitively, resolved the way Node resolves them. */
function dependencyClosure(names: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (name: string, from: string) => {
    const candidates = [join(from, 'node_modules', name), join(ROOT, 'node_modules', name)]
    const dir = candidates.find((candidate) => existsSync(join(candidate, 'package.json')))
    if (!dir) return
    const key = `${name}\u0000${dir}`
    if (seen.has(key)) return
    seen.add(key)
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>
    }
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep, dir)
  }
  for (const name of names) visit(name, ROOT)
  return new Set([...seen].map((key) => key.slice(0, key.indexOf('\u0000'))))
}

describe('the package carries what the code needs', () => {
  const used = runtimePackages()

  it('finds the runtime imports (the scan works)', () => {
    expect([...used.keys()]).toEqual(expect.arrayContaining(['better-sqlite3', 'zod']))
  })

  it('declares every runtime import as a dependency (electron-builder packs only those)', () => {
    const missing = [...used].filter(([name]) => !(name in pkg.dependencies))
    expect(missing).toEqual([])
  })

  it('is what electron-builder collects: every runtime package and all its dependencies', async () => {
    type Collected = { name: string; dependencies?: Collected[] | null }
    type Collector = { getNodeModules: (o: { packageName: string }) => Promise<unknown> }
    const { getCollectorByPackageManager, PM } = (await import(
      'app-builder-lib/out/node-module-collector/index.js' as string
    )) as {
      getCollectorByPackageManager: (pm: unknown, dir: string, temp: unknown) => Collector
      PM: { NPM: unknown }
    }
    const { TmpDir } = (await import('temp-file' as string)) as {
      TmpDir: new (name: string) => { cleanup: () => Promise<void> }
    }
    const temp = new TmpDir('yardstick-builder-config')
    const result = (await getCollectorByPackageManager(PM.NPM, ROOT, temp).getNodeModules({
      packageName: 'yardstick'
    })) as { nodeModules?: Collected[] } | Collected[]
    await temp.cleanup()
    const collected = new Set<string>()
    const walk = (list: Collected[]) => {
      for (const module of list) {
        collected.add(module.name)
        walk(module.dependencies ?? [])
      }
    }
    walk(Array.isArray(result) ? result : (result.nodeModules ?? []))
    const needed = dependencyClosure([...used.keys()])
    // The scan reaches past the direct imports (better-sqlite3 → bindings).
    expect(needed.has('bindings')).toBe(true)
    expect([...needed].filter((name) => !collected.has(name))).toEqual([])
  }, 120_000)

  it('leaves out only packages the Node side never imports (the renderer bundles its own)', () => {
    const excluded = build.files
      .filter((pattern) => pattern.startsWith('!node_modules/{'))
      .flatMap((pattern) => /\{([^}]+)\}/.exec(pattern)?.[1]?.split(',') ?? [])
    expect(excluded.length).toBeGreaterThan(0)
    const clash = [...used.keys()].filter((name) =>
      excluded.some((ex) => name === ex || name.startsWith(`${ex}/`))
    )
    expect(clash).toEqual([])
  })
})

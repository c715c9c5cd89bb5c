// Where the desktop app finds things: pure functions of argv and the paths main passes in.
import { join } from 'node:path'

/**
 * The value of `--data DIR` or `--data=DIR`, wherever it appears: Electron's argv starts with the
 * executable and, unpackaged, the app path, and Chromium may add its own switches.
 */
export function dataFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--data') {
      const next = argv[i + 1]
      return next && !next.startsWith('--') ? next : undefined
    }
    if (arg?.startsWith('--data=')) return arg.slice('--data='.length) || undefined
  }
  return undefined
}

export type BindingPlaces = { isPackaged: boolean; resourcesPath: string; appPath: string }

export const BINDING_FILE = 'better_sqlite3.node'

/**
 * Places an Electron-ABI build of better-sqlite3 may live, best first. node_modules keeps the Node
 * build (tests, browser host, CLI); the packaged app ships the Electron build in resources/native,
 * and a development checkout may put one in native/electron. With none, better-sqlite3 loads its
 * default build, and the server process reports an ABI mismatch in words a user can act on.
 */
export function nativeBindingCandidates(places: BindingPlaces): string[] {
  const packaged = join(places.resourcesPath, 'native', BINDING_FILE)
  if (places.isPackaged) return [packaged]
  return [packaged, join(places.appPath, 'native', 'electron', BINDING_FILE)]
}

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

export type BindingPlaces = {
  isPackaged: boolean
  resourcesPath: string
  appPath: string
  platform: string
  arch: string
}

export const BINDING_FILE = 'better_sqlite3.node'

/** electron-builder's `${os}` for a Node platform: the folder names the dist script writes. */
const BUILDER_OS: Record<string, string> = { win32: 'win', linux: 'linux', darwin: 'mac' }

/**
 * Where `npm run dist` leaves the Electron-ABI build of better-sqlite3 for one target, e.g.
 * `out/native/linux-arm64/better_sqlite3.node`; electron-builder copies it from there into the
 * package's resources/native (package.json "build".extraResources).
 */
export function distNativeBinding(root: string, platform: string, arch: string): string | null {
  const os = BUILDER_OS[platform]
  return os ? join(root, 'out', 'native', `${os}-${arch}`, BINDING_FILE) : null
}

/**
 * Places an Electron-ABI build of better-sqlite3 may live, best first. node_modules keeps the Node
 * build (tests, browser host, CLI); the packaged app ships the Electron build in resources/native,
 * and in a checkout (`npm start` with Electron) the one `npm run dist` fetched for this machine
 * serves. With none, better-sqlite3 loads its default build, and the server process reports an ABI
 * mismatch in words a user can act on.
 */
export function nativeBindingCandidates(places: BindingPlaces): string[] {
  const packaged = join(places.resourcesPath, 'native', BINDING_FILE)
  if (places.isPackaged) return [packaged]
  const checkout = distNativeBinding(places.appPath, places.platform, places.arch)
  return checkout ? [packaged, checkout] : [packaged]
}

/** The data folder's backups/ (src/server/backup names it; main cannot import that module). */
export function backupsFolder(dataDir: string): string {
  return join(dataDir, 'backups')
}

import { mkdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/**
 * Where data lives: `--data DIR`, else YARDSTICK_DATA, else the OS user-data folder — the same folder
 * Electron's app.getPath('userData') gives for an app named Yardstick, so the desktop app, the browser
 * host and the CLI share one database by default.
 */
export function resolveDataDir(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (explicit) return resolve(explicit)
  if (env.YARDSTICK_DATA) return resolve(env.YARDSTICK_DATA)
  switch (process.platform) {
    case 'win32':
      return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Yardstick')
    case 'darwin':
      return join(homedir(), 'Library', 'Application Support', 'Yardstick')
    default:
      return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Yardstick')
  }
}

export const DATABASE_FILE = 'yardstick.sqlite'

export function databasePath(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  return join(dataDir, DATABASE_FILE)
}

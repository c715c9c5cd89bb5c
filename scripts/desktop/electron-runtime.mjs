// Whether the Electron runtime is installed in the checkout, found the way the electron package
// finds it (path.txt names the executable under dist/) without requiring that package: requiring
// it starts a download where the binary is missing, which fails offline.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * @param {string} root the project folder
 * @param {NodeJS.ProcessEnv} env ELECTRON_OVERRIDE_DIST_PATH points at another unpacked runtime
 * @returns {string | null} the executable, or null when it is not there
 */
export function findElectronRuntime(root, env = process.env) {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  if (name === '') return null
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist')
  const binary = join(dist, name)
  return existsSync(binary) ? binary : null
}

/** The one line `npm run dist` prints when the runtime is missing. */
export function missingRuntimeLine(electronVersion) {
  return (
    `npm run dist: 缺少 Electron ${electronVersion} 运行时 / Electron runtime missing: ` +
    'node_modules/electron/dist has no Electron binary (its download is skipped offline); on a ' +
    'networked machine run `node node_modules/electron/install.js`, then `npm run dist` again'
  )
}

// electron-builder's afterPack hook (package.json "build".afterPack): runs on each unpacked app,
// after the files and extraResources are in place and before the fuses are flipped and the installer
// is made. It refuses a package whose native module could not work: the Electron build of
// better-sqlite3 missing from resources/native, built for another OS or CPU, or a stray copy of the
// checkout's Node build packed inside the app.
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs'
import { join, relative } from 'node:path'
import { binaryArch, PLATFORM_FORMATS } from './binary-arch.mjs'

/** electron-builder's Arch enum, by number (builder-util/out/arch.js). */
const ARCHES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal']

export const BINDING = 'better_sqlite3.node'

function head(file) {
  const fd = openSync(file, 'r')
  try {
    const bytes = new Uint8Array(4096)
    const read = readSync(fd, bytes, 0, bytes.length, 0)
    return bytes.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

function findAll(dir, name) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return findAll(path, name)
    return entry.name === name ? [path] : []
  })
}

/**
 * What is wrong with a packaged app's native module, one sentence each; empty when it is right.
 * @param {string} resourcesDir the app's resources folder (holds app.asar)
 * @param {string} platform electron-builder's electronPlatformName: win32, linux, darwin
 * @param {string} arch x64, arm64…
 * @returns {string[]}
 */
export function packagedNativeProblems(resourcesDir, platform, arch) {
  const problems = []
  const binding = join(resourcesDir, 'native', BINDING)
  const format = PLATFORM_FORMATS[platform] ?? `no format for ${platform}`
  if (!existsSync(binding)) {
    problems.push(
      `resources/native/${BINDING} is missing: npm run dist puts the Electron build of ` +
        `better-sqlite3 in out/native/<os>-<arch>/ before packaging`
    )
  } else {
    const found = binaryArch(head(binding))
    if (!found || found.format !== format || found.arch !== arch) {
      const what = found ? `${found.format}/${found.arch}` : 'not a native binary'
      problems.push(`resources/native/${BINDING} is ${what}, but this package is ${format}/${arch}`)
    }
  }
  // The checkout's node_modules holds the Node-ABI build (tests, CLI): it must never be packed.
  for (const stray of findAll(join(resourcesDir, 'app.asar.unpacked'), BINDING)) {
    problems.push(`a stray ${BINDING} is packed at ${relative(resourcesDir, stray)}`)
  }
  return problems
}

function resourcesOf(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    const app = `${packager.appInfo.productFilename}.app`
    return join(appOutDir, app, 'Contents', 'Resources')
  }
  return join(appOutDir, 'resources')
}

/** @param {{ appOutDir: string, electronPlatformName: string, arch: number, packager: any }} context */
export async function afterPack(context) {
  const arch = ARCHES[context.arch] ?? `arch-${context.arch}`
  const problems = packagedNativeProblems(resourcesOf(context), context.electronPlatformName, arch)
  if (problems.length > 0) {
    throw new Error(
      `${context.electronPlatformName}-${arch} package refused: ${problems.join('; ')}`
    )
  }
}

// Puts better-sqlite3 built for Electron's ABI, for one target OS and CPU, in
// out/native/<os>-<arch>/better_sqlite3.node, where electron-builder picks it up (package.json
// "build".extraResources → resources/native/ in the package; the app passes it to better-sqlite3 as
// `nativeBinding`). node_modules is never touched: it keeps the Node build that the tests, the
// browser host and the CLI load, so building installers cannot break them.
//
// The build comes from better-sqlite3's own release prebuilds for Electron (prebuild-install, the
// tool its install script uses), run on a staged copy of the package; for the machine's own OS and
// CPU it can instead be compiled against Electron's headers when no prebuild can be had. Both need
// the network (or YARDSTICK_NATIVE_PREBUILDS, a folder holding the release tarballs).
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { binaryArch, PLATFORM_FORMATS } from './binary-arch.mjs'

export const BINDING = 'better_sqlite3.node'
const PACKAGE_FILES = ['package.json', 'binding.gyp', 'lib', 'src', 'deps']

export function nativeDir(root, os, arch) {
  return join(root, 'out', 'native', `${os}-${arch}`)
}

/** What a folder's build-info.json must say for its binding to be reused. */
export function buildStamp(betterSqliteVersion, electronVersion, platform, arch) {
  return { betterSqlite3: betterSqliteVersion, electron: electronVersion, platform, arch }
}

function readStamp(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, 'build-info.json'), 'utf8'))
  } catch {
    return null
  }
}

function sameStamp(found, wanted) {
  return found !== null && Object.keys(wanted).every((key) => found[key] === wanted[key])
}

/** The binding's header must name the target's format and CPU; else a one-line reason. */
export function checkBinding(file, platform, arch) {
  if (!existsSync(file)) return `${file} was not produced`
  const found = binaryArch(new Uint8Array(readFileSync(file).subarray(0, 4096)))
  const format = PLATFORM_FORMATS[platform]
  if (!found || found.format !== format || found.arch !== arch) {
    const what = found ? `${found.format}/${found.arch}` : 'not a native binary'
    return `the binding obtained is ${what}, not ${format}/${arch}`
  }
  return null
}

function lastLine(text) {
  const lines = String(text ?? '')
    .trim()
    .split('\n')
    .filter(Boolean)
  return lines.at(-1)?.replace(/^prebuild-install (warn|info|ERR!) /, '') ?? ''
}

// The user's npm configuration must not steer these builds: `nodedir` (set on some machines)
// would compile against Node's headers instead of Electron's.
function cleanEnv() {
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    if (
      /^npm_config_(nodedir|target|runtime|arch|platform|disturl|build_from_source)$/i.test(key)
    ) {
      delete env[key]
    }
  }
  return env
}

function prebuilt(stage, root, target, electronVersion) {
  const require = createRequire(join(root, 'package.json'))
  const bin = require.resolve('prebuild-install/bin.js')
  const args = [bin, '--runtime', 'electron', '--target', electronVersion]
  args.push('--platform', target.platform, '--arch', target.arch, '--verbose')
  const local = process.env.YARDSTICK_NATIVE_PREBUILDS
  if (local) args.push('--local-prebuilds', local)
  const run = spawnSync(process.execPath, args, { cwd: stage, env: cleanEnv(), encoding: 'utf8' })
  return run.status === 0 ? null : lastLine(run.stderr) || `prebuild-install exited ${run.status}`
}

function compiled(stage, target, electronVersion) {
  const nodeGyp = process.env.npm_config_node_gyp
  if (!nodeGyp) return 'node-gyp not found (run through `npm run dist`)'
  const args = [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`]
  args.push(`--arch=${target.arch}`, '--dist-url=https://electronjs.org/headers')
  const run = spawnSync(process.execPath, args, { cwd: stage, env: cleanEnv(), encoding: 'utf8' })
  return run.status === 0 ? null : lastLine(run.stderr) || `node-gyp exited ${run.status}`
}

/**
 * @param {{ root: string, electronVersion: string, target: { os: string, platform: string,
 *   arch: string }, host: { platform: string, arch: string }, log?: (line: string) => void }} options
 * @returns {string} the binding's path
 * @throws {Error} with a one-line message naming what is missing
 */
export function ensureElectronBinding({ root, electronVersion, target, host, log = () => {} }) {
  const source = join(root, 'node_modules', 'better-sqlite3')
  const version = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')).version
  const dir = nativeDir(root, target.os, target.arch)
  const file = join(dir, BINDING)
  const stamp = buildStamp(version, electronVersion, target.platform, target.arch)
  if (
    sameStamp(readStamp(dir), stamp) &&
    checkBinding(file, target.platform, target.arch) === null
  ) {
    log(
      `better-sqlite3 ${version} for Electron ${electronVersion} ${target.os}-${target.arch}: kept`
    )
    return file
  }
  const stage = join(root, 'out', 'native-stage', `${target.os}-${target.arch}`)
  rmSync(stage, { recursive: true, force: true })
  mkdirSync(stage, { recursive: true })
  for (const name of PACKAGE_FILES)
    cpSync(join(source, name), join(stage, name), { recursive: true })
  try {
    return build(stage, dir, stamp, { root, electronVersion, target, host, log, version })
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

function build(stage, dir, stamp, { root, electronVersion, target, host, log, version }) {
  const file = join(dir, BINDING)
  const what = `better-sqlite3 ${version} for Electron ${electronVersion} (${target.os}-${target.arch})`
  let failure = prebuilt(stage, root, target, electronVersion)
  let how = 'prebuilt'
  if (failure !== null) {
    const native = target.platform === host.platform && target.arch === host.arch
    if (!native) {
      throw new Error(
        `${what}: no prebuilt binary (${failure}), and it cannot be compiled on this machine`
      )
    }
    log(`${what}: no prebuilt binary (${failure}); compiling against Electron's headers`)
    const compileFailure = compiled(stage, target, electronVersion)
    if (compileFailure !== null) {
      throw new Error(
        `${what}: no prebuilt binary (${failure}) and compiling failed (${compileFailure})`
      )
    }
    how = 'compiled'
  }
  const built = join(stage, 'build', 'Release', BINDING)
  const wrong = checkBinding(built, target.platform, target.arch)
  if (wrong !== null) throw new Error(`${what}: ${wrong}`)
  mkdirSync(dir, { recursive: true })
  copyFileSync(built, file)
  writeFileSync(join(dir, 'build-info.json'), `${JSON.stringify({ ...stamp, how }, null, 2)}\n`)
  log(`${what}: ${how}`)
  return file
}

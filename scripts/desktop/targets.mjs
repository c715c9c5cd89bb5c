// What `npm run dist` builds: pure functions of its arguments, the machine and package.json's
// electron-builder configuration, so they are unit-tested without building anything.

/** electron-builder's platforms we ship, by its `${os}` name. */
export const PLATFORMS = {
  win: { flag: '--win', platform: 'win32' },
  linux: { flag: '--linux', platform: 'linux' }
}

const HOST_OS = { win32: 'win', linux: 'linux' }
const ARCH_FLAGS = ['x64', 'arm64']

const USAGE = 'usage: npm run dist [-- --win|--linux] [--x64|--arm64] [--dir] [--native-only]'

/** The architectures package.json's "build" targets list for one platform. */
export function configuredArchs(build, os) {
  const targets = build?.[os]?.target ?? []
  const archs = targets.flatMap((target) => (typeof target === 'string' ? [] : (target.arch ?? [])))
  return [...new Set(archs)]
}

/**
 * @param {string[]} args after `--`
 * @param {{ platform: string, arch: string }} host this machine (process.platform, process.arch)
 * @param {object} build package.json "build"
 * @returns {{ targets: { os: string, platform: string, arch: string }[], dir: boolean,
 *   nativeOnly: boolean } | { error: string }}
 */
export function parseDistArgs(args, host, build) {
  const oses = []
  const archs = []
  let dir = false
  let nativeOnly = false
  for (const arg of args) {
    const os = Object.keys(PLATFORMS).find((name) => PLATFORMS[name].flag === arg)
    if (os) oses.push(os)
    else if (ARCH_FLAGS.includes(arg.replace(/^--/, '')) && arg.startsWith('--'))
      archs.push(arg.slice(2))
    else if (arg === '--dir') dir = true
    else if (arg === '--native-only') nativeOnly = true
    else return { error: `unknown argument ${arg}; ${USAGE}` }
  }
  if (oses.length === 0) {
    const os = HOST_OS[host.platform]
    if (!os) return { error: `no installer is configured for ${host.platform}; ${USAGE}` }
    oses.push(os)
  }
  // The native step alone serves this machine (npm start, the desktop e2e suite): its CPU only.
  if (nativeOnly && archs.length === 0) archs.push(host.arch)
  const targets = []
  for (const os of new Set(oses)) {
    const configured = configuredArchs(build, os)
    const chosen = archs.length === 0 ? configured : configured.filter((a) => archs.includes(a))
    if (chosen.length === 0) {
      return { error: `package.json "build".${os} has no target for ${archs.join(', ')}` }
    }
    for (const arch of chosen) targets.push({ os, platform: PLATFORMS[os].platform, arch })
  }
  return { targets, dir, nativeOnly }
}

/** electron-builder's command line for the chosen targets: one platform per run, never publish. */
export function builderArgs(targets, dir) {
  const byOs = new Map()
  for (const { os, arch } of targets) byOs.set(os, [...(byOs.get(os) ?? []), arch])
  return [...byOs].map(([os, archs]) => [
    PLATFORMS[os].flag,
    ...(dir ? ['dir'] : []),
    ...archs.map((arch) => `--${arch}`),
    '--publish',
    'never'
  ])
}

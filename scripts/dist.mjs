#!/usr/bin/env node
// `npm run dist [-- --win|--linux] [--x64|--arm64] [--dir] [--native-only]`: the desktop installers
// (package.json "build": Windows NSIS x64; Linux deb and AppImage, x64 and arm64), in dist/.
// By default, the installers of this machine's OS (cross-building Windows from Linux works).
//
// It checks first and stops at the first thing missing with one line on stderr, rather than a
// download timeout and a stack trace half-way through: the Electron runtime (offline build
// machines do not have it), then better-sqlite3 built for Electron for every target (out/native/,
// see desktop/native.mjs). Then it builds the app (electron-vite) and runs electron-builder, which
// packs those files, flips the fuses, checks each package (desktop/after-pack.mjs) and never
// publishes. Building installers needs the network: electron-builder downloads the Electron zips
// and its NSIS/AppImage/deb tools. docs/desktop.md has the details.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findElectronRuntime, missingRuntimeLine } from './desktop/electron-runtime.mjs'
import { ensureElectronBinding } from './desktop/native.mjs'
import { builderArgs, parseDistArgs } from './desktop/targets.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

function fail(line) {
  console.error(line)
  process.exit(1)
}

/** The installed version of a package (package.json may hold a range). */
function installedVersion(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version
  } catch {
    return null
  }
}

function binOf(name, command) {
  const require = createRequire(join(root, 'package.json'))
  const manifest = require.resolve(`${name}/package.json`)
  const bin = JSON.parse(readFileSync(manifest, 'utf8')).bin
  return join(dirname(manifest), typeof bin === 'string' ? bin : bin[command])
}

function run(label, command, args) {
  console.log(`npm run dist: ${label}`)
  const result = spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0)
    fail(`npm run dist: ${label} failed (exit ${result.status ?? result.signal})`)
}

const host = { platform: process.platform, arch: process.arch }
const plan = parseDistArgs(process.argv.slice(2), host, pkg.build)
if ('error' in plan) fail(`npm run dist: ${plan.error}`)

const electronVersion = installedVersion('electron')
if (!electronVersion)
  fail('npm run dist: node_modules/electron is not installed; run `npm ci` first')
if (!findElectronRuntime(root)) fail(missingRuntimeLine(electronVersion))

for (const target of plan.targets) {
  try {
    ensureElectronBinding({
      root,
      electronVersion,
      target,
      host,
      log: (line) => console.log(`npm run dist: ${line}`)
    })
  } catch (error) {
    fail(`npm run dist: ${error instanceof Error ? error.message : String(error)}`)
  }
}
if (plan.nativeOnly) process.exit(0)

run('building the app (electron-vite)', binOf('electron-vite', 'electron-vite'), ['build'])
for (const args of builderArgs(plan.targets, plan.dir)) {
  run(`electron-builder ${args.join(' ')}`, binOf('electron-builder', 'electron-builder'), args)
}
console.log(`npm run dist: done — see ${join(root, pkg.build.directories.output)}`)

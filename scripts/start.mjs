#!/usr/bin/env node
// `npm start` after the build: the desktop app when the Electron runtime and the Electron build of
// better-sqlite3 are installed, otherwise the browser host. It never requires the `electron` package: doing so starts a download when the
// binary is missing, which fails offline. Instead it reads the same path.txt that package's
// index.js reads.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)

/** The Electron executable under node_modules/electron/dist, or null when it is not installed. */
function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const name = readFileSync(pathFile, 'utf8').trim()
  if (name === '') return null
  const binary = join(pkg, 'dist', name)
  return existsSync(binary) ? binary : null
}

function run(command, commandArgs, env) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', env, cwd: root })
  // Ctrl+C reaches the child through the terminal; a kill sent to this process only is passed on.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal)
    })
  }
  child.on('error', (error) => {
    console.error(`${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    process.exit(code ?? (signal ? 1 : 0))
  })
}

/** Where `npm run dist -- --native-only` leaves better-sqlite3 built for this machine's Electron. */
function electronBinding() {
  const os = { win32: 'win', linux: 'linux', darwin: 'mac' }[process.platform]
  const file = join(root, 'out', 'native', `${os}-${process.arch}`, 'better_sqlite3.node')
  return os && existsSync(file) ? file : null
}

const binary = electronBinary()
if (binary && !electronBinding()) {
  // node_modules holds the Node build of the addon; Electron cannot load it (docs/desktop.md).
  console.log(
    '未找到 Electron 版数据库组件，改用浏览器模式（先运行 npm run dist -- --native-only）/ ' +
      'better-sqlite3 for Electron not found (npm run dist -- --native-only); starting the browser host instead'
  )
  run(process.execPath, [join(root, 'out', 'main', 'host.js'), ...args], process.env)
} else if (binary) {
  const env = { ...process.env }
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE
  // The project folder, not out/main/index.js: Electron then reads package.json (main, name,
  // version).
  run(binary, [root, ...args], env)
} else {
  console.log(
    '未找到 Electron 运行时，改用浏览器模式 / Electron runtime not found; starting the browser host instead'
  )
  run(process.execPath, [join(root, 'out', 'main', 'host.js'), ...args], process.env)
}

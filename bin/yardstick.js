#!/usr/bin/env node
// The `yardstick` command. The CLI is TypeScript built by electron-vite into out/main/cli.js; this
// shim only finds it, so a fresh clone gets a clear hint instead of a module-not-found trace.
'use strict'

const { existsSync } = require('node:fs')
const { join } = require('node:path')

const entry = join(__dirname, '..', 'out', 'main', 'cli.js')

if (!existsSync(entry)) {
  const hint = '尚未构建命令行程序（缺少 out/main/cli.js），请先运行 npm run build。'
  process.stderr.write(`yardstick: ${hint}\n`)
  process.exit(2)
}

require(entry)

import { resolve } from 'node:path'
import { formatProblem } from '../../core/discretion/catalogue-problems'
import { checkCatalogueDir } from '../../server/discretion/catalogue-loader'
import { AppError } from '../../shared/errors'
import { parseOptions, UsageError } from '../args'
import type { Command } from '../command'
import type { CliIo } from '../io'
import { defaultBenchmarksDir, splitPositionals } from './evaluate'

const OPTIONS = {} as const

const USAGE = `用法：yardstick catalogue check [目录]

  目录   裁量基准目录（其中每个 *.yaml 为一个基准包，unit-config.yaml 除外），
         缺省为随附的 resources/benchmarks

检查结构、引用（法律、条款、文本日期）、文号、法定幅度、分支是否不重不漏、各档幅度、
版本衔接等。没有错误时退出码为 0（警告照常列出）；有错误时为 1，错误列在标准错误。`

async function run(args: readonly string[], io: CliIo): Promise<void> {
  const { positionals, options } = splitPositionals(args, OPTIONS)
  parseOptions(options, OPTIONS)
  const [dirArg, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`)
  const dir = dirArg === undefined ? defaultBenchmarksDir() : resolve(dirArg)
  const result = checkCatalogueDir(dir)
  const errors = result.problems.filter((p) => p.severity === 'error')
  const warnings = result.problems.filter((p) => p.severity !== 'error')
  // Warnings do not fail the check; with errors they go to stderr too, after the errors.
  const warningLines = warnings.map((p) => `${formatProblem(p)}\n`).join('')
  if (result.ok && errors.length === 0) {
    io.stdout(warningLines)
    const tail = warnings.length > 0 ? `，${warnings.length} 条警告` : ''
    io.stdout(`裁量基准目录 ${dir} 检查通过${tail}。\n`)
    return
  }
  const lines = [...errors, ...warnings].map((p) => formatProblem(p)).join('\n')
  const count = errors.length > 0 ? `${errors.length} 个错误` : '错误'
  throw new AppError('REFUSED', `裁量基准目录 ${dir} 未通过检查（${count}）：\n${lines}`)
}

export const catalogueCheckCommand: Command = {
  words: ['catalogue', 'check'],
  summary: '检查裁量基准目录（不需要数据库）',
  usage: USAGE,
  run
}

import { join, resolve } from 'node:path'
import { formatCitation } from '../../core/discretion/citation'
import { formatProblem } from '../../core/discretion/catalogue-problems'
import type { EvaluationResult } from '../../core/discretion/result-types'
import { UNIT_CONFIG_FILE } from '../../server/discretion/catalogue-loader'
import { evaluateFactsFile } from '../../server/discretion/evaluate-file'
import { benchmarksDir, defaultResourcesDir } from '../../server/resources'
import { AppError } from '../../shared/errors'
import { parseOptions, UsageError, type OptionSpec } from '../args'
import type { Command } from '../command'
import type { CliIo } from '../io'

/**
 * Splits file arguments (FACTS.json, DIR) from options, wherever they stand: `--explain f.json` and
 * `f.json --explain` both work. A word right after a string option without `=` is that option's
 * value, as in parseOptions; everything else that does not start with `--` is positional.
 */
export function splitPositionals(
  args: readonly string[],
  spec: OptionSpec
): { positionals: string[]; options: string[] } {
  const positionals: string[] = []
  const options: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (!arg.startsWith('--')) {
      positionals.push(arg)
      continue
    }
    options.push(arg)
    const name = arg.slice(2)
    const takesValue = !name.includes('=') && spec[name]?.type === 'string'
    const next = args[i + 1]
    if (takesValue && next !== undefined && !next.startsWith('--')) {
      options.push(next)
      i++
    }
  }
  return { positionals, options }
}

/** The shipped catalogue, found as the app finds it (beside out/main, or under the sources). */
export function defaultBenchmarksDir(): string {
  return benchmarksDir(defaultResourcesDir())
}

const OPTIONS = {
  explain: { type: 'boolean' },
  benchmarks: { type: 'string' },
  'unit-config': { type: 'string' }
} as const

const USAGE = `用法：yardstick evaluate FACTS.json [--explain] [--benchmarks 目录] [--unit-config 文件]

  FACTS.json      一件案件的裁量事实（JSON）；格式见 docs/facts.schema.json（JSON Schema）
  --explain       输出中文推理过程和说明，而不是 JSON
  --benchmarks    裁量基准目录，缺省为随附的 resources/benchmarks
  --unit-config   单位配置文件，缺省为裁量基准目录中的 unit-config.yaml

输出：评估结果（JSON）。事实无效、裁量基准有误或无法评估（如事项编码不存在）时退出码为 1；
无法评估时仍在标准输出打印结果（含 problems），原因另见标准错误。`

function lines(items: readonly string[]): string {
  return items.map((l) => `  ${l}\n`).join('')
}

/**
 * Chinese names of the engine's trace steps. The engine records a code (`TraceStep.step` is a
 * plain string); a step it adds later prints under its code until it is named here.
 */
const STEP_LABEL_ZH: Readonly<Record<string, string>> = {
  lighterLaw: '法律适用（从旧兼从轻）',
  limitation: '追责期限',
  capacity: '责任能力',
  noFault: '主观过错',
  noPenalty: '不予处罚',
  nonPenalty: '非处罚措施',
  benchmarkVersion: '裁量基准版本',
  firstViolation: '首违不罚',
  precondition: '处罚前提',
  statutoryBranch: '法定情形',
  confiscateGains: '没收违法所得',
  statutoryRange: '法定幅度',
  level: '裁量阶次',
  mitigation: '减轻处罚',
  band: '罚款幅度'
}

/** `步骤 — 认定（引用）`, one line per trace step. */
function traceText(result: EvaluationResult): string {
  return result.trace
    .map((s) => {
      const step = STEP_LABEL_ZH[s.step] ?? s.step
      return `${step} — ${s.finding}（${formatCitation(s.citation)}）\n`
    })
    .join('')
}

function output(result: EvaluationResult, explain: boolean, io: CliIo): void {
  if (!explain) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else io.stdout(result.ok ? `${traceText(result)}\n${result.explanation}\n` : traceText(result))
  if (!result.ok) {
    // The engine answered but could not evaluate these facts: refused input, exit 1.
    const problems = result.problems.map((p) => `${p.message}（${p.code}）`)
    throw new AppError('REFUSED', `无法评估事项 ${result.itemCode}：\n${lines(problems)}`.trimEnd())
  }
}

async function run(args: readonly string[], io: CliIo): Promise<void> {
  const { positionals, options: rest } = splitPositionals(args, OPTIONS)
  const options = parseOptions(rest, OPTIONS)
  const [factsArg, ...extra] = positionals
  if (factsArg === undefined) throw new UsageError('缺少事实文件 FACTS.json')
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`)
  const dir =
    options.benchmarks === undefined ? defaultBenchmarksDir() : resolve(options.benchmarks)
  const config = options['unit-config'] === undefined ? undefined : resolve(options['unit-config'])
  const r = evaluateFactsFile(resolve(factsArg), dir, config)
  if (r.ok) {
    output(r.result, options.explain, io)
    return
  }
  if (r.stage === 'facts') {
    const issues = r.issues.map((i) => `${i.path}：${i.message}`)
    const head = `事实文件 ${factsArg} 无效（格式见 docs/facts.schema.json）：`
    throw new AppError('VALIDATION', `${head}\n${lines(issues)}`.trimEnd())
  }
  const errors = r.problems.filter((p) => p.severity === 'error').map(formatProblem)
  const what =
    r.stage === 'catalogue'
      ? `裁量基准目录 ${dir} `
      : `单位配置 ${config ?? join(dir, UNIT_CONFIG_FILE)} `
  throw new AppError('REFUSED', `${what}有误：\n${lines(errors)}`.trimEnd())
}

export const evaluateCommand: Command = {
  words: ['evaluate'],
  summary: '按裁量基准评估一件案件的事实（不需要数据库）',
  usage: USAGE,
  run
}

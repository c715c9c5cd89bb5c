// The CLI's entry as a function: argv in, exit code out, output through `io`. It never exits the
// process, so tests run it in-process. Exit codes: 0 done, 1 refused (the server's Chinese
// message on stderr), 2 usage (the usage text on stderr).
import { AppError } from '../shared/errors'
import { UsageError } from './args'
import type { Command } from './command'
import {
  backupCreateCommand,
  backupListCommand,
  backupRestoreCommand,
  backupVerifyCommand
} from './commands/backup'
import { casesListCommand } from './commands/cases-list'
import { catalogueCheckCommand } from './commands/catalogue-check'
import { evaluateCommand } from './commands/evaluate'
import { exportCommand, importCommand, EXIT_CONFLICTS } from './commands/exchange'
import { statsCommand } from './commands/stats'
import { initCommand } from './commands/init'
import { seedCommand } from './commands/seed'
import { usersAddCommand } from './commands/users-add'
import { verifyCommand } from './commands/verify'
import type { CliIo } from './io'

export type { CliIo } from './io'

const COMMANDS: readonly Command[] = [
  initCommand,
  usersAddCommand,
  seedCommand,
  casesListCommand,
  evaluateCommand,
  catalogueCheckCommand,
  verifyCommand,
  backupCreateCommand,
  backupListCommand,
  backupVerifyCommand,
  backupRestoreCommand,
  exportCommand,
  importCommand,
  statsCommand
]

export const EXIT = { ok: 0, refused: 1, usage: 2, conflicts: EXIT_CONFLICTS } as const

function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length))
  const lines = COMMANDS.map((c) => `  ${c.words.join(' ').padEnd(width)}   ${c.summary}`)
  return `案衡 Yardstick 命令行

用法：yardstick <命令> [选项]

命令：
${lines.join('\n')}
  help${' '.repeat(Math.max(0, width - 4))}   显示帮助；yardstick help <命令> 或 <命令> --help 显示该命令的选项

读写数据的命令接受 --data 目录（缺省取环境变量 YARDSTICK_DATA，再缺省为桌面版的数据目录）。
退出码：0 成功；1 输入被拒绝（原因见标准错误）；2 用法错误；3 import 已合并但有冲突待处理。
`
}

function findCommand(argv: readonly string[]): Command | undefined {
  return COMMANDS.find((c) => c.words.every((word, i) => argv[i] === word))
}

function describeRefusal(error: AppError): string {
  const issues = (error.issues ?? []).map((i) => `  ${i.path || '(输入)'}：${i.message}\n`)
  return `${error.message}\n${issues.length > 1 ? issues.join('') : ''}`
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const target = first === 'help' ? findCommand(rest) : undefined
    if (first === 'help' && rest.length > 0 && !target) {
      io.stderr(`未知命令：${rest.join(' ')}\n\n${generalUsage()}`)
      return EXIT.usage
    }
    // Bare `yardstick` is a usage error (a script forgot its command); asking for help is not.
    const out = first === undefined ? io.stderr : io.stdout
    out(target ? `${target.usage}\n` : generalUsage())
    return first === undefined ? EXIT.usage : EXIT.ok
  }
  const command = findCommand(argv)
  if (!command) {
    io.stderr(`未知命令：${argv.slice(0, 2).join(' ')}\n\n${generalUsage()}`)
    return EXIT.usage
  }
  const args = argv.slice(command.words.length)
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage}\n`)
    return EXIT.ok
  }
  try {
    const code = await command.run(args, io)
    return code ?? EXIT.ok
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`错误：${error.message}\n\n${command.usage}\n`)
      return EXIT.usage
    }
    if (error instanceof AppError) {
      io.stderr(describeRefusal(error))
      return EXIT.refused
    }
    // Not a refusal the server explained: the folder is not writable, the file is not SQLite…
    io.stderr(`操作失败：${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.refused
  }
}

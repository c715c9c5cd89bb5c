import { existsSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { assertNever } from '../../core/assert'
import { backupDataDir } from '../../server/backup/create'
import { listBackups } from '../../server/backup/list'
import { backupsDir, type BackupInfo, type BackupReason } from '../../server/backup/names'
import { restoreBackup } from '../../server/backup/restore'
import { DEFAULT_RETENTION } from '../../server/backup/retention'
import { backupRejection, verifyBackup } from '../../server/backup/verify'
import { resolveDataDir } from '../../server/data-dir'
import { AppError } from '../../shared/errors'
import { parseOptions, UsageError } from '../args'
import { defineCommand, DATA_OPTION, type Command } from '../command'
import type { CliIo } from '../io'
import { splitPositionals } from './evaluate'

export function reasonLabel(reason: BackupReason): string {
  switch (reason) {
    case 'manual':
      return '手动'
    case 'scheduled':
      return '定时'
    case 'pre-migration':
      return '升级前'
    case 'pre-import':
      return '导入前'
    case 'pre-restore':
      return '恢复前'
    case 'on-quit':
      return '退出时'
  }
  return assertNever(reason)
}

/** UTC ISO → "2026-03-02 10:00:00" in Beijing time, how the office reads it. */
function beijingTime(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ')
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
}

function describe(info: BackupInfo): string {
  return `${beijingTime(info.takenAt)}  ${reasonLabel(info.reason).padEnd(3, '\u3000')}  ${size(info.bytes)}  ${info.name}`
}

/** FILE as given, or else the name of a backup in the data folder's backups/ (as `backup list` shows). */
function backupFile(dataDir: string, arg: string): string {
  const direct = resolve(arg)
  if (existsSync(direct)) return direct
  const listed = join(backupsDir(dataDir), basename(arg))
  if (existsSync(listed)) return listed
  throw new AppError('NOT_FOUND', `找不到备份文件：${arg}`)
}

/** The one FILE argument of `verify` and `restore`, and their options. */
function fileAndOptions(args: readonly string[], io: CliIo): { file: string; dataDir: string } {
  const { positionals, options } = splitPositionals(args, DATA_OPTION)
  const parsed = parseOptions(options, DATA_OPTION)
  const [file, ...extra] = positionals
  if (file === undefined) throw new UsageError('缺少备份文件 FILE')
  if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`)
  const dataDir = resolveDataDir(parsed.data, io.env)
  return { file: backupFile(dataDir, file), dataDir }
}

const RETENTION_NOTE = `保留规则：每种原因保留最近 ${DEFAULT_RETENTION.keepLastPerReason} 份，另保留最近 ${DEFAULT_RETENTION.keepDaily} 天每天最新的一份、最近 ${DEFAULT_RETENTION.keepWeekly} 周每周最新的一份；其余在每次备份后自动删除。`

export const backupCreateCommand = defineCommand({
  words: ['backup', 'create'],
  summary: '立即备份数据库（在线备份，案衡运行时也可使用）',
  usage: `用法：yardstick backup create [--data 目录]

备份写到数据目录下的 backups/，文件名含备份时间（UTC）和原因，写完后做快速完整性检查。
${RETENTION_NOTE}`,
  options: DATA_OPTION,
  run: async (options, io) => {
    const dataDir = resolveDataDir(options.data, io.env)
    const info = await backupDataDir(dataDir, 'manual')
    io.stdout(`已备份：${info.file}（${size(info.bytes)}）\n`)
  }
})

export const backupListCommand = defineCommand({
  words: ['backup', 'list'],
  summary: '列出数据目录中的备份',
  usage: `用法：yardstick backup list [--data 目录] [--json]

按时间先后列出 backups/ 中的备份（时间为北京时间）。
${RETENTION_NOTE}`,
  options: { ...DATA_OPTION, json: { type: 'boolean' } },
  run: async (options, io) => {
    const dataDir = resolveDataDir(options.data, io.env)
    const backups = listBackups(dataDir)
    if (options.json) {
      io.stdout(`${JSON.stringify(backups, null, 2)}\n`)
      return
    }
    if (backups.length === 0) {
      io.stdout(`${backupsDir(dataDir)} 中还没有备份。\n`)
      return
    }
    io.stdout(`${backupsDir(dataDir)}：\n${backups.map((b) => `  ${describe(b)}\n`).join('')}`)
  }
})

export const backupVerifyCommand: Command = {
  words: ['backup', 'verify'],
  summary: '检查一份备份是否完好（不恢复）',
  usage: `用法：yardstick backup verify FILE [--data 目录]

  FILE   备份文件路径，或 backup list 列出的文件名

以只读方式单独打开备份（不连接现有数据库），检查文件是否为案衡数据库、完整性、外键引用
和审计日志哈希链。完好时退出码为 0；否则为 1，原因列在标准错误。`,
  run: async (args, io) => {
    const { file } = fileAndOptions(args, io)
    const check = verifyBackup(file)
    if (!check.ok) throw new AppError('REFUSED', backupRejection(check))
    const audit = check.result.audit
    io.stdout(
      `备份 ${basename(file)} 检查通过：完整性正常，审计日志 ${audit.rows} 条，哈希链完整。\n`
    )
  }
}

export const backupRestoreCommand: Command = {
  words: ['backup', 'restore'],
  summary: '用一份备份替换现有数据库（先自动备份现有数据库）',
  usage: `用法：yardstick backup restore FILE [--data 目录]

  FILE   备份文件路径，或 backup list 列出的文件名

请先关闭案衡。恢复前先完整检查备份，未通过则拒绝，现有数据库不变；通过后先把现有数据库
备份为“恢复前”备份，再替换。恢复有误时，可用该“恢复前”备份恢复回去。`,
  run: async (args, io) => {
    const { file, dataDir } = fileAndOptions(args, io)
    const result = await restoreBackup(dataDir, file)
    if (result.safetyBackup) {
      const raw = result.safetyIsRawCopy ? '（原数据库无法正常读取，已按原样复制）' : ''
      io.stdout(`原数据库已备份为：${result.safetyBackup.file}${raw}\n`)
    }
    io.stdout(`已从 ${basename(file)} 恢复数据库：${dataDir}\n`)
  }
}

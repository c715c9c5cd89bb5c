// `yardstick export` and `yardstick import`: packages for consolidation (issue 8 §5). The CLI acts as
// a named user (see identity.ts) and needs the same role as in the app (head or admin); the
// package functions are the ones the app's handlers use.
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../../shared/errors'
import type { MergeReportView } from '../../shared/exchange-views'
import type { PackageScope } from '../../shared/schemas/exchange'
import { RECORD_KINDS } from '../../shared/schemas/exchange-records'
import type { Method } from '../../shared/api'
import { createBackup } from '../../server/backup/create'
import { keyFingerprint } from '../../server/exchange/identity'
import { mergePackage, recallAppliedFile } from '../../server/exchange/merge'
import { readPackage } from '../../server/exchange/read-package'
import { buildPackage, lastExportSequence } from '../../server/exchange/write-package'
import { allows, PERMISSIONS } from '../../server/permissions'
import type { Server } from '../../server/app'
import { parseOptions, UsageError, integerOption } from '../args'
import { defineCommand, DATA_OPTION, type Command } from '../command'
import { actAs, type Actor } from '../identity'
import { withServer } from '../open-server'
import { parsePeriod, PERIOD_HELP } from '../period-arg'
import { splitPositionals } from './evaluate'

/** Exit code of `import` when the package merged but left conflicts for a person to resolve. */
export const EXIT_CONFLICTS = 3

function mayCall(actor: Actor, method: Method): void {
  if (!allows(PERMISSIONS[method], actor.user.roles)) {
    throw new AppError(
      'FORBIDDEN',
      `用户“${actor.user.username}”无权执行此操作（需要负责人或管理员角色）。`
    )
  }
}

function context(server: Server, actor: Actor) {
  return { ...server.deps, user: actor.user, sessionToken: actor.token }
}

function exportScope(
  since: string | undefined,
  period: string | undefined,
  server: Server
): PackageScope {
  if (since !== undefined && period !== undefined) {
    throw new UsageError('--since 与 --period 只能选一个')
  }
  if (period !== undefined) return { kind: 'period', ...parsePeriod(period) }
  if (since === undefined) return { kind: 'all' }
  if (since === 'last') {
    const last = lastExportSequence(server.deps.db)
    if (last === null) {
      throw new AppError(
        'REFUSED',
        '本机还没有导出过数据包，无“上次导出”可依。请先做一次完整导出。'
      )
    }
    return { kind: 'since', afterSequence: last }
  }
  return { kind: 'since', afterSequence: integerOption('since', since, 1, Number.MAX_SAFE_INTEGER) }
}

export const exportCommand = defineCommand({
  words: ['export'],
  summary: '导出数据包（供上级单位或同级单位导入合并）',
  usage: `用法：yardstick export --out 文件 [--since N|last | --period 期间] [--as 用户名] [--data 目录]

  --out      数据包写到该文件（建议扩展名 .yspkg）
  --since    只导出本机第 N 号数据包之后的变更；last 表示上次导出之后
  --period   只导出该期间的案件、线索、挽回损失和检查（及其引用的记录）；期间写作 ${PERIOD_HELP}
  --as       以哪个用户的身份导出（须为负责人或管理员），缺省为最早建立的在职管理员

缺省导出全部记录。数据包带清单（来源单位、序号、期间、各类记录数、内容 SHA-256）并以本机的
Ed25519 密钥签名；接收方首次导入时登记该密钥，之后来自同一来源而签名密钥不同的数据包会被拒绝。
退出码：0 成功；1 被拒绝；2 用法错误。`,
  options: {
    ...DATA_OPTION,
    out: { type: 'string', required: true },
    since: { type: 'string' },
    period: { type: 'string' },
    as: { type: 'string' }
  },
  run: async (options, io) => {
    await withServer(io, options.data, 'existing', async ({ server }) => {
      const actor = actAs(server, options.as, 'export')
      mayCall(actor, 'exchange/export')
      const scope = exportScope(options.since, options.period, server)
      const built = await buildPackage(server.deps.db, {
        scope,
        actor: actor.user,
        now: server.deps.clock.now(),
        newId: server.deps.newId
      })
      const out = resolve(options.out)
      writeFileSync(out, built.bytes)
      const m = built.manifest
      const counts = RECORD_KINDS.filter((k) => m.counts[k] > 0)
        .map((k) => `${k} ${m.counts[k]}`)
        .join('，')
      io.stdout(
        `已导出第 ${m.sequence} 号数据包：${out}\n` +
          `来源：${m.source.unitName}（${m.source.unitCode}）\n` +
          `记录：${counts || '无'}\n` +
          `内容 SHA-256：${m.contentSha256}\n` +
          `签名密钥指纹：${keyFingerprint(m.signature.publicKey)}\n`
      )
    })
  }
})

function reportText(report: MergeReportView, applied: boolean): string {
  const m = report.manifest
  const t = report.totals
  const lines = [
    `${applied ? '已导入' : '试导入（未写入）'}：${m.unitName}（${m.unitCode}）第 ${m.sequence} 号数据包，${m.recordCount} 条记录`,
    `签名密钥指纹：${m.keyFingerprint}${report.trust === 'new' ? '（首次见到该来源，已登记；请与对方核对指纹）' : ''}`,
    `新增 ${t.new}，更新 ${t.updated}（其中删除 ${t.tombstones}），无变化 ${t.unchanged}，冲突 ${t.conflicts}`
  ]
  if (report.alreadyApplied) lines.push(`相同内容已于 ${report.alreadyApplied.appliedAt} 导入过。`)
  if (report.missingBase !== null) {
    lines.push(
      `警告：本包只含第 ${report.missingBase} 号之后的变更，而第 ${report.missingBase} 号尚未导入。`
    )
  }
  if (report.gaps.length > 0) lines.push(`未收到的序号：${report.gaps.join('、')}`)
  for (const d of report.duplicates.slice(0, 20)) {
    lines.push(
      `疑似重复：${d.caseNumber}（${d.unitCode}）与 ${d.otherCaseNumber}（${d.otherUnitCode}），当事人 ${d.party}，事项 ${d.itemCode}，行为日 ${d.actDate}`
    )
  }
  for (const c of report.conflicts.slice(0, 20)) {
    lines.push(`冲突：${c.kind} ${c.recordId}（${c.reason}）${c.known ? '（此前已记录）' : ''}`)
  }
  return `${lines.join('\n')}\n`
}

const IMPORT_OPTIONS = {
  ...DATA_OPTION,
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  as: { type: 'string' }
} as const

const IMPORT_USAGE = `用法：yardstick import 文件 [--dry-run] [--json] [--as 用户名] [--data 目录]

  --dry-run  只校验并报告导入后的结果（新增、更新、无变化、冲突、疑似重复、缺号），不写入
  --json     以 JSON 输出报告（写到标准输出）
  --as       以哪个用户的身份导入（须为负责人或管理员），缺省为最早建立的在职管理员

先校验整个数据包（大小、压缩、清单、格式与数据库版本、内容 SHA-256、签名、每条记录），任何一处
不合格则整包拒绝、数据库不变。合并在一个事务中完成，导入前自动备份数据库。
退出码：0 已导入（或试导入）且无冲突；1 被拒绝（原因见标准错误）；2 用法错误；
${EXIT_CONFLICTS} 已导入（或试导入）但有冲突待人工处理（见应用中的“数据交换”）。`

export const importCommand: Command = {
  words: ['import'],
  summary: '校验并导入数据包（可先试导入），合并到本机数据库',
  usage: IMPORT_USAGE,
  run: async (args, io) => {
    const { positionals, options: rest } = splitPositionals(args, IMPORT_OPTIONS)
    const options = parseOptions(rest, IMPORT_OPTIONS)
    const [file, ...extra] = positionals
    if (file === undefined) throw new UsageError('缺少数据包文件')
    if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}`)
    const path = resolve(file)
    let bytes: Buffer
    try {
      if (!statSync(path).isFile()) throw new Error('not a file')
      bytes = readFileSync(path)
    } catch {
      throw new AppError('NOT_FOUND', `找不到数据包文件：${file}`)
    }
    const dryRun = options['dry-run']
    const report = await withServer(io, options.data, 'existing', async ({ server, dataDir }) => {
      const actor = actAs(server, options.as, dryRun ? 'import --dry-run' : 'import')
      mayCall(actor, dryRun ? 'exchange/inspect' : 'exchange/apply')
      const pkg = await readPackage(bytes, undefined, undefined, recallAppliedFile(server.deps.db))
      const ctx = context(server, actor)
      // After verification, so a refused file never costs a backup.
      if (!dryRun) {
        await createBackup(server.deps.db, dataDir, 'pre-import', { clock: server.deps.clock })
      }
      return mergePackage(ctx, pkg, { dryRun, fileName: file }).report
    })
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : reportText(report, !dryRun))
    return report.totals.conflicts > 0 ? EXIT_CONFLICTS : 0
  }
}

import { isCalendarDate, shanghaiDate } from '../../core/text/calendar-date'
import { bulkSeed, type BulkPhase, type BulkSeedReport } from '../../server/seed/bulk/bulk-seed'
import { DEFAULT_OFFICER_PASSWORD, seedCases } from '../../server/seed/seed'
import type { NewAccount } from '../../server/seed/staff'
import { integerOption, UsageError } from '../args'
import { defineCommand, DATA_OPTION } from '../command'
import type { CliIo } from '../io'
import { actAs } from '../identity'
import { withServer } from '../open-server'

/** Above this many cases the handler path takes hours; the bulk path is then required. */
export const HANDLER_PATH_LIMIT = 20_000

function reportAccounts(io: CliIo, created: readonly NewAccount[], password: string | undefined) {
  if (created.length === 0) return
  const names = created.map((o) => `${o.username}（${o.displayName}）`)
  const shown = password ? '--officer-password 指定的密码' : DEFAULT_OFFICER_PASSWORD
  io.stderr(
    `在职执法人员不足 2 名，已创建演示执法人员账号：${names.join('、')}，密码：${shown}。\n`
  )
}

function progressLine(phase: BulkPhase, done: number, total: number): string {
  switch (phase) {
    case 'cases':
      return `已生成 ${done}/${total} 件\n`
    case 'search':
      return '正在建立检索索引……\n'
    case 'indexes':
      return '正在建立索引……\n'
    case 'checkpoint':
      return '正在写入数据库文件……\n'
  }
}

function reportBulk(io: CliIo, r: BulkSeedReport, settings: string): void {
  const rows = r.rows
  const rate = Math.round(r.cases / r.seconds.total).toLocaleString('en-US')
  io.stdout(
    `已批量生成 ${r.cases} 件演示案件（${settings}），用时 ${r.seconds.total.toFixed(1)} 秒，每秒 ${rate} 件。\n` +
      `单位：${r.units.map((u) => `${u.name}（${u.code}${u.own ? '，本单位' : '，汇入'}）`).join('、')}\n` +
      `写入：当事人 ${rows.parties}、裁量评估 ${rows.evaluations}、办案记录 ${rows.events}、` +
      `缴款 ${rows.payments}、教育记录 ${rows.education}、撤销决定 ${rows.revocations}、` +
      `涉企线索 ${rows.clues}（办理记录 ${rows.clueSteps}）、挽回损失 ${rows.losses}、检索索引 ${rows.search}。\n` +
      `审计日志记录本次批量生成一条（seed/bulk）。\n`
  )
  if (r.stopped > 0) {
    io.stderr(`${r.stopped} 件在办理中途被办案规则拦下，停在当时的阶段：${r.problems.join('；')}\n`)
  }
}

export const seedCommand = defineCommand({
  words: ['seed'],
  summary: '生成演示案件（可重复：同样的数量、种子和基准日得到同样的内容）',
  usage: `用法：yardstick seed --cases N [--bulk [--units K]] [--seed S] [--base-date YYYY-MM-DD]
                     [--outcomes] [--batch B] [--officer-password 密码] [--as 管理员用户名] [--data 目录]

  --cases              生成的案件数（1–10000000）；不加 --bulk 时至多 ${HANDLER_PATH_LIMIT}
  --bulk               批量写入（演示和性能测试用的大数据集）：案件连同当事人、裁量评估、办案记录
                       （告知、听证、决定、送达、结案等）、缴款、教育记录、涉企线索、挽回损失和
                       检索索引在一个事务中直接写入，每案的办理步骤经同样的办案规则检查；审计日志只
                       记一条“批量生成”记录。100 万件约需数分钟（见 docs/performance.md）
  --units              与 --bulk 合用：单位数（1–20），缺省 3：本单位之外的各单位作为汇入的
                       区县局，其案件带各自的单位代码和案号，供汇总统计演示
  --seed               随机种子（非负整数），缺省 1
  --base-date          基准日，案件日期落在此前三年内；缺省为今天（北京时间）
  --officer-password   在职执法人员不足 2 名时自动创建演示执法人员账号所用的密码，
                       缺省 ${DEFAULT_OFFICER_PASSWORD}（仅供演示，请勿用于正式数据）
  --as                 以哪个管理员的身份创建执法人员账号，缺省为最早建立的在职管理员
  --batch              每个事务写入的案件数（1–10000），缺省 1000；每提交一批报告一次进度
  --outcomes           同时将较早立案的案件依次办理至作出决定、送达、缴款和结案（裁量评估、
                       首违不罚及教育、罚款决定），供统计报表演示；需要负责人账号，没有时
                       自动创建 seed-head（密码同上）

不加 --bulk 时，案件通过与界面相同的“新建案件”接口写入（校验、案号、审计、检索索引均照常），
由每案的第一名办案人员创建，每案一条审计记录。`,
  options: {
    ...DATA_OPTION,
    cases: { type: 'string', required: true },
    bulk: { type: 'boolean' },
    units: { type: 'string' },
    seed: { type: 'string' },
    'base-date': { type: 'string' },
    'officer-password': { type: 'string' },
    as: { type: 'string' },
    batch: { type: 'string' },
    outcomes: { type: 'boolean' }
  },
  run: async (options, io) => {
    const cases = integerOption('cases', options.cases, 1, 10_000_000)
    const seed =
      options.seed === undefined ? 1 : integerOption('seed', options.seed, 0, 0xffff_ffff)
    const bulk = options.bulk
    if (bulk && (options.outcomes || options.batch !== undefined)) {
      throw new UsageError('--bulk 一次写入全部办理记录，不与 --outcomes、--batch 合用。')
    }
    if (!bulk && options.units !== undefined) throw new UsageError('--units 须与 --bulk 合用。')
    if (!bulk && cases > HANDLER_PATH_LIMIT) {
      throw new UsageError(
        `逐件通过接口写入 ${cases} 件需要数小时；超过 ${HANDLER_PATH_LIMIT} 件请加 --bulk。`
      )
    }
    const units = options.units === undefined ? 3 : integerOption('units', options.units, 1, 20)
    const batchSize =
      options.batch === undefined ? undefined : integerOption('batch', options.batch, 1, 10_000)
    const explicitDate = options['base-date']
    if (explicitDate !== undefined && !isCalendarDate(explicitDate)) {
      throw new UsageError(`选项 --base-date 应为有效日期 YYYY-MM-DD：${explicitDate}`)
    }
    await withServer(io, options.data, 'existing', async ({ server }) => {
      const admin = actAs(server, options.as, 'seed')
      const baseDate = explicitDate ?? shanghaiDate(server.deps.clock.now())
      const password = options['officer-password']
      if (bulk) {
        const report = await bulkSeed(server, {
          cases,
          seed,
          baseDate,
          units,
          actor: admin.user,
          adminToken: admin.token,
          ...(password === undefined ? {} : { officerPassword: password }),
          progress: (phase, done, total) => io.stderr(progressLine(phase, done, total))
        })
        reportAccounts(io, report.officersCreated, password)
        reportBulk(io, report, `种子 ${seed}，基准日 ${baseDate}，${report.units.length} 个单位`)
        return
      }
      const report = await seedCases(server, {
        cases,
        seed,
        baseDate,
        adminToken: admin.token,
        officerPassword: password,
        ...(batchSize === undefined ? {} : { batchSize }),
        outcomes: options.outcomes === true,
        progress: (done, total) => io.stderr(`已写入 ${done}/${total} 件\n`)
      })
      reportAccounts(io, report.officersCreated, password)
      const settings = `种子 ${seed}，基准日 ${baseDate}，办案人员 ${report.officers} 名`
      io.stdout(`已生成 ${report.created} 件演示案件（${settings}）。\n`)
      if (report.outcomes) {
        const { decided, stopped } = report.outcomes
        io.stdout(`其中 ${decided} 件已办理至结案；${stopped} 件因办案规则在中途停止。\n`)
      }
    })
  }
})

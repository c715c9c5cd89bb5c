import { isCalendarDate, shanghaiDate } from '../../core/text/calendar-date'
import { DEFAULT_OFFICER_PASSWORD, seedCases } from '../../server/seed/seed'
import { integerOption, UsageError } from '../args'
import { defineCommand, DATA_OPTION } from '../command'
import { actAs } from '../identity'
import { withServer } from '../open-server'

export const seedCommand = defineCommand({
  words: ['seed'],
  summary: '生成演示案件（可重复：同样的数量、种子和基准日得到同样的内容）',
  usage: `用法：yardstick seed --cases N [--seed S] [--base-date YYYY-MM-DD] [--outcomes]
                     [--officer-password 密码] [--as 管理员用户名] [--data 目录]

  --cases              生成的案件数（1–10000000）
  --seed               随机种子（非负整数），缺省 1
  --base-date          基准日，案件日期落在此前三年内；缺省为今天（北京时间）
  --officer-password   在职执法人员不足 2 名时自动创建演示执法人员账号所用的密码，
                       缺省 ${DEFAULT_OFFICER_PASSWORD}（仅供演示，请勿用于正式数据）
  --as                 以哪个管理员的身份创建执法人员账号，缺省为最早建立的在职管理员
  --batch              每个事务写入的案件数（1–10000），缺省 1000；每提交一批报告一次进度
  --outcomes           同时将较早立案的案件依次办理至作出决定、送达、缴款和结案（裁量评估、
                       首违不罚及教育、罚款决定），供统计报表演示；需要负责人账号，没有时
                       自动创建 seed-head（密码同上）

案件通过与界面相同的“新建案件”接口写入（校验、案号、审计、检索索引均照常），
由每案的第一名办案人员创建。`,
  options: {
    ...DATA_OPTION,
    cases: { type: 'string', required: true },
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
    const batchSize =
      options.batch === undefined ? undefined : integerOption('batch', options.batch, 1, 10_000)
    const explicitDate = options['base-date']
    if (explicitDate !== undefined && !isCalendarDate(explicitDate)) {
      throw new UsageError(`选项 --base-date 应为有效日期 YYYY-MM-DD：${explicitDate}`)
    }
    await withServer(io, options.data, 'existing', async ({ server }) => {
      const admin = actAs(server, options.as, 'seed')
      const baseDate = explicitDate ?? shanghaiDate(server.deps.clock.now())
      const report = await seedCases(server, {
        cases,
        seed,
        baseDate,
        adminToken: admin.token,
        officerPassword: options['officer-password'],
        ...(batchSize === undefined ? {} : { batchSize }),
        outcomes: options.outcomes === true,
        progress: (done, total) => io.stderr(`已写入 ${done}/${total} 件\n`)
      })
      if (report.officersCreated.length > 0) {
        const names = report.officersCreated.map((o) => `${o.username}（${o.displayName}）`)
        const password = options['officer-password']
          ? '--officer-password 指定的密码'
          : DEFAULT_OFFICER_PASSWORD
        const accounts = `已创建演示执法人员账号：${names.join('、')}，密码：${password}`
        io.stderr(`在职执法人员不足 2 名，${accounts}。\n`)
      }
      const settings = `种子 ${seed}，基准日 ${baseDate}，办案人员 ${report.officers} 名`
      io.stdout(`已生成 ${report.created} 件演示案件（${settings}）。\n`)
      if (report.outcomes) {
        const { decided, stopped } = report.outcomes
        io.stdout(`其中 ${decided} 件已办理至结案；${stopped} 件因办案规则在中途停止。\n`)
      }
    })
  }
})

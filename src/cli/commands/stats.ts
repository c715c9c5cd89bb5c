// `yardstick stats`: a period's figures as the statistics page shows them, for scripts and for the
// department's consolidated report (issue 8 §5). Through the server's own handler, so the figures
// are the app's, closed periods included (their frozen snapshot).
import { expectOk } from '../../server/seed/envelope'
import { defineCommand, DATA_OPTION } from '../command'
import { actAs } from '../identity'
import { withServer } from '../open-server'
import { parsePeriod, PERIOD_HELP } from '../period-arg'
import { yuanFixedText } from '../../core/discretion/money'

export const statsCommand = defineCommand({
  words: ['stats'],
  summary: '输出一个期间的统计数字（本单位、某一单位或汇总）',
  usage: `用法：yardstick stats --period 期间 [--unit 单位代码|all] [--json] [--as 用户名] [--data 目录]

  --period   期间：${PERIOD_HELP}
  --unit     缺省为本单位；all 为本库全部单位（含导入的下级单位）的汇总；或某一单位的统一社会信用代码
  --json     以 JSON 输出全部数字、口径和数据指纹（写到标准输出）

退出码：0 成功；1 被拒绝；2 用法错误。`,
  options: {
    ...DATA_OPTION,
    period: { type: 'string', required: true },
    unit: { type: 'string' },
    json: { type: 'boolean' },
    as: { type: 'string' }
  },
  run: async (options, io) => {
    const period = parsePeriod(options.period)
    await withServer(io, options.data, 'existing', async ({ server }) => {
      const actor = actAs(server, options.as, 'stats')
      const input = { ...period, ...(options.unit !== undefined ? { unit: options.unit } : {}) }
      const view = expectOk(await server.call('stats/period', input, actor.token))
      if (options.json) {
        io.stdout(`${JSON.stringify(view, null, 2)}\n`)
        return
      }
      const m = view.meta
      io.stdout(
        [
          `${m.unitName}（${m.unitCode ?? '全部单位'}）${m.from} 至 ${m.to}${view.closed ? '（已结账，冻结数据）' : ''}`,
          `立案 ${view.counts.filed}，作出决定 ${view.counts.decided}，其中处罚 ${view.counts.penaltyDecisions}、不予处罚 ${view.counts.noPenalty}（首违不罚 ${view.counts.firstViolationExempt}）`,
          `罚没金额 ${yuanFixedText(view.amounts.finesAndConfiscationsFen)}，挽回损失 ${yuanFixedText(view.losses.totalFen)}`,
          `数据指纹 ${m.dataHash}`
        ].join('\n') + '\n'
      )
    })
  }
})

import { CASE_STATUSES, type CaseStatus } from '../../core/cases/vocabulary'
import { expectOk } from '../../server/seed/envelope'
import { AppError } from '../../shared/errors'
import type { CaseSummary } from '../../shared/views'
import { integerOption } from '../args'
import { defineCommand, DATA_OPTION } from '../command'
import type { CliIo } from '../io'
import { actAs } from '../identity'
import { withServer } from '../open-server'

/** Writes a JSON array item by item: `--all` over a large register never builds one string. */
function jsonArrayWriter(io: CliIo) {
  let count = 0
  return {
    item(summary: CaseSummary): void {
      io.stdout(`${count === 0 ? '[\n' : ',\n'}${JSON.stringify(summary)}`)
      count++
    },
    end(): void {
      io.stdout(count === 0 ? '[]\n' : '\n]\n')
    }
  }
}

function parseStatus(value: string | undefined): CaseStatus | undefined {
  if (value === undefined) return undefined
  const status = CASE_STATUSES.find((s) => s === value)
  if (!status) {
    const known = CASE_STATUSES.join('、')
    throw new AppError('VALIDATION', `未知的案件状态：${value}（可选：${known}）`)
  }
  return status
}

function textLine(c: CaseSummary): string {
  const date = c.filedOn ?? c.discoveredOn
  return [c.caseNumber, c.status, date, c.cause, c.partyNames.join('、')].join('\t') + '\n'
}

function textWriter(io: CliIo) {
  return { item: (c: CaseSummary) => io.stdout(textLine(c)), end: () => undefined }
}

export const casesListCommand = defineCommand({
  words: ['cases', 'list'],
  summary: '列出案件（最新在前）',
  usage: `用法：yardstick cases list [--json] [--all] [--status 状态] [--limit N] [--as 用户名] [--data 目录]

  --json     输出 JSON 数组（每个元素为一件案件的摘要）；缺省输出制表符分隔的文本
  --all      沿分页游标取出全部案件；缺省只取第一页
  --status   只列出该状态的案件，如 REGISTERED、FILED
  --limit    每页件数（1–200），缺省 50；与 --all 同用时为每次读取的件数（缺省 200）
  --as       以哪个用户的身份查询，缺省为最早建立的在职管理员`,
  options: {
    ...DATA_OPTION,
    json: { type: 'boolean' },
    all: { type: 'boolean' },
    status: { type: 'string' },
    limit: { type: 'string' },
    as: { type: 'string' }
  },
  run: async (options, io) => {
    // One page: the app's default size. Every page: the largest the server allows, fewer calls.
    const defaultLimit = options.all ? 200 : 50
    const limit =
      options.limit === undefined ? defaultLimit : integerOption('limit', options.limit, 1, 200)
    const status = parseStatus(options.status)
    await withServer(io, options.data, 'existing', async ({ server }) => {
      const actor = actAs(server, options.as, 'cases list')
      const writer = options.json ? jsonArrayWriter(io) : textWriter(io)
      let cursor: string | undefined
      do {
        const input = { status, limit, cursor }
        const page = expectOk(await server.call('cases/list', input, actor.token))
        for (const item of page.items) writer.item(item)
        cursor = options.all ? (page.nextCursor ?? undefined) : undefined
      } while (cursor !== undefined)
      writer.end()
    })
  }
})

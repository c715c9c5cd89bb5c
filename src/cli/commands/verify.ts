import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { DATABASE_FILE, resolveDataDir } from '../../server/data-dir'
import { formatVerifyReport } from '../../server/integrity/report'
import { verifyDatabaseFile } from '../../server/integrity/verify-file'
import { AppError } from '../../shared/errors'
import { defineCommand, DATA_OPTION } from '../command'

export const verifyCommand = defineCommand({
  words: ['verify'],
  summary: '检查数据库：完整性、外键引用和审计日志哈希链（只读）',
  usage: `用法：yardstick verify [--data 目录] [--json]

  --json   以 JSON 输出检查结果（写到标准输出）

只读检查，不修改数据库，案衡运行时也可使用。全部正常时退出码为 0 并显示审计链头哈希
（请记录在库外，以便日后发现最新记录被截断）；发现问题时退出码为 1，并指出第一条有问题的
审计记录。数据库较大时完整性检查需要一些时间（约每 GB 十几秒）。`,
  options: { ...DATA_OPTION, json: { type: 'boolean' } },
  run: async (options, io) => {
    const dataDir = resolveDataDir(options.data, io.env)
    const file = join(dataDir, DATABASE_FILE)
    if (!existsSync(file)) {
      throw new AppError(
        'SETUP_REQUIRED',
        `数据目录 ${dataDir} 中没有案衡数据库，请先运行 yardstick init。`
      )
    }
    const result = verifyDatabaseFile(file)
    if (options.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`)
    else if (result.ok) io.stdout(`${formatVerifyReport(result)}\n`)
    if (!result.ok) {
      // The report goes to stderr with exit code 1, like every refusal; with --json it is on stdout.
      const report = options.json
        ? '数据库检查未通过（详见标准输出的 JSON）。'
        : formatVerifyReport(result)
      throw new AppError('REFUSED', `${file}\n${report}`)
    }
  }
})

import { expectOk } from '../../server/seed/envelope'
import { defineCommand, DATA_OPTION } from '../command'
import { withServer } from '../open-server'

/**
 * The default 案号 prefix when --case-prefix is not given: the first four characters of the unit
 * name, without the spaces and brackets a prefix may not contain (武汉市汉阳区市场监督管理局 →
 * 武汉市汉). Real prefixes are abbreviations each office sets (e.g. 鄂汉阳市监处罚), so the command
 * prints the prefix it used, and production installs should pass --case-prefix.
 */
export function defaultCasePrefix(unitName: string): string {
  return [...unitName.replace(/[\s〔〕()（）[\]]/gu, '')].slice(0, 4).join('')
}

export const initCommand = defineCommand({
  words: ['init'],
  summary: '首次设置：登记本单位和管理员账号',
  usage: `用法：yardstick init --unit-code USCC --unit-name 名称 --admin 用户名 --admin-password 密码
                      [--case-prefix 前缀] [--admin-display-name 姓名] [--data 目录]

  --unit-code            本单位统一社会信用代码（18 位，校验位须正确）
  --unit-name            本单位名称
  --case-prefix          案号前缀，如“鄂汉阳市监处罚”；缺省取单位名称的前 4 个字（建议明确指定）
  --admin                管理员用户名
  --admin-password       管理员密码（至少 10 位，含字母和数字）
  --admin-display-name   管理员姓名，缺省同用户名`,
  options: {
    ...DATA_OPTION,
    'unit-code': { type: 'string', required: true },
    'unit-name': { type: 'string', required: true },
    'case-prefix': { type: 'string' },
    admin: { type: 'string', required: true },
    'admin-password': { type: 'string', required: true },
    'admin-display-name': { type: 'string' }
  },
  run: (options, io) =>
    withServer(io, options.data, 'create', async ({ server, dataDir }) => {
      const session = expectOk(
        await server.call(
          'session/setup',
          {
            unitCode: options['unit-code'],
            unitName: options['unit-name'],
            casePrefix: options['case-prefix'] ?? defaultCasePrefix(options['unit-name']),
            adminUsername: options.admin,
            adminDisplayName: options['admin-display-name'] ?? options.admin,
            adminPassword: options['admin-password']
          },
          null
        )
      )
      // Setup signs the administrator in; the CLI does not need that session.
      server.deps.sessions.close(session.token)
      const { unit, user } = session
      const prefix = `案号前缀“${unit.casePrefix}”`
      io.stdout(`已初始化：${unit.name}（${unit.code}），${prefix}，管理员 ${user.username}。\n`)
      io.stdout(`数据目录：${dataDir}\n`)
    })
})

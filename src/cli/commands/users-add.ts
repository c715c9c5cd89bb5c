import { ROLES, type Role } from '../../core/cases/vocabulary'
import { expectOk } from '../../server/seed/envelope'
import { AppError } from '../../shared/errors'
import { defineCommand, DATA_OPTION } from '../command'
import { actAs } from '../identity'
import { withServer } from '../open-server'

function parseRoles(list: string): Role[] {
  return list
    .split(/[,，]/u)
    .map((r) => r.trim())
    .filter((r) => r !== '')
    .map((r) => {
      const role = ROLES.find((known) => known === r)
      if (!role) throw new AppError('VALIDATION', `未知角色：${r}（可选：${ROLES.join('、')}）`)
      return role
    })
}

export const usersAddCommand = defineCommand({
  words: ['users', 'add'],
  summary: '添加用户（须以管理员身份）',
  usage: `用法：yardstick users add --username 用户名 --display-name 姓名 --roles 角色[,角色…] --password 密码
                           [--as 用户名] [--data 目录]

  --roles      officer（执法人员）、reviewer（法制审核）、head（负责人）、admin（管理员），逗号分隔
  --as         以哪个用户的身份操作，缺省为最早建立的在职管理员`,
  options: {
    ...DATA_OPTION,
    username: { type: 'string', required: true },
    'display-name': { type: 'string', required: true },
    roles: { type: 'string', required: true },
    password: { type: 'string', required: true },
    as: { type: 'string' }
  },
  run: (options, io) =>
    withServer(io, options.data, 'existing', async ({ server }) => {
      const roles = parseRoles(options.roles)
      const actor = actAs(server, options.as, 'users add')
      const input = {
        username: options.username,
        displayName: options['display-name'],
        roles,
        password: options.password
      }
      const user = expectOk(await server.call('users/create', input, actor.token))
      const roleList = user.roles.join('、')
      io.stdout(`已添加用户 ${user.username}（${user.displayName}），角色：${roleList}。\n`)
    })
})

// The accounts a seed needs: two officers per case (APL Art. 42, four for variety), a head (负责人)
// for decisions, closings and approvals, and a legal reviewer (法制审核) who handles none of the
// cases. Created through users/create like any account, only when the unit lacks them.
import type { Role } from '../../core/cases/vocabulary'
import type { Server } from '../app'
import { expectOk } from './envelope'

/** Password of the accounts the seeder creates. Demo databases only; pass another one. */
export const DEFAULT_OFFICER_PASSWORD = 'yardstick-demo-2026'

const SEED_OFFICER_NAMES = ['王建军', '李红梅', '陈志刚', '刘晓燕'] as const
const SEED_HEAD = { username: 'seed-head', displayName: '赵主任' }
const SEED_REVIEWER = { username: 'seed-reviewer', displayName: '孙法制' }

export type NewAccount = { username: string; displayName: string }

type StaffOptions = { adminToken: string; officerPassword?: string | undefined }

async function createUser(
  server: Server,
  o: StaffOptions,
  account: NewAccount,
  role: Role
): Promise<string> {
  const input = {
    ...account,
    roles: [role],
    password: o.officerPassword ?? DEFAULT_OFFICER_PASSWORD
  }
  return expectOk(await server.call('users/create', input, o.adminToken)).id
}

/** Makes sure at least two active officers exist, creating seed officers when there are fewer. */
export async function ensureOfficers(server: Server, o: StaffOptions): Promise<NewAccount[]> {
  const existing = expectOk(await server.call('users/officers', {}, o.adminToken))
  if (existing.length >= 2) return []
  const users = expectOk(await server.call('users/list', {}, o.adminToken))
  const taken = new Set(users.map((u) => u.username))
  const created: NewAccount[] = []
  let n = 1
  for (const displayName of SEED_OFFICER_NAMES.slice(existing.length)) {
    while (taken.has(`seed-officer-${n}`)) n++
    const account = { username: `seed-officer-${n++}`, displayName }
    await createUser(server, o, account, 'officer')
    created.push(account)
  }
  return created
}

/** An active head, made when there is none. */
export async function ensureHead(server: Server, o: StaffOptions): Promise<string> {
  const users = expectOk(await server.call('users/list', {}, o.adminToken))
  const head = users.find((u) => u.active && u.roles.includes('head'))
  return head ? head.id : createUser(server, o, SEED_HEAD, 'head')
}

/** An active legal reviewer who is no officer (a reviewer never reviews a case of their own). */
export async function ensureReviewer(server: Server, o: StaffOptions): Promise<string> {
  const users = expectOk(await server.call('users/list', {}, o.adminToken))
  const reviewer = users.find(
    (u) => u.active && u.roles.includes('reviewer') && !u.roles.includes('officer')
  )
  return reviewer ? reviewer.id : createUser(server, o, SEED_REVIEWER, 'reviewer')
}

// Fixtures for the tests of backups in a running server: a data folder served by createServer (as the
// hosts do), two officers signed in, and calls that throw on a refusal.
import Database from 'better-sqlite3'
import type { Input, Method, Output } from '../../shared/api'
import type { ErrorBody } from '../../shared/errors'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import { makeUscc } from '../test-support'
import { addUser, liveFolder, type LiveFolder } from './test-support'

export type Signed = { token: string; id: string }

export type LiveServer = LiveFolder & {
  officers: [Signed, Signed]
  /** The call's value; a refusal throws with the envelope's error as `body`. */
  call: <M extends Method>(method: M, input: Input<M>, token: string | null) => Promise<Output<M>>
  /** The refusal of a call that must fail. */
  refusal: <M extends Method>(
    method: M,
    input: Input<M>,
    token: string | null
  ) => Promise<ErrorBody>
  login: (username: string, password: string) => Promise<Signed>
}

export async function liveServer(): Promise<LiveServer> {
  const live = await liveFolder()
  const call = async <M extends Method>(method: M, input: Input<M>, token: string | null) => {
    const result = await live.server.call(method, input, token)
    if (!result.ok) {
      const { code, message } = result.error
      throw Object.assign(new Error(`${code}: ${message}`), { body: result.error })
    }
    return result.value
  }
  const refusal = async <M extends Method>(method: M, input: Input<M>, token: string | null) => {
    const result = await live.server.call(method, input, token)
    if (result.ok) throw new Error(`${method} was accepted`)
    return result.error
  }
  const login = async (username: string, password: string) => {
    const session = await call('session/login', { username, password }, null)
    return { token: session.token, id: session.user.id }
  }
  await addUser(live, 'zhangwei')
  await addUser(live, 'wangfang')
  const officers: [Signed, Signed] = [
    await login('zhangwei', 'password-2026'),
    await login('wangfang', 'password-2026')
  ]
  return { ...live, officers, call, refusal, login }
}

export function caseInput(
  officers: readonly Signed[],
  cause = '未按规定明码标价'
): CaseCreateInput {
  return {
    cause,
    source: 'inspection',
    discoveredOn: '2026-02-20',
    violationOn: '2026-02-20',
    filedOn: '2026-02-25',
    facts: '经检查，当事人经营的商品未标明价格。',
    officerIds: officers.map((o) => o.id),
    parties: [
      {
        kind: 'organisation',
        name: '武汉市汉阳区晴川超市有限公司',
        uscc: makeUscc('420105', 'MA4KXY12'),
        legalRepresentative: '李明',
        address: '武汉市汉阳区晴川街1号',
        contact: '13800000000'
      }
    ]
  }
}

/** The causes of the cases in a database file (a backup, the safety copy), read on its own connection. */
export function causesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true })
  try {
    const rows = db.prepare('SELECT cause FROM cases ORDER BY cause').all() as { cause: string }[]
    return rows.map((r) => r.cause)
  } finally {
    db.close()
  }
}

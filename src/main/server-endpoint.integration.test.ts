// The utility process's loop over a real server and database file, minus the port: what main
// receives for a call is exactly what the browser host and the CLI would get.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createServer } from '../server/app'
import { databasePath } from '../server/data-dir'
import { createServerEndpoint } from './server-endpoint'
import { isFromServer, type FromServer } from './server-protocol'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('server endpoint over a real database', () => {
  it('answers calls with valid envelopes and closes the database on shutdown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-endpoint-'))
    dirs.push(dir)
    const server = createServer(databasePath(dir))
    const posted: FromServer[] = []
    const exits: number[] = []
    const endpoint = createServerEndpoint(
      server,
      (message) => posted.push(structuredClone(message)),
      (code) => exits.push(code)
    )

    await endpoint.handle({ type: 'call', id: 1, method: 'session/status', input: {}, token: null })
    await endpoint.handle({ type: 'call', id: 2, method: 'cases/list', input: {}, token: null })
    await endpoint.handle({ type: 'call', id: 3, method: 'cases/nope', input: {}, token: null })
    expect(posted.every(isFromServer)).toBe(true)
    expect(posted[0]).toMatchObject({ id: 1, envelope: { ok: true } })
    const failure = (code: string) => ({ ok: false, error: { code } })
    expect(posted[1]).toMatchObject({ id: 2, envelope: failure('UNAUTHENTICATED') })
    expect(posted[2]).toMatchObject({ id: 3, envelope: failure('UNKNOWN_METHOD') })

    await endpoint.handle({ type: 'shutdown' })
    expect(exits).toEqual([0])
    expect(server.deps.db.open).toBe(false)
  })
})

import { beforeEach, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { type createMemoryBlobStore } from '../files/blob-store'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

type Actor = Awaited<ReturnType<TestServer['addUser']>>
let t: TestServer
let officerA: Actor
let officerB: Actor
let outsider: Actor
let caseId: string

const photo = Buffer.from('\x89PNG fake photo of the shelf with expired yoghurt', 'latin1')

beforeEach(async () => {
  t = await makeTestServer()
  officerA = await t.addUser('zhangwei', ['officer'])
  officerB = await t.addUser('wangfang', ['officer'])
  outsider = await t.addUser('lijun', ['officer'])
  const c = await t.call(
    'cases/create',
    {
      cause: '经营超过保质期的食品',
      source: 'inspection',
      discoveredOn: '2026-02-20',
      violationOn: '2026-02-20',
      filedOn: '2026-02-21',
      facts: '',
      officerIds: [officerA.user.id, officerB.user.id],
      parties: [
        {
          kind: 'organisation',
          name: '晴川超市',
          uscc: makeUscc('420105', 'MA4KXY12'),
          legalRepresentative: '李明',
          address: '',
          contact: ''
        }
      ]
    },
    officerA.token
  )
  caseId = c.id
})

const add = (token: string, content = photo) =>
  t.call(
    'evidence/add',
    {
      caseId,
      kind: 'audiovisual',
      title: '现场照片：货架',
      fileName: 'shelf.png',
      mediaType: 'image/png',
      contentBase64: content.toString('base64'),
      collectedBy: 'zhangwei、wangfang',
      collectedOn: '2026-02-21',
      place: '晴川超市货架'
    },
    token
  )

describe('evidence (APL Arts. 46–47)', () => {
  it('stores the file by its SHA-256, returns it verified, and audits every custody event', async () => {
    const e = await add(officerA.token)
    expect(e.sha256).toBe(createHash('sha256').update(photo).digest('hex'))
    expect(e.sizeBytes).toBe(photo.byteLength)
    const opened = await t.call('evidence/open', { id: e.id }, officerB.token)
    expect(Buffer.from(opened.contentBase64, 'base64').equals(photo)).toBe(true)
    const actions = (await t.call('cases/history', { id: caseId }, officerA.token)).map(
      (h) => h.action
    )
    expect(actions).toEqual(['cases/create', 'evidence/add', 'evidence/open'])
  })

  it('refuses a file whose bytes no longer match the recorded hash, and audits the failure', async () => {
    const e = await add(officerA.token)
    const store = t.server.deps.files as ReturnType<typeof createMemoryBlobStore>
    store.corrupt(e.sha256)
    await expect(t.call('evidence/open', { id: e.id }, officerA.token)).rejects.toThrow(/INTEGRITY/)
    const actions = (await t.call('cases/history', { id: caseId }, officerA.token)).map(
      (h) => h.action
    )
    expect(actions).toContain('evidence/verify-failed')
  })

  it('lets only the case officers add or withdraw, and withdrawal keeps the record and file', async () => {
    await expect(add(outsider.token)).rejects.toThrow(/FORBIDDEN/)
    const e = await add(officerA.token)
    await expect(
      t.call('evidence/withdraw', { id: e.id, rev: e.rev, reason: '误传' }, outsider.token)
    ).rejects.toThrow(/FORBIDDEN/)
    const w = await t.call(
      'evidence/withdraw',
      { id: e.id, rev: e.rev, reason: '误传' },
      officerB.token
    )
    expect(w.withdrawn?.reason).toBe('误传')
    await expect(
      t.call('evidence/withdraw', { id: e.id, rev: e.rev, reason: '再次' }, officerB.token)
    ).rejects.toThrow(/CONFLICT/)
    expect((await t.call('evidence/list', { caseId }, officerA.token)).length).toBe(1)
    const opened = await t.call('evidence/open', { id: e.id }, officerA.token)
    expect(opened.sha256).toBe(e.sha256)
  })

  it('rejects malformed content before anything is stored', async () => {
    await expect(
      t.call(
        'evidence/add',
        {
          caseId,
          kind: 'audiovisual',
          title: 'x',
          fileName: 'x.png',
          mediaType: 'image/png',
          contentBase64: 'not base64!',
          collectedBy: 'a',
          collectedOn: '2026-02-21',
          place: 'p'
        },
        officerA.token
      )
    ).rejects.toThrow(/VALIDATION/)
    expect(await t.call('evidence/list', { caseId }, officerA.token)).toEqual([])
  })
})

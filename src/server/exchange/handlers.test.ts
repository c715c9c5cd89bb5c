// The exchange handlers as the app calls them: an export job, an import verified in the background,
// its dry-run report, the apply, the receipt file, and who may do what.
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { ImportJobView } from '../../shared/exchange-views'
import type { TestServer } from '../test-support'
import { COUNTY_B, makeCity, makeCounty } from './exchange.test-support'

async function waitFor<T extends { state: string }>(
  read: () => Promise<T>,
  busy: readonly string[]
): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const view = await read()
    if (!busy.includes(view.state)) return view
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  throw new Error('job did not finish')
}

async function exportFile(t: TestServer, token: string) {
  const started = await t.call('exchange/export', { scope: { kind: 'all' } }, token)
  const done = await waitFor(
    () => t.call('exports/status', { jobId: started.id }, token),
    ['running']
  )
  expect(done.state).toBe('done')
  return t.call('exports/file', { jobId: started.id }, token)
}

async function inspect(
  t: TestServer,
  token: string,
  contentBase64: string
): Promise<ImportJobView> {
  const started = await t.call('exchange/inspect', { fileName: 'b.yspkg', contentBase64 }, token)
  return waitFor(
    () => t.call('exchange/import-status', { importId: started.importId }, token),
    ['verifying']
  )
}

describe('exchange handlers', () => {
  it('exports through a job, and imports through verify → report → apply → receipt', async () => {
    const county = await makeCounty(COUNTY_B, 91, 10)
    const countyHead = await county.addUser('bhead', ['head'])
    const file = await exportFile(county, countyHead.token)
    expect(file.fileName).toMatch(/武昌区市场监督管理局-数据包-1-\d{4}-\d{2}-\d{2}\.yspkg/)
    const manifest = JSON.parse(
      gunzipSync(Buffer.from(file.contentBase64, 'base64')).toString('utf8').split('\n')[0] ?? ''
    ) as { source: { unitCode: string }; counts: { case: number } }
    expect(manifest.source.unitCode).toBe(COUNTY_B.code)
    expect(manifest.counts.case).toBe(10)
    const exportAudit = county.server.deps.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'exchange.export'")
      .get() as { n: number }
    expect(exportAudit.n).toBe(1)

    const city = await makeCity()
    const head = await city.addUser('cityhead', ['head'])
    const ready = await inspect(city, head.token, file.contentBase64)
    expect(ready.state).toBe('ready')
    expect(ready.report?.trust).toBe('new')
    expect(ready.report?.totals.new).toBe(ready.report?.manifest.recordCount)
    expect(city.server.deps.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 })

    // Another user cannot see or apply this import.
    const other = await city.addUser('otherhead', ['head'])
    await expect(
      city.call('exchange/apply', { importId: ready.importId }, other.token)
    ).rejects.toThrow(/NOT_FOUND/)

    const applied = await city.call('exchange/apply', { importId: ready.importId }, head.token)
    expect(applied.state).toBe('applied')
    expect(applied.receipt?.report.totals.new).toBe(ready.report?.totals.new)
    expect(city.server.deps.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 10 })
    await expect(
      city.call('exchange/apply', { importId: ready.importId }, head.token)
    ).rejects.toThrow(/已导入/)

    const receipts = await city.call('exchange/receipts', {}, head.token)
    expect(receipts).toHaveLength(1)
    const receiptFile = await city.call(
      'exchange/receipt-file',
      { id: receipts[0]?.id ?? '' },
      head.token
    )
    const receipt = JSON.parse(
      Buffer.from(receiptFile.contentBase64, 'base64').toString('utf8')
    ) as {
      report: { manifest: { unitCode: string } }
    }
    expect(receipt.report.manifest.unitCode).toBe(COUNTY_B.code)
    const overview = await city.call('exchange/overview', {}, head.token)
    expect(overview.sources[0]).toMatchObject({ unitCode: COUNTY_B.code, sequences: [1], gaps: [] })

    // The same file again: recognised, reported unchanged.
    const again = await inspect(city, head.token, file.contentBase64)
    expect(again.report?.alreadyApplied?.receiptId).toBe(receipts[0]?.id)
    expect(again.report?.totals).toMatchObject({ new: 0, updated: 0, conflicts: 0 })
  }, 60_000)

  it('reports a refused package as a failed job with the reason', async () => {
    const city = await makeCity()
    const failed = await inspect(
      city,
      city.admin.token,
      Buffer.from('not a package').toString('base64')
    )
    expect(failed.state).toBe('failed')
    expect(failed.error).toMatch(/不是有效的 gzip/)
  })

  it('lets only heads and administrators move packages, and only a head resolve a conflict', async () => {
    const city = await makeCity()
    const officer = await city.addUser('officer1', ['officer'])
    const reviewer = await city.addUser('reviewer1', ['reviewer'])
    for (const token of [officer.token, reviewer.token]) {
      await expect(city.call('exchange/export', { scope: { kind: 'all' } }, token)).rejects.toThrow(
        /FORBIDDEN/
      )
      await expect(
        city.call('exchange/inspect', { fileName: 'x', contentBase64: 'AAAA' }, token)
      ).rejects.toThrow(/FORBIDDEN/)
    }
    await expect(city.call('exchange/overview', {}, reviewer.token)).resolves.toBeTruthy()
    await expect(city.call('exchange/conflicts', {}, officer.token)).rejects.toThrow(/FORBIDDEN/)
    await expect(
      city.call(
        'exchange/resolve',
        { id: '01900000-0000-7000-8000-000000000001', keep: 'local', reason: '核实' },
        city.admin.token
      )
    ).rejects.toThrow(/FORBIDDEN/)
  })
})

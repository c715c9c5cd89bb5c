// Crash safety (perf-reliability-security.md §B8–B9): a process writing cases is killed with SIGKILL at
// random moments, 50 times. After each kill, every batch the writer reported as committed is there,
// no half batch is, every case still has its audit row, and `yardstick verify` (integrity_check,
// foreign keys, the audit hash chain) passes. Runs against the built CLI; no browser is involved.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from '@playwright/test'

const ROOT = join(__dirname, '..', '..')
const CLI = join(ROOT, 'out', 'main', 'cli.js')
const ROUNDS = 50
const BATCH = 20

/** A small deterministic PRNG (mulberry32), so a failing round can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function cli(args: string[]): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' })
  return { status: r.status, stderr: r.stderr, stdout: r.stdout }
}

function counts(file: string): { cases: number; createRows: number } {
  const db = new Database(file, { readonly: true })
  try {
    const cases = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n
    const createRows = (
      db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'cases/create'").get() as {
        n: number
      }
    ).n
    return { cases, createRows }
  } finally {
    db.close()
  }
}

/**
 * How long a writer takes from its start to its first committed batch: process start, opening the
 * database, loading the catalogue. It is seconds on a busy machine, so the kills are timed from it —
 * otherwise every kill would land before the first write and the test would prove nothing.
 */
function startupMs(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    const child = spawn(
      process.execPath,
      [CLI, 'seed', '--data', dataDir, '--cases', String(BATCH), '--batch', String(BATCH)],
      { stdio: ['ignore', 'ignore', 'pipe'] }
    )
    let first = 0
    child.stderr.on('data', (chunk: Buffer) => {
      if (!first && /已写入 \d+\//.test(chunk.toString())) first = Date.now() - started
    })
    child.on('error', reject)
    child.on('exit', () =>
      first ? resolve(first) : reject(new Error('calibration wrote nothing'))
    )
  })
}

/** Runs one seeding writer, kills it after `delayMs`, and returns the cases it reported committed. */
function writeThenKill(dataDir: string, round: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const args = [
      'seed',
      '--data',
      dataDir,
      // The handler path's ceiling (seed.ts); each round is killed within 2 s, long before it.
      '--cases',
      '20000',
      '--batch',
      String(BATCH),
      '--seed',
      String(round)
    ]
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let committed = 0
    let buffer = ''
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      // Progress is printed after each COMMIT: "已写入 N/1000000 件".
      for (const m of buffer.matchAll(/已写入 (\d+)\//g))
        committed = Math.max(committed, Number(m[1]))
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs)
    child.on('error', reject)
    child.on('exit', () => {
      clearTimeout(timer)
      resolve(committed)
    })
  })
}

test('50 SIGKILLs while writing lose no committed case or audit row, and the chain verifies', async () => {
  test.setTimeout(600_000)
  const dataDir = mkdtempSync(join(tmpdir(), 'yardstick-crash-'))
  const file = join(dataDir, 'yardstick.sqlite')
  const init = cli([
    'init',
    '--data',
    dataDir,
    '--unit-code',
    '11100000MB0143028R',
    '--unit-name',
    '崩溃测试局',
    '--case-prefix',
    '崩溃',
    '--admin',
    'admin',
    '--admin-password',
    'Admin-pass-2026'
  ])
  expect(init.status, init.stderr).toBe(0)
  const startup = await startupMs(dataDir)
  const random = prng(20261128)
  let killedMidBatch = 0
  for (let round = 1; round <= ROUNDS; round++) {
    const before = counts(file).cases
    // From just before the first batch to well into the writing.
    const delayMs = Math.floor(startup * 0.9) + Math.floor(random() * 1600)
    const reported = await writeThenKill(dataDir, round, delayMs)
    const after = counts(file)
    const extra = after.cases - before - reported
    // Everything reported is there; at most the one batch whose progress line was not yet read, and
    // never a part of a batch.
    expect([round, extra === 0 || extra === BATCH]).toEqual([round, true])
    if (extra === 0) killedMidBatch++
    expect([round, after.createRows]).toEqual([round, after.cases])
    const verify = cli(['verify', '--data', dataDir])
    expect([round, verify.status, verify.stderr]).toEqual([round, 0, ''])
  }
  // The kills must actually land inside write batches, or the test proves nothing.
  expect(killedMidBatch).toBeGreaterThan(ROUNDS / 2)
  expect(counts(file).cases).toBeGreaterThan(ROUNDS * BATCH)
})

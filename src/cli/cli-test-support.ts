// Helpers for the CLI tests: a fresh data folder per test, and in-process runs capturing output.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach } from 'vitest'
import { DATABASE_FILE } from '../server/data-dir'
import type { CliIo } from './io'
import { runCli } from './run'

export type CliResult = { code: number; stdout: string; stderr: string }

/** Runs the CLI in-process; `env` replaces the real one, so YARDSTICK_DATA cannot leak in. */
export async function cli(argv: string[], env: CliIo['env'] = {}): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const io: CliIo = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env }
  const code = await runCli(argv, io)
  return { code, stdout, stderr }
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-cli-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Call at the top of a test file: returns a maker of fresh data folders, each removed after its test. */
export function tempDataDirs(): () => string {
  let cleanup: (() => void)[] = []
  afterEach(() => {
    for (const remove of cleanup) remove()
    cleanup = []
  })
  return () => {
    const { dir, remove } = tempDataDir()
    cleanup.push(remove)
    return dir
  }
}

/** Row counts of the tables a command may write, read straight from the file. */
const TABLES = ['unit', 'users', 'cases', 'audit_log'] as const

export function rowCounts(dir: string): Record<(typeof TABLES)[number], number> {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    const [unit, users, cases, audit_log] = TABLES.map(count) as [number, number, number, number]
    return { unit, users, cases, audit_log }
  } finally {
    db.close()
  }
}

export function unitName(dir: string): string | undefined {
  const db = new Database(join(dir, DATABASE_FILE), { readonly: true })
  try {
    return (db.prepare('SELECT name FROM unit').get() as { name: string } | undefined)?.name
  } finally {
    db.close()
  }
}

/** A valid unit for `init` (the State Administration for Market Regulation's published code). */
export const UNIT_CODE = '11100000MB0143028R'
export const UNIT_NAME = '武汉市汉阳区市场监督管理局'

export function initArgs(dir: string, extra: string[] = []): string[] {
  return [
    'init',
    '--data',
    dir,
    '--unit-code',
    UNIT_CODE,
    '--unit-name',
    UNIT_NAME,
    '--case-prefix',
    '汉阳市监立',
    '--admin',
    'admin',
    '--admin-password',
    'admin-pass-2026',
    ...extra
  ]
}

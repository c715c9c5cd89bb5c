// `npm run bench`: the performance benchmarks (built to out/main/bench.js). Performance is measured
// here, never in timed unit tests: a test that fails when the CI machine is busy teaches people to
// ignore failures. Each operation is reported as median and p95 beside a baseline measured in the
// same run, because on a shared 2-core machine the ratios hold up far better than absolute times.
// Progress goes to stderr, the report to stdout.
import { cpus, platform, arch } from 'node:os'
import { parseOptions, integerOption, UsageError } from '../src/cli/args'
import { benchmarksDir, defaultResourcesDir } from '../src/server/resources'
import { buildDataset, type Dataset } from './dataset'
import { benchEngine, ENGINE_TARGET_PER_S, type EngineReport } from './engine'
import { benchQueries } from './queries'
import { renderTable, type Row } from './table'
import { benchWrites } from './writes'
import { writeSyntheticFacts } from './facts'
import { benchStatistics } from './statistics'
import { benchExchange } from './exchange'
import { benchSeed } from './seed'
import { benchOpen } from './open'

const USAGE = `usage: node out/main/bench.js [--cases N] [--seed S] [--only engine|db|exchange|seed]

  --cases   cases in the generated register (1000–2000000), default 100000
  --seed    seed of the demo-data generator, default 1
  --only    run only the discretion engine, the database benchmarks, the package export/import,
            or the bulk seed (yardstick seed --bulk; not part of the default run)`

const OPTIONS = {
  cases: { type: 'string' },
  seed: { type: 'string' },
  only: { type: 'string' }
} as const

type Settings = {
  cases: number
  seed: number
  engine: boolean
  db: boolean
  exchange: boolean
  bulkSeed: boolean
}

function settings(argv: readonly string[]): Settings {
  const o = parseOptions(argv, OPTIONS)
  if (o.only !== undefined && !['engine', 'db', 'exchange', 'seed'].includes(o.only)) {
    throw new UsageError(`--only must be engine, db, exchange or seed: ${o.only}`)
  }
  return {
    cases: o.cases === undefined ? 100_000 : integerOption('cases', o.cases, 1_000, 2_000_000),
    seed: o.seed === undefined ? 1 : integerOption('seed', o.seed, 0, 0xffff_ffff),
    engine: o.only === undefined || o.only === 'engine',
    db: o.only === undefined || o.only === 'db',
    exchange: o.only === undefined || o.only === 'exchange',
    bulkSeed: o.only === 'seed'
  }
}

const out = (s: string) => void process.stdout.write(s)
const progress = (s: string) => void process.stderr.write(`… ${s}\n`)
const thousands = (n: number) => Math.round(n).toLocaleString('en-US')

function machine(): string {
  const cpu = cpus()
  const model = cpu[0]?.model.trim() ?? 'unknown CPU'
  return `Node ${process.version}, ${platform()} ${arch()}, ${cpu.length} × ${model}`
}

function engineSummary(e: EngineReport): string {
  const verdict = e.pass ? 'PASS' : 'FAIL'
  const target = thousands(ENGINE_TARGET_PER_S)
  return (
    `Discretion engine: ${thousands(e.perSecond)} evaluations/s on one core ` +
    `(median pass over ${e.mixSize} cases) — target ≥ ${target}/s: ${verdict}\n`
  )
}

function dataSummary(d: Dataset, sqlite: string): string {
  const totalS = d.generateS + d.insertS
  return (
    `Register: ${thousands(d.cases)} cases (${thousands(d.liveCases)} live) built in ` +
    `${totalS.toFixed(1)} s = ${thousands(d.cases / totalS)} cases/s ` +
    `(bulk seed, register shape: cases, parties and facts ${d.generateS.toFixed(1)} s, search ` +
    `index, indexes and commit ${d.insertS.toFixed(1)} s), SQLite ${sqlite}\n`
  )
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) return out(`${USAGE}\n`)
  const s = settings(argv)
  const started = performance.now()
  const rows: Row[] = []
  const summary: string[] = []
  if (s.engine) {
    progress('discretion engine')
    const e = await benchEngine(benchmarksDir(defaultResourcesDir()))
    rows.push(e.row)
    summary.push(engineSummary(e))
  }
  if (s.bulkSeed) {
    progress(`bulk seed of ${thousands(s.cases)} cases`)
    const seeded = await benchSeed(s.cases, s.seed)
    rows.push(...seeded.rows)
    summary.push(...seeded.notes)
  }
  if (s.db || s.exchange) {
    progress(`generating ${thousands(s.cases)} cases`)
    const data = await buildDataset(s.cases, s.seed)
    // Ctrl-C must not leave a large database behind in the temp folder.
    const interrupted = () => {
      data.remove()
      process.exit(130)
    }
    process.once('SIGINT', interrupted)
    try {
      const sqlite = data.db.prepare('SELECT sqlite_version()').pluck().get() as string
      summary.push(dataSummary(data, sqlite))
      if (s.db) {
        progress('register queries')
        rows.push(...(await benchQueries(data)))
        progress('open to first page')
        rows.push(...(await benchOpen(data)))
        progress('case creation')
        rows.push(...(await benchWrites(data)))
        progress('statistics facts')
        writeSyntheticFacts(data.db, s.seed)
        progress('statistics and XLSX export')
        const st = await benchStatistics(data)
        rows.push(...st.rows)
        summary.push(...st.notes)
      }
      if (s.exchange) {
        progress('package export, import and re-import')
        const ex = await benchExchange(data)
        rows.push(...ex.rows)
        summary.push(...ex.notes)
      }
    } finally {
      process.off('SIGINT', interrupted)
      data.remove()
    }
  }
  out(`Yardstick benchmarks — ${machine()}\n`)
  out('Times per operation; baseline = the same work done raw (see bench/README.md), same run.\n')
  out('Shared or small machines are noisy: compare ratios, and absolute times only run to run.\n\n')
  out(renderTable(rows))
  out(`\n${summary.join('')}`)
  out(`Total ${((performance.now() - started) / 1000).toFixed(0)} s.\n`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`)
    process.exitCode = 2
    return
  }
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  process.stderr.write(`${text}\n`)
  process.exitCode = 1
})

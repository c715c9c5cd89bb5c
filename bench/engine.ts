// The discretion engine's throughput on one core. The mix is every case of the lawyer-readable
// test suite (resources/benchmarks/tests/*.yaml) that the engine evaluates to a result: all item
// kinds, fine rules, the Art. 30–37 grounds, version changes. One sample is one pass over the whole
// mix, so each sample weighs the same cases; the time per evaluation is the pass time / the mix.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate } from '../src/core/discretion/evaluate'
import type { Facts } from '../src/core/discretion/facts-schema'
import { parseFacts } from '../src/core/discretion/parse'
import {
  loadCatalogueDir,
  loadUnitConfig,
  UNIT_CONFIG_FILE
} from '../src/server/discretion/catalogue-loader'
import { FAST, samplePair, type Samples } from './measure'
import type { Row } from './table'

/** evaluations per second the engine must sustain on one core (whole result with explanation). */
export const ENGINE_TARGET_PER_S = 50_000

export type EngineReport = { row: Row; mixSize: number; perSecond: number; pass: boolean }

function loadShipped(dir: string) {
  const cat = loadCatalogueDir(dir)
  if (!cat.ok) throw new Error(`catalogue: ${JSON.stringify(cat.problems)}`)
  const cfg = loadUnitConfig(join(dir, UNIT_CONFIG_FILE))
  if (!cfg.ok) throw new Error(`unit config: ${JSON.stringify(cfg.problems)}`)
  return { catalogue: cat.catalogue, config: cfg.config }
}

/** The raw facts (as a transport receives them) of every test case in `dir`/tests. */
function rawFacts(dir: string): unknown[] {
  const testsDir = join(dir, 'tests')
  const files = readdirSync(testsDir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
  return files.flatMap((f) => {
    const cases = parse(readFileSync(join(testsDir, f), 'utf8')) as { facts: unknown }[]
    return cases.map((c) => c.facts)
  })
}

/** A pass's time per evaluation; n stays the number of passes (p95 is over passes, not cases). */
function perEvaluation(s: Samples, mixSize: number): Samples {
  return { n: s.n, median: s.median / mixSize, p95: s.p95 / mixSize }
}

export async function benchEngine(benchmarksDir: string): Promise<EngineReport> {
  const { catalogue, config } = loadShipped(benchmarksDir)
  const mix: { raw: unknown; facts: Facts }[] = []
  for (const raw of rawFacts(benchmarksDir)) {
    const parsed = parseFacts(raw)
    // Cases that test refusals (invalid dates, unknown items) end early and would flatter the rate.
    if (parsed.ok && evaluate(parsed.value, catalogue, config).ok) {
      mix.push({ raw, facts: parsed.value })
    }
  }
  let sink = 0
  const pass = () => {
    for (const m of mix) if (evaluate(m.facts, catalogue, config).ok) sink++
  }
  // Baseline: validating the same facts with zod (parseFacts), which every transport does anyway
  // before evaluating; the ratio says how many validations one evaluation costs.
  const validate = () => {
    for (const m of mix) if (parseFacts(m.raw).ok) sink++
  }
  const plan = { ...FAST, warmup: 300, minSamples: 300, budgetMs: 5_000 }
  const s = await samplePair(pass, validate, plan)
  if (sink === 0) throw new Error('the engine evaluated nothing')
  const perSecond = (1000 * mix.length) / s.op.median
  return {
    row: {
      operation: `discretion evaluate (mix of ${mix.length})`,
      samples: perEvaluation(s.op, mix.length),
      baseline: { label: 'parseFacts', samples: perEvaluation(s.baseline, mix.length) }
    },
    mixSize: mix.length,
    perSecond,
    pass: perSecond >= ENGINE_TARGET_PER_S
  }
}

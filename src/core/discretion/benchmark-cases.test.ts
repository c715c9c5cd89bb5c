// Runs the lawyer-readable cases in resources/benchmarks/tests/*.yaml through the shipped catalogue
// and unit configuration. Each file is a list of {name, facts, expect}; every key of `expect` is
// checked, and an unknown key fails the run (so a misspelt expectation cannot pass silently).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BENCHMARKS_DIR, loadShipped } from './shipped-catalogue.test-support'
import { evaluate } from './evaluate'
import { parseFacts } from './parse'
import type { Evaluation, EvaluationResult } from './result-types'

const TESTS = join(BENCHMARKS_DIR, 'tests')

const fenRange = z.object({ min: z.number().int(), max: z.number().int() }).strict()

const expectSchema = z
  .object({
    outcome: z.string().optional(),
    ground: z.string().optional(),
    mandatory: z.boolean().optional(),
    requiresConfirmation: z.boolean().optional(),
    fineFen: fenRange.nullable().optional(),
    statutoryRangeFen: fenRange.nullable().optional(),
    branch: z.string().optional(),
    sanctionsInclude: z.array(z.string()).optional(),
    mandatorySanctions: z.array(z.string()).optional(),
    sanctionsExclude: z.array(z.string()).optional(),
    procedure: z.string().optional(),
    simpleIfAtMostFen: z.number().int().optional(),
    stepsRequired: z.array(z.string()).optional(),
    stepsConditional: z.array(z.string()).optional(),
    stepsAbsent: z.array(z.string()).optional(),
    statuteApplied: z.string().optional(),
    penaltyArticle: z.string().optional(),
    lighterLaw: z.string().optional(),
    benchmarkApplied: z.string().optional(),
    flags: z.array(z.string()).optional(),
    flagsAbsent: z.array(z.string()).optional(),
    alternative: z
      .object({ level: z.string(), fineFen: fenRange.nullable().optional() })
      .strict()
      .optional(),
    mitigatingGrounds: z.array(z.string()).optional(),
    aggravatingGrounds: z.array(z.string()).optional(),
    traceCites: z.array(z.string()).optional(),
    explanationIncludes: z.array(z.string()).optional(),
    problems: z.array(z.string()).optional()
  })
  .strict()

const caseSchema = z.object({ name: z.string(), facts: z.unknown(), expect: expectSchema }).strict()
type Expect = z.infer<typeof expectSchema>

function range(r: { minFen: number; maxFen: number } | null) {
  return r ? { min: r.minFen, max: r.maxFen } : null
}

function check(r: Evaluation, e: Expect): void {
  if (e.outcome !== undefined) expect(r.outcome.level).toBe(e.outcome)
  if (e.ground !== undefined) expect('ground' in r.outcome ? r.outcome.ground : null).toBe(e.ground)
  if (e.mandatory !== undefined) {
    expect('mandatory' in r.outcome ? r.outcome.mandatory : null).toBe(e.mandatory)
  }
  if (e.requiresConfirmation !== undefined)
    expect(r.requiresConfirmation).toBe(e.requiresConfirmation)
  if (e.fineFen !== undefined) expect(range(r.fine)).toEqual(e.fineFen)
  if (e.statutoryRangeFen !== undefined)
    expect(range(r.statutoryRange)).toEqual(e.statutoryRangeFen)
  if (e.branch !== undefined) expect(r.branch).toBe(e.branch)
  const types = r.sanctions.map((s) => s.type)
  for (const t of e.sanctionsInclude ?? []) expect(types).toContain(t)
  for (const t of e.sanctionsExclude ?? []) expect(types).not.toContain(t)
  const mandatory = r.sanctions.filter((s) => s.mode === 'mandatory').map((s) => s.type)
  for (const t of e.mandatorySanctions ?? []) expect(mandatory).toContain(t)
  if (e.procedure !== undefined) expect(r.procedure.kind).toBe(e.procedure)
  if (e.simpleIfAtMostFen !== undefined) {
    expect(r.procedure).toEqual({ kind: 'simpleIfAtMost', maxFen: e.simpleIfAtMostFen })
  }
  const required = r.steps.filter((s) => s.required === 'yes').map((s) => s.step)
  const conditional = r.steps.filter((s) => s.required === 'conditional').map((s) => s.step)
  for (const s of e.stepsRequired ?? []) expect(required).toContain(s)
  for (const s of e.stepsConditional ?? []) expect(conditional).toContain(s)
  for (const s of e.stepsAbsent ?? []) expect(r.steps.map((x) => x.step)).not.toContain(s)
  if (e.statuteApplied !== undefined)
    expect(r.versions.statuteApplied.version).toBe(e.statuteApplied)
  if (e.penaltyArticle !== undefined) expect(r.provisions.penalty?.article).toBe(e.penaltyArticle)
  if (e.lighterLaw !== undefined) expect(r.versions.lighterLaw).toBe(e.lighterLaw)
  if (e.benchmarkApplied !== undefined)
    expect(r.versions.benchmarkApplied.id).toBe(e.benchmarkApplied)
  const flags = r.flags.map((f) => f.code)
  for (const f of e.flags ?? []) expect(flags).toContain(f)
  for (const f of e.flagsAbsent ?? []) expect(flags).not.toContain(f)
  if (e.alternative !== undefined) {
    expect(r.alternative?.level).toBe(e.alternative.level)
    if (e.alternative.fineFen !== undefined) {
      expect(range(r.alternative?.fine ?? null)).toEqual(e.alternative.fineFen)
    }
  }
  if (e.mitigatingGrounds !== undefined) {
    expect(r.grounds.mitigating.map((g) => g.code)).toEqual(e.mitigatingGrounds)
  }
  if (e.aggravatingGrounds !== undefined) {
    expect(r.grounds.aggravating.map((g) => g.code)).toEqual(e.aggravatingGrounds)
  }
  const cited = r.trace.map((t) => `${t.citation.law}${t.citation.article}`)
  for (const c of e.traceCites ?? []) expect(cited.some((x) => x.includes(c))).toBe(true)
  for (const s of e.explanationIncludes ?? []) expect(r.explanation).toContain(s)
}

function checkResult(r: EvaluationResult, e: Expect): void {
  if (e.problems !== undefined) {
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(e.problems)
    return
  }
  if (!r.ok) throw new Error(`evaluation failed: ${JSON.stringify(r.problems)}`)
  // Every step of the reasoning cites a rule; every result carries a printable explanation.
  for (const t of r.trace) expect(t.citation.law.length).toBeGreaterThan(0)
  expect(r.explanation.length).toBeGreaterThan(20)
  check(r, e)
}

const { catalogue, config } = loadShipped()

const files = readdirSync(TESTS)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
const allCases: { file: string; name: string; facts: unknown }[] = []

for (const file of files) {
  const cases = z.array(caseSchema).parse(parse(readFileSync(join(TESTS, file), 'utf8')))
  describe(file, () => {
    for (const c of cases) {
      allCases.push({ file, name: c.name, facts: c.facts })
      it(c.name, () => {
        const facts = parseFacts(c.facts)
        if (!facts.ok) throw new Error(`facts invalid: ${JSON.stringify(facts.issues)}`)
        checkResult(evaluate(facts.value, catalogue, config), c.expect)
      })
    }
  })
}

describe('the case collection', () => {
  it('has at least 40 cases and covers every item of the shipped catalogue', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(40)
    const codes = new Set(
      allCases.map((c) => (c.facts as { itemCode?: string }).itemCode).filter(Boolean)
    )
    for (const code of catalogue.byCode.keys()) expect(codes).toContain(code)
  })

  it('has unique case names', () => {
    const names = allCases.map((c) => `${c.file}/${c.name}`)
    expect(new Set(names).size).toBe(names.length)
  })
})

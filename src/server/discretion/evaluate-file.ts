// For `yardstick evaluate FACTS.json [--explain]`: read a facts file, validate it, and evaluate it
// against a catalogue directory and a unit configuration.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { evaluate } from '../../core/discretion/evaluate'
import { parseFacts, type ParseIssue } from '../../core/discretion/parse'
import type { EvaluationResult } from '../../core/discretion/result-types'
import type { CatalogueProblem } from '../../core/discretion/catalogue-problems'
import { loadCatalogueDir, loadUnitConfig, UNIT_CONFIG_FILE } from './catalogue-loader'

export type EvaluateFileResult =
  | { ok: true; result: EvaluationResult }
  | { ok: false; stage: 'facts'; issues: ParseIssue[] }
  | { ok: false; stage: 'catalogue' | 'config'; problems: CatalogueProblem[] }

/** `benchmarksDir` holds the packages and, unless `unitConfigFile` is given, unit-config.yaml. */
export function evaluateFactsFile(
  factsFile: string,
  benchmarksDir: string,
  unitConfigFile = join(benchmarksDir, UNIT_CONFIG_FILE)
): EvaluateFileResult {
  let input: unknown
  try {
    input = JSON.parse(readFileSync(factsFile, 'utf8'))
  } catch (e) {
    const issue = { path: '(文件)', message: (e as Error).message }
    return { ok: false, stage: 'facts', issues: [issue] }
  }
  const facts = parseFacts(input)
  if (!facts.ok) return { ok: false, stage: 'facts', issues: facts.issues }
  const cat = loadCatalogueDir(benchmarksDir)
  if (!cat.ok) return { ok: false, stage: 'catalogue', problems: cat.problems }
  const cfg = loadUnitConfig(unitConfigFile)
  if (!cfg.ok) return { ok: false, stage: 'config', problems: cfg.problems }
  return { ok: true, result: evaluate(facts.value, cat.catalogue, cfg.config) }
}

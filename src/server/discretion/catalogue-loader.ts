// Loads the benchmark catalogue (resources/benchmarks/*.yaml) and the unit configuration from disk,
// validates them with the core schemas and checks, and returns the compiled catalogue or the
// problems. `checkCatalogueDir` is what `yardstick catalogue check [DIR]` runs.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { checkCatalogueSet } from '../../core/discretion/catalogue-check'
import type { CatalogueProblem } from '../../core/discretion/catalogue-problems'
import type { CataloguePackage } from '../../core/discretion/catalogue-schema'
import { compileCatalogue, type CompiledCatalogue } from '../../core/discretion/compile'
import type { UnitConfig } from '../../core/discretion/config-schema'
import { parseCataloguePackage, parseUnitConfig, type ParseIssue } from '../../core/discretion/parse'

/** The unit configuration lives beside the packages under this name; every other top-level
 * *.yaml file is a benchmark package. */
export const UNIT_CONFIG_FILE = 'unit-config.yaml'

export type SourcedPackage = { pkg: CataloguePackage; source: string }

export type CatalogueLoad =
  | {
      ok: true
      catalogue: CompiledCatalogue
      packages: SourcedPackage[]
      /** Warnings do not block loading (e.g. a gap between statute versions). */
      warnings: CatalogueProblem[]
    }
  | { ok: false; problems: CatalogueProblem[] }

function problem(source: string, code: CatalogueProblem['code'], message: string, path = '(文件)'): CatalogueProblem {
  return { severity: 'error', code, message, source, path }
}

/** Parse YAML text; syntax errors come back as problems with line numbers. */
export function readYaml(text: string, source: string): { ok: true; value: unknown } | { ok: false; problems: CatalogueProblem[] } {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]
        return problem(source, 'YAML', `YAML 语法错误${line ? `（第${line.line}行第${line.col}列）` : ''}：${e.message}`)
      })
    }
  }
  return { ok: true, value: doc.toJS() }
}

function schemaProblems(source: string, issues: ParseIssue[]): CatalogueProblem[] {
  return issues.map((i) => problem(source, 'SCHEMA', `结构校验失败：${i.message}`, i.path))
}

/** Validate and check packages given as (source name, YAML text) pairs. */
export function loadCatalogueTexts(files: readonly { source: string; text: string }[]): CatalogueLoad {
  const problems: CatalogueProblem[] = []
  const packages: SourcedPackage[] = []
  for (const f of files) {
    const y = readYaml(f.text, f.source)
    if (!y.ok) {
      problems.push(...y.problems)
      continue
    }
    const parsed = parseCataloguePackage(y.value)
    if (!parsed.ok) {
      problems.push(...schemaProblems(f.source, parsed.issues))
      continue
    }
    packages.push({ pkg: parsed.value, source: f.source })
  }
  const checked = checkCatalogueSet(packages)
  const errors = problems.concat(checked.filter((p) => p.severity === 'error'))
  const warnings = checked.filter((p) => p.severity === 'warning')
  if (errors.length > 0) return { ok: false, problems: errors.concat(warnings) }
  return { ok: true, catalogue: compileCatalogue(packages.map((p) => p.pkg)), packages, warnings }
}

export function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && e.name !== UNIT_CONFIG_FILE)
    .map((e) => e.name)
    .sort()
}

export function loadCatalogueDir(dir: string): CatalogueLoad {
  let names: string[]
  try {
    names = catalogueFiles(dir)
  } catch (e) {
    return { ok: false, problems: [problem(dir, 'YAML', `无法读取目录：${(e as Error).message}`)] }
  }
  if (names.length === 0) {
    return { ok: false, problems: [problem(dir, 'YAML', '目录中没有裁量基准文件（*.yaml）')] }
  }
  return loadCatalogueTexts(names.map((n) => ({ source: n, text: readFileSync(join(dir, n), 'utf8') })))
}

/** For `yardstick catalogue check [DIR]`: ok when there is no error (warnings are listed). */
export function checkCatalogueDir(dir: string): { ok: boolean; problems: CatalogueProblem[] } {
  const r = loadCatalogueDir(dir)
  return r.ok ? { ok: true, problems: r.warnings } : { ok: false, problems: r.problems }
}

export type UnitConfigLoad = { ok: true; config: UnitConfig } | { ok: false; problems: CatalogueProblem[] }

export function loadUnitConfig(file: string): UnitConfigLoad {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    return { ok: false, problems: [problem(file, 'YAML', `无法读取单位配置：${(e as Error).message}`)] }
  }
  const y = readYaml(text, file)
  if (!y.ok) return y
  const parsed = parseUnitConfig(y.value)
  return parsed.ok ? { ok: true, config: parsed.value } : { ok: false, problems: schemaProblems(file, parsed.issues) }
}

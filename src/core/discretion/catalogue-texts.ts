// From YAML texts to a checked, compiled catalogue. Pure (the `yaml` parser is plain JavaScript),
// so the server, the CLI and tests share it; reading files is the caller's business.
import { parseDocument } from 'yaml'
import { checkCatalogueSet } from './catalogue-check'
import type { CatalogueProblem } from './catalogue-problems'
import type { CataloguePackage } from './catalogue-schema'
import { compileCatalogue, type CompiledCatalogue } from './compile'
import type { UnitConfig } from './config-schema'
import { parseCataloguePackage, parseUnitConfig, type ParseIssue } from './parse'

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

export type UnitConfigLoad =
  { ok: true; config: UnitConfig } | { ok: false; problems: CatalogueProblem[] }

export function fileProblem(
  source: string,
  code: CatalogueProblem['code'],
  message: string,
  path = '(文件)'
): CatalogueProblem {
  return { severity: 'error', code, message, source, path }
}

/** Parse YAML text; syntax errors come back as problems with line numbers. */
export function readYaml(
  text: string,
  source: string
): { ok: true; value: unknown } | { ok: false; problems: CatalogueProblem[] } {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]
        const where = line ? `（第${line.line}行第${line.col}列）` : ''
        return fileProblem(source, 'YAML', `YAML 语法错误${where}：${e.message}`)
      })
    }
  }
  return { ok: true, value: doc.toJS() }
}

function schemaProblems(source: string, issues: ParseIssue[]): CatalogueProblem[] {
  return issues.map((i) => fileProblem(source, 'SCHEMA', `结构校验失败：${i.message}`, i.path))
}

/** Validate and check packages given as (source name, YAML text) pairs. */
export function loadCatalogueTexts(
  files: readonly { source: string; text: string }[]
): CatalogueLoad {
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

export function loadUnitConfigText(text: string, source: string): UnitConfigLoad {
  const y = readYaml(text, source)
  if (!y.ok) return y
  const parsed = parseUnitConfig(y.value)
  return parsed.ok
    ? { ok: true, config: parsed.value }
    : { ok: false, problems: schemaProblems(source, parsed.issues) }
}

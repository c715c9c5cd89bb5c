// Loads the benchmark catalogue (resources/benchmarks/*.yaml) and the unit configuration from disk;
// parsing, validation and the content checks are core's (catalogue-texts.ts). `checkCatalogueDir`
// is what `yardstick catalogue check [DIR]` runs.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogueProblem } from '../../core/discretion/catalogue-problems'
import {
  fileProblem,
  loadCatalogueTexts,
  loadUnitConfigText,
  type CatalogueLoad,
  type UnitConfigLoad
} from '../../core/discretion/catalogue-texts'

export type { CatalogueLoad, UnitConfigLoad }

/** The unit configuration lives beside the packages under this name; every other top-level
 * *.yaml file is a benchmark package (tests/ holds the lawyer-readable cases). */
export const UNIT_CONFIG_FILE = 'unit-config.yaml'

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
    const message = `无法读取目录：${(e as Error).message}`
    return { ok: false, problems: [fileProblem(dir, 'YAML', message)] }
  }
  if (names.length === 0) {
    return { ok: false, problems: [fileProblem(dir, 'YAML', '目录中没有裁量基准文件（*.yaml）')] }
  }
  return loadCatalogueTexts(
    names.map((n) => ({ source: n, text: readFileSync(join(dir, n), 'utf8') }))
  )
}

/** For `yardstick catalogue check [DIR]`: ok when there is no error (warnings are listed). */
export function checkCatalogueDir(dir: string): { ok: boolean; problems: CatalogueProblem[] } {
  const r = loadCatalogueDir(dir)
  return r.ok ? { ok: true, problems: r.warnings } : { ok: false, problems: r.problems }
}

export function loadUnitConfig(file: string): UnitConfigLoad {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (e) {
    const message = `无法读取单位配置：${(e as Error).message}`
    return { ok: false, problems: [fileProblem(file, 'YAML', message)] }
  }
  return loadUnitConfigText(text, file)
}

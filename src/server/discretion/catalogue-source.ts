import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { formatProblem, type CatalogueProblem } from '../../core/discretion/catalogue-problems'
import { loadCatalogueTexts, type CatalogueLoad } from '../../core/discretion/catalogue-texts'
import type { CompiledCatalogue } from '../../core/discretion/compile'
import type { UnitConfig } from '../../core/discretion/config-schema'
import type { CataloguePackage } from '../../core/discretion/catalogue-schema'
import { AppError } from '../../shared/errors'
import { prepare } from '../db/statements'
import { catalogueFiles, loadUnitConfig, UNIT_CONFIG_FILE } from './catalogue-loader'

type Text = { source: string; text: string }

export type ActiveCatalogue = {
  catalogue: CompiledCatalogue
  packages: readonly CataloguePackage[]
  config: UnitConfig
}

/**
 * The catalogue in force: the shipped packages plus the unit's own published ones, validated together
 * (so a unit package may not overlap a shipped one), compiled once and reused until a package is
 * published.
 */
export type DiscretionSource = {
  current: (db: Database.Database) => ActiveCatalogue
  /** Validates the active set plus `extra` (a draft about to be saved or published). */
  check: (db: Database.Database, extra: Text) => CatalogueLoad
  invalidate: () => void
}

function publishedTexts(db: Database.Database): Text[] {
  const rows = prepare(
    db,
    "SELECT package_id, yaml FROM catalogue_packages WHERE status = 'published' ORDER BY id"
  ).all() as {
    package_id: string
    yaml: string
  }[]
  return rows.map((r) => ({ source: `单位发布：${r.package_id}`, text: r.yaml }))
}

function problemText(problems: readonly CatalogueProblem[]): string {
  return problems.map(formatProblem).join('；')
}

export function createDiscretionSource(benchmarksDir: string): DiscretionSource {
  const shipped: Text[] = catalogueFiles(benchmarksDir).map((name) => ({
    source: name,
    text: readFileSync(join(benchmarksDir, name), 'utf8')
  }))
  const configLoad = loadUnitConfig(join(benchmarksDir, UNIT_CONFIG_FILE))
  if (!configLoad.ok)
    throw new Error(`unit configuration invalid: ${problemText(configLoad.problems)}`)
  const config = configLoad.config
  let cached: ActiveCatalogue | null = null
  return {
    current(db) {
      if (cached) return cached
      const load = loadCatalogueTexts([...shipped, ...publishedTexts(db)])
      if (!load.ok)
        throw new AppError('REFUSED', `裁量基准目录校验未通过：${problemText(load.problems)}`)
      cached = { catalogue: load.catalogue, packages: load.packages.map((p) => p.pkg), config }
      return cached
    },
    check: (db, extra) => loadCatalogueTexts([...shipped, ...publishedTexts(db), extra]),
    invalidate() {
      cached = null
    }
  }
}

// For core tests only (Node allowed here): the shipped catalogue and unit configuration, loaded and
// checked exactly as the server loads them.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalogueTexts, loadUnitConfigText } from './catalogue-texts'

export const BENCHMARKS_DIR = new URL('../../../resources/benchmarks/', import.meta.url).pathname

export function loadShipped() {
  const names = readdirSync(BENCHMARKS_DIR).filter(
    (f) => f.endsWith('.yaml') && f !== 'unit-config.yaml'
  )
  const cat = loadCatalogueTexts(
    names
      .sort()
      .map((source) => ({ source, text: readFileSync(join(BENCHMARKS_DIR, source), 'utf8') }))
  )
  const cfgText = readFileSync(join(BENCHMARKS_DIR, 'unit-config.yaml'), 'utf8')
  const cfg = loadUnitConfigText(cfgText, 'unit-config.yaml')
  if (!cat.ok) throw new Error(JSON.stringify(cat.problems))
  if (!cfg.ok) throw new Error(JSON.stringify(cfg.problems))
  return { catalogue: cat.catalogue, config: cfg.config }
}

import { describe, expect, it } from 'vitest'
import { checkCatalogueDir, loadCatalogueDir, loadUnitConfig } from './catalogue-loader'
import { formatProblem } from '../../core/discretion/catalogue-problems'

const DIR = new URL('../../../resources/benchmarks/', import.meta.url).pathname

describe('shipped catalogue', () => {
  it('loads', () => {
    const r = checkCatalogueDir(DIR)
    console.log(r.problems.map(formatProblem).join('\n'))
    expect(r.ok).toBe(true)
    const c = loadUnitConfig(DIR + 'unit-config.yaml')
    console.log(JSON.stringify(c).slice(0, 300))
    expect(loadCatalogueDir(DIR).ok).toBe(true)
  })
})

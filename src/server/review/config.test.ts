import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_REVIEW_CONFIG } from '../../core/review/config'
import { loadUnitConfigText } from '../../core/discretion/catalogue-texts'
import { loadUnitConfig } from '../discretion/catalogue-loader'
import { benchmarksDir, defaultResourcesDir } from '../resources'

describe('the review thresholds in the unit configuration', () => {
  it('ships the defaults, each with its source', () => {
    const load = loadUnitConfig(join(benchmarksDir(defaultResourcesDir()), 'unit-config.yaml'))
    if (!load.ok) throw new Error(JSON.stringify(load.problems))
    expect(load.config.review.disproportion).toEqual(DEFAULT_REVIEW_CONFIG.disproportion)
    expect(load.config.review.peer.windowMonths.value).toBe(12)
  })

  it('lets a unit override one threshold and refuses a value without its source', () => {
    const load = loadUnitConfig(join(benchmarksDir(defaultResourcesDir()), 'unit-config.yaml'))
    if (!load.ok) throw new Error('shipped config invalid')
    const base = JSON.stringify({ ...load.config, review: undefined })
    const withOverride = JSON.stringify({
      ...JSON.parse(base),
      review: { disproportion: { ratioAbove: { value: 50, source: '本单位规则', verified: true } } }
    })
    const ok = loadUnitConfigText(withOverride, 'test.yaml')
    if (!ok.ok) throw new Error(JSON.stringify(ok.problems))
    expect(ok.config.review.disproportion.ratioAbove.value).toBe(50)
    expect(ok.config.review.peer).toEqual(DEFAULT_REVIEW_CONFIG.peer)
    const bad = JSON.stringify({
      ...JSON.parse(base),
      review: { disproportion: { ratioAbove: { value: 50 } } }
    })
    expect(loadUnitConfigText(bad, 'test.yaml').ok).toBe(false)
  })
})

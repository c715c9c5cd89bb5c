import { describe, expect, it } from 'vitest'
import { DEFAULT_REVIEW_CONFIG, profileFor, type Sourced } from './config'
import { parseReviewConfig } from './config-schema'

function sourcedLeaves(node: unknown, path = ''): [string, Sourced<unknown>][] {
  if (node && typeof node === 'object' && 'source' in node && 'value' in node) {
    return [[path, node as Sourced<unknown>]]
  }
  return Object.entries(node as object).flatMap(([k, v]) =>
    sourcedLeaves(v, path ? `${path}.${k}` : k)
  )
}

describe('review configuration', () => {
  it('gives every threshold a source and says whether it was verified', () => {
    const leaves = sourcedLeaves(DEFAULT_REVIEW_CONFIG)
    expect(leaves.length).toBeGreaterThan(15)
    for (const [, s] of leaves) {
      expect(s.source.length).toBeGreaterThan(5)
      expect(typeof s.verified).toBe('boolean')
      // A value from a secondary or unobtained source must not claim to be verified.
      if (/未核实|未取得|推定|\[P\]|工程设定/.test(s.source)) expect(s.verified).toBe(false)
    }
  })

  it('has the defaults of domain.md §9.1', () => {
    const c = DEFAULT_REVIEW_CONFIG
    expect(c.position.profiles.R30?.value).toEqual({
      LIGHTER: [0, 0.3],
      NORMAL: [0.3, 0.7],
      HEAVIER: [0.7, 1]
    })
    expect(c.position.topOfRange.value).toBe(1)
    expect(c.disproportion.ratioAbove.value).toBe(100)
    expect(c.peer.positionDeviationAbove.value).toBe(0.3)
    expect(c.peer.cvAbove.value).toBe(0.5)
    expect(c.peer.windowMonths.value).toBe(12)
    expect([c.seizure.days.value, c.seizure.extensionDays.value]).toEqual([30, 30])
    expect(c.revenue.growthAbove.value).toBe(0.2)
    expect(c.decision.days).toMatchObject({ value: 90, verified: true })
  })

  it('picks the named profile, else the default', () => {
    expect(profileFor(DEFAULT_REVIEW_CONFIG, 'MAXONLY')?.name).toBe('MAXONLY')
    expect(profileFor(DEFAULT_REVIEW_CONFIG, 'X')?.name).toBe('R30')
    expect(profileFor(DEFAULT_REVIEW_CONFIG, null)?.name).toBe('R30')
  })
})

describe('parseReviewConfig', () => {
  it('fills everything left out with the defaults', () => {
    expect(parseReviewConfig({})).toEqual({ ok: true, value: DEFAULT_REVIEW_CONFIG })
    expect(parseReviewConfig(undefined)).toEqual({ ok: true, value: DEFAULT_REVIEW_CONFIG })
  })

  it('takes a unit value with its source, and adds profiles to the defaults', () => {
    const r = parseReviewConfig({
      peer: { cvAbove: { value: 0.4, source: '本单位规定', verified: true } },
      position: {
        profiles: {
          HB: {
            value: { LIGHTER: [0, 0.25], NORMAL: [0.25, 0.75], HEAVIER: [0.75, 1] },
            source: '湖北省裁量标准',
            verified: true
          }
        }
      }
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.peer.cvAbove.value).toBe(0.4)
    expect(r.value.peer.windowMonths).toEqual(DEFAULT_REVIEW_CONFIG.peer.windowMonths)
    expect(Object.keys(r.value.position.profiles)).toEqual(['R30', 'MULT_R30', 'MAXONLY', 'HB'])
  })

  it('refuses a value without a source, an inverted band and an unknown default profile', () => {
    const noSource = parseReviewConfig({ peer: { cvAbove: { value: 0.4 } } })
    expect(noSource.ok).toBe(false)
    const inverted = parseReviewConfig({
      position: {
        profiles: {
          X: {
            value: { LIGHTER: [0.3, 0], NORMAL: [0.3, 0.7], HEAVIER: [0.7, 1] },
            source: 's',
            verified: false
          }
        }
      }
    })
    expect(inverted.ok || inverted.issues.map((i) => i.message)).toContain('区间下限不得大于上限')
    const unknown = parseReviewConfig({
      position: { defaultProfile: { value: 'NOPE', source: 's', verified: false } }
    })
    expect(unknown.ok || unknown.issues[0]).toMatchObject({ path: 'position.defaultProfile' })
  })
})

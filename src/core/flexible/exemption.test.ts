import { describe, expect, it } from 'vitest'
import { exemptionOf } from './exemption'

describe('exemption of the decisive evaluation', () => {
  it.each([
    ['NO_PENALTY', 'firstViolationExemption', false, 'firstViolation'],
    ['NO_PENALTY', 'minorViolationExemption', true, 'minor'],
    ['NO_PENALTY', 'exemptionList', false, 'firstViolation'],
    ['NO_PENALTY', 'exemptionList', true, 'minor'],
    ['NO_PENALTY', 'noFault', true, null],
    // The officer declined the discretionary exemption: the level stored is the alternative's.
    ['LIGHTER', 'firstViolationExemption', false, null]
  ] as const)('%s / %s (mandatory %s) → %s', (level, ground, mandatory, expected) => {
    expect(exemptionOf(level, ground, mandatory)).toBe(expected)
  })
})

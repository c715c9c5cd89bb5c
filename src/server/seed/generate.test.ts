import { describe, expect, it } from 'vitest'
import { checkIdNumber } from '../../core/ids/id-number'
import { checkUscc } from '../../core/ids/uscc'
import { caseCreateInput } from '../../shared/schemas/cases'
import { addDays } from './dates'
import { generateCaseList, SEED_CAUSES } from './generate'
import { createRng } from './prng'

const BASE = '2026-03-02'
const options = { seed: 1, baseDate: BASE, officerCount: 4 }
const OFFICER_IDS = [1, 2, 3, 4].map((n) => `0190a0f0-0000-7000-8000-00000000000${n}`)

describe('demo case generator', () => {
  const cases = generateCaseList(3000, options)

  it('is deterministic, and a longer run extends a shorter one', () => {
    expect(generateCaseList(3000, options)).toEqual(cases)
    expect(generateCaseList(30, options)).toEqual(cases.slice(0, 30))
    expect(generateCaseList(30, { ...options, seed: 2 })).not.toEqual(cases.slice(0, 30))
  })

  it('writes only valid 统一社会信用代码 and 身份证号', () => {
    const parties = cases.flatMap((c) => c.parties)
    const usccs = parties.flatMap((p) => (p.kind === 'organisation' ? [p.uscc] : []))
    const idNumbers = parties.flatMap((p) => (p.kind === 'person' ? [p.idNumber] : []))
    expect(usccs.length).toBeGreaterThan(1000)
    expect(idNumbers.length).toBeGreaterThan(300)
    expect(usccs.filter((u) => checkUscc(u) !== null)).toEqual([])
    expect(idNumbers.filter((n) => checkIdNumber(n) !== null)).toEqual([])
    // 91 enterprise / 92 个体工商户, registered in Hubei (42…).
    expect(usccs.every((u) => /^9[12]42\d{4}/.test(u))).toBe(true)
    // Born in Hubei, aged 20–65 on the base date.
    const born = idNumbers.map((n) => `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`)
    expect(idNumbers.every((n) => n.startsWith('42'))).toBe(true)
    expect(born.every((d) => d >= addDays(BASE, -66 * 365) && d <= addDays(BASE, -20 * 365))).toBe(
      true
    )
  })

  it('makes cases the server schema accepts', () => {
    for (const { officers, ...fields } of cases) {
      const input = { ...fields, officerIds: [OFFICER_IDS[officers[0]], OFFICER_IDS[officers[1]]] }
      const parsed = caseCreateInput.safeParse(input)
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    }
  })

  it('dates cases in the three years before the base date, with some clues not yet filed', () => {
    const earliest = addDays(BASE, -3 * 365)
    for (const c of cases) {
      expect(c.discoveredOn >= earliest && c.discoveredOn <= BASE).toBe(true)
      if (c.filedOn !== null) expect(c.filedOn >= c.discoveredOn && c.filedOn <= BASE).toBe(true)
      expect(c.officers[0]).not.toBe(c.officers[1])
    }
    const registered = cases.filter((c) => c.filedOn === null).length
    expect(registered).toBeGreaterThan(20)
    expect(registered).toBeLessThan(600)
    expect(new Set(cases.map((c) => c.discoveredOn.slice(0, 4))).size).toBeGreaterThanOrEqual(3)
  })

  it('varies causes and sources, and repeats some parties (prior violations)', () => {
    expect(new Set(cases.map((c) => c.cause))).toEqual(new Set(SEED_CAUSES))
    expect(new Set(cases.map((c) => c.source)).size).toBeGreaterThanOrEqual(5)
    const parties = cases.flatMap((c) => c.parties)
    const usccs = parties.flatMap((p) => (p.kind === 'organisation' ? [p.uscc] : []))
    expect(new Set(usccs).size).toBeLessThan(usccs.length)
  })
})

describe('seeded PRNG', () => {
  it('repeats per seed and stays in range', () => {
    const a = createRng(42)
    const b = createRng(42)
    const draws = Array.from({ length: 1000 }, () => a.int(1, 6))
    expect(Array.from({ length: 1000 }, () => b.int(1, 6))).toEqual(draws)
    expect(new Set(draws)).toEqual(new Set([1, 2, 3, 4, 5, 6]))
    expect(createRng(43).next()).not.toBe(createRng(42).next())
  })
})

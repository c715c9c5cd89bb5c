// The catalogue check must pass the shipped catalogue and reject broken copies with a message that
// names the item and says what is wrong, in Chinese.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { checkCatalogue, checkCatalogueSet } from './catalogue-check'
import type { CatalogueProblem } from './catalogue-problems'
import type { CataloguePackage, LeafRule, PenaltyVersion } from './catalogue-schema'
import { compileCatalogue, entryAt } from './compile'
import { previousDay } from './dates'
import { parseCataloguePackage } from './parse'

const DIR = new URL('../../../resources/benchmarks/', import.meta.url).pathname

function shipped(): { pkg: CataloguePackage; source: string }[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml') && f !== 'unit-config.yaml')
    .sort()
    .map((source) => {
      const r = parseCataloguePackage(parse(readFileSync(join(DIR, source), 'utf8')))
      if (!r.ok) throw new Error(`${source}: ${JSON.stringify(r.issues)}`)
      return { pkg: r.value, source }
    })
}

function pkgById(id: string): CataloguePackage {
  const found = shipped().find((p) => p.pkg.id === id)
  if (!found) throw new Error(id)
  return structuredClone(found.pkg)
}

function penaltyVersion(pkg: CataloguePackage, code: string, index = 0): PenaltyVersion {
  const v = pkg.items.find((i) => i.code === code)?.versions[index]
  if (!v || v.kind !== 'penalty') throw new Error(code)
  return v
}

function errors(ps: CatalogueProblem[]) {
  return ps.filter((p) => p.severity === 'error')
}

describe('the shipped catalogue', () => {
  it('has no errors and no warnings', () => {
    expect(checkCatalogueSet(shipped())).toEqual([])
  })

  it('contains the 17 items of domain.md §10 plus the 营运证 test item, with both texts of 道路运输条例 Art. 63', () => {
    const codes = new Set(shipped().flatMap((p) => p.pkg.items.map((i) => i.code)))
    expect(codes.size).toBe(18)
    const versions = shipped()
      .flatMap((p) => p.pkg.items)
      .filter((i) => i.code === 'TR-RT-63-01')
      .flatMap((i) => i.versions.map((v) => v.statute.version))
    expect(versions.sort()).toEqual(['2022-03-29', '2023-07-20'])
  })
})

describe('checkCatalogue rejects a broken copy', () => {
  it('overlapping branches: 违法所得恰为1万元 in both tiers', () => {
    const pkg = pkgById('TR-PLACEHOLDER-2023')
    const fine = penaltyVersion(pkg, 'TR-RT-63-01').fine
    if (fine.kind !== 'tieredByBase') throw new Error('tiered')
    fine.branches[0]!.when = { gteFen: 1000000 }
    const ps = errors(checkCatalogue(pkg))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ code: 'BRANCH_OVERLAP', itemCode: 'TR-RT-63-01' })
    expect(ps[0]!.message).toBe('计罚基数 10000元 至 10000元 同时属于两个档次')
  })

  it('gapped branches: 货值 between 1万元 and 1万零1元 belongs to no tier', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    const fine = penaltyVersion(pkg, 'SC-FS-122-01').fine
    if (fine.kind !== 'tieredByBase') throw new Error('tiered')
    fine.branches[1]!.when = { gtFen: 1000000 }
    const ps = errors(checkCatalogue(pkg))
    expect(ps.map((p) => p.code)).toEqual(['BRANCH_GAP'])
    expect(ps[0]!.message).toContain('10000元')
    expect(ps[0]!.path).toBe('items[0].versions[0].fine.branches[1].when')
  })

  it('a sub-range outside the statutory range (从重 above 30% of 货值)', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    const fine = penaltyVersion(pkg, 'SC-PQ-54-01').fine as Extract<
      LeafRule,
      { kind: 'multipleOfBase' }
    >
    fine.bands = { LIGHTER: [0, 0.06], NORMAL: [0.12, 0.18], HEAVIER: [0.18, 0.35] }
    const ps = errors(checkCatalogue(pkg))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ code: 'BAND_OUTSIDE_STATUTORY', itemCode: 'SC-PQ-54-01' })
    expect(ps[0]!.message).toContain('HEAVIER 幅度 0.18倍–0.35倍 超出法定幅度 0倍–0.3倍')
  })

  it('a 减轻 (MITIGATED) band below the statutory minimum is allowed', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    const fine = penaltyVersion(pkg, 'SC-FS-126-01-06').fine as Extract<
      LeafRule,
      { kind: 'fixedRange' }
    >
    delete fine.profile
    fine.bands = {
      MITIGATED: [0, 400000],
      LIGHTER: [500000, 1850000],
      NORMAL: [1850000, 3650000],
      HEAVIER: [3650000, 5000000]
    }
    expect(checkCatalogue(pkg)).toEqual([])
  })

  it('a 减轻 band that is not below the minimum is rejected', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    const fine = penaltyVersion(pkg, 'SC-FS-126-01-06').fine as Extract<
      LeafRule,
      { kind: 'fixedRange' }
    >
    fine.bands = {
      MITIGATED: [0, 600000],
      LIGHTER: [500000, 1850000],
      NORMAL: [1850000, 3650000],
      HEAVIER: [3650000, 5000000]
    }
    expect(errors(checkCatalogue(pkg)).map((p) => p.code)).toEqual(['MITIGATED_NOT_BELOW'])
  })

  it('overlapping level bands', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    pkg.profiles['R30']!.NORMAL = [0.25, 0.7]
    const ps = errors(checkCatalogue(pkg))
    expect(ps.map((p) => p.code)).toEqual(['BAND_OVERLAP'])
    expect(ps[0]!.path).toBe('profiles.R30.NORMAL')
  })

  it('a missing citation (处罚依据 without its article)', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    penaltyVersion(pkg, 'SC-MR-48-01').penaltyProvision.article = ''
    const ps = errors(checkCatalogue(pkg))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ code: 'MISSING_CITATION', itemCode: 'SC-MR-48-01' })
    expect(ps[0]!.message).toBe('处罚依据缺少条款')
  })

  it('an inverted date (statute in force to before from)', () => {
    const pkg = pkgById('TR-PLACEHOLDER-2022')
    penaltyVersion(pkg, 'TR-RT-69-01').statute.inForceTo = '2022-01-01'
    const ps = errors(checkCatalogue(pkg))
    expect(ps.map((p) => p.code)).toEqual(['DATE_INVERTED'])
    expect(ps[0]!.message).toBe('法律版本施行期间的起始日期2022-05-01晚于终止日期2022-01-01')
  })

  it('an inverted package period and a published package without 文号', () => {
    const pkg = pkgById('TR-PLACEHOLDER-2022')
    pkg.effectiveTo = '2021-12-31'
    pkg.documentNumber = ''
    expect(
      errors(checkCatalogue(pkg))
        .map((p) => p.code)
        .sort()
    ).toEqual(['DATE_INVERTED', 'MISSING_DOCUMENT_NUMBER'])
  })

  it('a duplicate item code', () => {
    const pkg = pkgById('WS-PLACEHOLDER-2021')
    pkg.items.push(structuredClone(pkg.items[0]!))
    const ps = errors(checkCatalogue(pkg))
    expect(ps).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_CODE', itemCode: 'WS-SP-97-03', path: 'items[2]' })
    ])
  })

  it('overlapping statute versions of one item', () => {
    const pkg = pkgById('TR-PLACEHOLDER-2022')
    const item = pkg.items.find((i) => i.code === 'TR-RT-69-01')!
    const copy = structuredClone(item.versions[0]!)
    copy.statute.inForceFrom = '2023-01-01'
    copy.statute.inForceTo = null
    item.versions.push(copy)
    expect(errors(checkCatalogue(pkg)).map((p) => p.code)).toEqual(['VERSION_OVERLAP'])
  })

  it('an unknown level profile and a fine type without a fine rule', () => {
    const pkg = pkgById('SC-PLACEHOLDER-2021')
    const v = penaltyVersion(pkg, 'SC-MR-48-01')
    v.fine = { kind: 'maxOnly', maxFen: 3000000, profile: 'R40' }
    const w = penaltyVersion(pkg, 'SC-ME-43-01')
    w.fine = { kind: 'none' }
    const codes = errors(checkCatalogue(pkg))
      .map((p) => p.code)
      .sort()
    expect(codes).toEqual(['FINE_TYPE_MISMATCH', 'UNKNOWN_PROFILE'])
  })

  it('two published benchmarks for one item in force at the same time', () => {
    const a = pkgById('TR-PLACEHOLDER-2022')
    const b = pkgById('TR-PLACEHOLDER-2023')
    b.effectiveFrom = '2023-01-01'
    b.supersedes = null
    const ps = checkCatalogueSet([
      { pkg: a, source: 'transport-2022.yaml' },
      { pkg: b, source: 'transport-2023.yaml' }
    ])
    expect(ps.map((p) => p.code)).toEqual(['PACKAGE_OVERLAP'])
    expect(ps[0]!.message).toContain('TR-RT-63-01')
  })

  it('a revision that supersedes an open-ended published version ends it the day before', () => {
    const a = pkgById('TR-PLACEHOLDER-2022')
    const b = pkgById('TR-PLACEHOLDER-2023')
    a.effectiveTo = null // published and immutable: only the successor can end it
    const set = [
      { pkg: a, source: 'transport-2022.yaml' },
      { pkg: b, source: 'transport-2023.yaml' }
    ]
    expect(errors(checkCatalogueSet(set))).toEqual([])
    const entries = compileCatalogue([a, b]).byCode.get('TR-RT-63-01') ?? []
    expect(entryAt(entries, previousDay(b.effectiveFrom))?.pkg.id).toBe(a.id)
    expect(entryAt(entries, b.effectiveFrom)?.pkg.id).toBe(b.id)
  })

  it('a revision must take effect after the version it supersedes', () => {
    const a = pkgById('TR-PLACEHOLDER-2022')
    const b = pkgById('TR-PLACEHOLDER-2023')
    b.effectiveFrom = a.effectiveFrom
    const codes = errors(
      checkCatalogueSet([
        { pkg: a, source: 'transport-2022.yaml' },
        { pkg: b, source: 'transport-2023.yaml' }
      ])
    ).map((p) => p.code)
    expect(codes).toContain('SUPERSEDES_NOT_LATER')
  })
})

// Precomputed lookups so that evaluate() does no scanning or allocation per call beyond its result.
import type { CatalogueItem, CataloguePackage, ItemVersion } from './catalogue-schema'
import { inPeriod, OPEN_END } from './dates'
import { effectiveEnds } from './supersession'

/** One benchmark item inside the package that publishes it. */
export type CatalogueEntry = {
  pkg: CataloguePackage
  item: CatalogueItem
  from: string
  to: string
}

export type CompiledCatalogue = {
  /** Published entries per item code, latest effectiveFrom first. */
  byCode: ReadonlyMap<string, readonly CatalogueEntry[]>
  packages: readonly CataloguePackage[]
}

/** Drafts are ignored: only a published benchmark may be applied (APL Art. 34: 应当向社会公布). */
export function compileCatalogue(packages: readonly CataloguePackage[]): CompiledCatalogue {
  const byCode = new Map<string, CatalogueEntry[]>()
  const ends = effectiveEnds(packages)
  for (const pkg of packages) {
    if (pkg.status !== 'published') continue
    for (const item of pkg.items) {
      const list = byCode.get(item.code) ?? []
      list.push({ pkg, item, from: pkg.effectiveFrom, to: ends.get(pkg.id) ?? OPEN_END })
      byCode.set(item.code, list)
    }
  }
  for (const list of byCode.values()) list.sort((a, b) => (a.from < b.from ? 1 : -1))
  return { byCode, packages }
}

/** The benchmark in force on `date`: the latest one whose period contains it. */
export function entryAt(entries: readonly CatalogueEntry[], date: string): CatalogueEntry | null {
  for (const e of entries) if (date >= e.from && date <= e.to) return e
  return null
}

export function versionAt(item: CatalogueItem, date: string): ItemVersion | null {
  for (const v of item.versions) {
    if (inPeriod(date, v.statute.inForceFrom, v.statute.inForceTo)) return v
  }
  return null
}

export function sameStatute(a: ItemVersion, b: ItemVersion): boolean {
  return a.statute.law === b.statute.law && a.statute.version === b.statute.version
}

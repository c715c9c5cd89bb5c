// A published benchmark is immutable, so a revision cannot shorten its predecessor's period by editing
// it. Instead the revision names it in `supersedes`: the predecessor then ends the day before the
// revision takes effect (or at its own effectiveTo, if earlier).
import type { CataloguePackage } from './catalogue-schema'
import { OPEN_END, previousDay } from './dates'

/** The last day each published package is in force, keyed by package id. */
export function effectiveEnds(packages: readonly CataloguePackage[]): Map<string, string> {
  const ends = new Map<string, string>()
  for (const pkg of packages) ends.set(pkg.id, pkg.effectiveTo ?? OPEN_END)
  for (const successor of packages) {
    if (successor.status !== 'published' || !successor.supersedes) continue
    const current = ends.get(successor.supersedes)
    if (current === undefined) continue
    const cut = previousDay(successor.effectiveFrom)
    if (cut < current) ends.set(successor.supersedes, cut)
  }
  return ends
}

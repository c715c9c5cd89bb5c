// How two versions of one record relate, from their lineages alone (issue 8 §2). A lineage is the
// record's version hash and the hashes of the versions it descends from. Clocks never decide: an
// offline machine's clock may be days off, so "newer" means "descends from", nothing else.

export type LineageView = { h: string; a: readonly string[] }

export type Relation =
  /** The same version. */
  | 'same'
  /** The incoming version descends from the local one: take it. */
  | 'incomingNewer'
  /** The local version descends from the incoming one: keep ours. */
  | 'localNewer'
  /** Neither has seen the other: a person chooses. */
  | 'concurrent'

export function relate(local: LineageView, incoming: LineageView): Relation {
  if (local.h === incoming.h) return 'same'
  if (incoming.a.includes(local.h)) return 'incomingNewer'
  if (local.a.includes(incoming.h)) return 'localNewer'
  return 'concurrent'
}

/** A lineage after a local edit: the old version joins the ancestors. */
export function advance(previous: LineageView, newHash: string): LineageView {
  if (previous.h === newHash) return previous
  return { h: newHash, a: [...previous.a, previous.h] }
}

/**
 * The lineage of a resolved conflict: the chosen content, descending from both versions, so neither
 * side's copy comes back as a new conflict and both sides take the resolution as newer.
 */
export function resolved(local: LineageView, incoming: LineageView, keptHash: string): LineageView {
  const seen = new Set<string>()
  const a: string[] = []
  for (const h of [...local.a, local.h, ...incoming.a, incoming.h]) {
    if (h !== keptHash && !seen.has(h)) {
      seen.add(h)
      a.push(h)
    }
  }
  return { h: keptHash, a }
}

/**
 * Sequence numbers of a source that this side has not received, below the incoming one. Packages
 * "since N" carry only changes after N, so N itself (or a full package at or after N) must be there.
 */
export function sequenceGaps(received: readonly number[], incoming: number): number[] {
  const have = new Set(received)
  const gaps: number[] = []
  for (let n = 1; n < incoming; n++) if (!have.has(n)) gaps.push(n)
  return gaps
}

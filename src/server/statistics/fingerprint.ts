// The data fingerprint of a report. Each case_facts row carries two 32-bit slices of the SHA-256 of
// its content (h1, h2); a report's figures come from aggregate queries that also sum those slices
// over the rows they read. The report's data hash is the SHA-256 of those sums and row counts: any
// change to a counted row changes it, yet it costs the queries nothing. It proves which data a
// figure came from, not that nobody tampered with the database — the audit chain does that.
import { createHash, type Hash } from 'node:crypto'
import type { CaseFact } from '../../core/statistics/case-fact'
import { canonicalJson } from '../../core/text/canonical-json'
import type { Counted } from './count'

/** The two hash slices of one fact (unsigned 32-bit integers). */
export function factHashSlices(fact: CaseFact): { h1: number; h2: number } {
  const digest = createHash('sha256').update(canonicalJson(fact)).digest()
  return { h1: digest.readUInt32BE(0), h2: digest.readUInt32BE(4) }
}

/** A hash started with the scope and the fingerprint of the counted rows; callers add the rest. */
export function reportHash(
  scope: { from: string; to: string; unit: string | null; includeRevoked: boolean },
  counted: readonly Counted['fingerprint'][]
): Hash {
  return createHash('sha256').update(canonicalJson({ scope, counted }))
}

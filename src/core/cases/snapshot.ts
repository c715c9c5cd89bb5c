// The auditable content of a case, and the field-by-field difference between two versions of it.
// The history page shows these differences; the audit log stores their digests.
import { canonicalJson } from '../text/canonical-json'
import type { CaseSource, CaseStatus } from './vocabulary'

export type PartySnapshot = Record<string, string>

export type CaseSnapshot = {
  cause: string
  source: CaseSource
  status: CaseStatus
  discoveredOn: string
  filedOn: string | null
  violationOn: string | null
  extendedLimitation: boolean
  facts: string
  officerIds: string[]
  parties: PartySnapshot[]
}

export type FieldChange = { field: keyof CaseSnapshot; before: unknown; after: unknown }

const FIELDS: readonly (keyof CaseSnapshot)[] = [
  'cause',
  'source',
  'status',
  'discoveredOn',
  'filedOn',
  'violationOn',
  'extendedLimitation',
  'facts',
  'officerIds',
  'parties'
]

/** Fields whose values differ; `before` null means the record is new. */
export function diffSnapshots(before: CaseSnapshot | null, after: CaseSnapshot): FieldChange[] {
  const changes: FieldChange[] = []
  for (const field of FIELDS) {
    const a = before ? before[field] : null
    const b = after[field]
    // Canonical form: the same party read back from the database may list its keys in another order.
    if (canonicalJson(a) !== canonicalJson(b)) changes.push({ field, before: a, after: b })
  }
  return changes
}

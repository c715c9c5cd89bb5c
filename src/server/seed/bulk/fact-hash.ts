// statistics/fingerprint.ts factHashSlices for a million facts: the same SHA-256 of the same
// canonical JSON (core/text/canonical-json.ts: keys sorted, undefined left out), but each object
// shape's sorted key order is worked out once instead of sorting the keys of every object. Profiling
// the load showed the per-object sorts as a third of the cost of writing the statistics facts.
import { createHash } from 'node:crypto'
import type { CaseFact } from '../../../core/statistics/case-fact'

const orders = new Map<string, string[]>()

function sortedKeys(value: object): string[] {
  const keys = Object.keys(value)
  const shape = keys.join('\u0000')
  let sorted = orders.get(shape)
  if (!sorted) {
    sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    orders.set(shape, sorted)
  }
  return sorted
}

export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  const record = value as Record<string, unknown>
  let out = ''
  for (const key of sortedKeys(record)) {
    const v = record[key]
    if (v === undefined) continue
    out += `${out === '' ? '' : ','}${JSON.stringify(key)}:${canonical(v)}`
  }
  return `{${out}}`
}

export function seededFactHash(fact: CaseFact): { h1: number; h2: number } {
  const digest = createHash('sha256').update(canonical(fact)).digest()
  return { h1: digest.readUInt32BE(0), h2: digest.readUInt32BE(4) }
}

// Ids of seeded records: UUIDv7 (RFC 9562) like the app's own (src/server/ids.ts), but with the
// 48-bit timestamp taken from the record's created_at and the 74 random bits from the seed's own
// stream. The same seed therefore writes the same ids, so two seeded databases compare by content
// hash, and the ids still sort by creation time.
import type { Rng } from '../prng'

const TWO_32 = 4294967296

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')

export type SeededIds = (createdMs: number) => string

export function seededIdSource(rng: Rng): SeededIds {
  const word = () => Math.floor(rng.next() * TWO_32)
  return (createdMs) => {
    const time = hex(createdMs, 12)
    const a = word()
    const b = word()
    const c = word()
    // version 7, 12 bits rand_a; variant 10, then 62 bits rand_b.
    const randA = 0x7000 | (a & 0xfff)
    const variant = 0x8000 | ((a >>> 12) & 0x3fff)
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${hex(randA, 4)}-${hex(variant, 4)}-${hex(b, 8)}${hex(c & 0xffff, 4)}`
  }
}

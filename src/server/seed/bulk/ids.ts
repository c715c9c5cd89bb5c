// Ids of seeded records: UUIDv7 (RFC 9562) like the app's own (src/server/ids.ts), but with the
// 48-bit timestamp taken from the record's created_at and the 74 random bits from the seed's own
// stream. The same seed therefore writes the same ids, so two seeded databases compare by content
// hash, and the ids still sort by creation time.
import type { Rng } from '../prng'

const TWO_32 = 4294967296

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0')

/** Two hex digits per byte, looked up: the ids of a million cases and their records were 5 % of
 * the planning in a profile when every word went through toString(16) and padStart. */
const BYTE = Array.from({ length: 256 }, (_, i) => hex(i, 2))
const hex32 = (n: number) =>
  (BYTE[(n >>> 24) & 0xff] as string) +
  (BYTE[(n >>> 16) & 0xff] as string) +
  (BYTE[(n >>> 8) & 0xff] as string) +
  (BYTE[n & 0xff] as string)
const hex16 = (n: number) => (BYTE[(n >>> 8) & 0xff] as string) + (BYTE[n & 0xff] as string)

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
    return `${time.slice(0, 8)}-${time.slice(8, 12)}-${hex16(randA)}-${hex16(variant)}-${hex32(b)}${hex16(c & 0xffff)}`
  }
}

import { randomBytes } from 'node:crypto'

export type IdSource = () => string

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Within one millisecond the 12-bit
 * rand_a field counts up, so ids made by one process sort in creation order.
 */
export function uuidv7Source(now: () => number = Date.now): IdSource {
  let lastMs = -1
  let counter = 0
  return () => {
    let ms = now()
    if (ms <= lastMs) {
      counter++
      if (counter > 0xfff) {
        lastMs++
        counter = 0
      }
      ms = lastMs
    } else {
      lastMs = ms
      counter = randomBytes(2).readUInt16BE(0) & 0x7ff
    }
    const rand = randomBytes(8)
    const hex = ms.toString(16).padStart(12, '0')
    const randA = (0x7000 | counter).toString(16)
    const variant = ((rand[0] ?? 0) & 0x3f) | 0x80
    const tail = variant.toString(16).padStart(2, '0') + rand.subarray(1).toString('hex')
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${randA}-${tail.slice(0, 4)}-${tail.slice(4, 16)}`
  }
}

// A small seeded PRNG, so demo data is reproducible: the same seed gives the same sequence on
// every platform and Node version (Math.random cannot be seeded). sfc32 is fast, passes PractRand
// and uses only 32-bit integer arithmetic; its 128-bit state is filled from the seed with
// splitmix32, so nearby seeds (1, 2, 3…) still give unrelated sequences.

export type Rng = {
  /** A float in [0, 1). */
  next: () => number
  /** An integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number
  /** True with probability p. */
  chance: (p: number) => boolean
  /** One item, uniformly. */
  pick: <T>(items: readonly T[]) => T
  /** One item, with probability proportional to its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]) => T
  /** `count` characters drawn from `alphabet`. */
  chars: (alphabet: string, count: number) => string
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) >>> 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
    return (z ^ (z >>> 16)) >>> 0
  }
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed)
  const next = sfc32(init(), init(), init(), init())
  // Discard the first outputs: sfc32's authors recommend a short warm-up.
  for (let i = 0; i < 12; i++) next()

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[int(0, items.length - 1)] as T
  }
  // The weights of a long table are summed once (in the same order, so the sum is the same float);
  // short lists are often built per draw, and summing them is cheaper than remembering them.
  const totals = new WeakMap<readonly unknown[], number>()
  const sum = (entries: readonly (readonly [unknown, number])[]) =>
    entries.reduce((total, [, w]) => total + w, 0)
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    let total = entries.length <= 4 ? sum(entries) : totals.get(entries)
    if (total === undefined) {
      total = sum(entries)
      totals.set(entries, total)
    }
    let roll = next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    const last = entries.at(-1)
    if (!last) throw new Error('weighted pick from an empty list')
    return last[0]
  }
  const chars = (alphabet: string, count: number) => {
    let out = ''
    for (let i = 0; i < count; i++) out += alphabet[int(0, alphabet.length - 1)] ?? ''
    return out
  }
  return { next, int, chance: (p) => next() < p, pick, weighted, chars }
}

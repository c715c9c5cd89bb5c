import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// scrypt with N = 2^15, r = 8, p = 1 (≈ 95 ms on the 2-core reference machine; 32 MiB). Node's default
// maxmem of 32 MiB is exactly the need, so it is raised to leave headroom. The parameters are stored with
// each hash so a later policy can raise them and rehash at login.
const DEFAULT = { N: 2 ** 15, r: 8, p: 1 }
const KEY_LENGTH = 32

function derive(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number }
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => {
      if (error) reject(error)
      else resolve(key)
    })
  })
}

/** `scrypt$N$r$p$salt$hash`, salt and hash base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, DEFAULT)
  return [
    'scrypt',
    DEFAULT.N,
    DEFAULT.r,
    DEFAULT.p,
    salt.toString('base64'),
    key.toString('base64')
  ].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const key = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p)
  })
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A hash no password matches, so unknown user names cost the same time as wrong passwords. */
export const DUMMY_HASH = `scrypt$${DEFAULT.N}$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`

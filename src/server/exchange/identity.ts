// This installation as a package source: a source id and an Ed25519 key pair, made on first export.
// Packages are signed so that a receiving unit can tell a package from the same source apart from a
// forged or altered one (docs/exchange.md: trust on first use, fingerprint shown in the dry run).
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify
} from 'node:crypto'
import type Database from 'better-sqlite3'
import { canonicalJson } from '../../core/text/canonical-json'
import type { Manifest } from '../../shared/schemas/exchange'
import { prepare } from '../db/statements'

export type SourceIdentity = { sourceId: string; publicKey: string; privateKey: string }

export function sourceIdentity(
  db: Database.Database,
  newId: () => string,
  at: string
): SourceIdentity {
  const row = prepare(
    db,
    'SELECT source_id, public_key, private_key FROM exchange_identity WHERE id = 1'
  ).get() as { source_id: string; public_key: string; private_key: string } | undefined
  if (row)
    return { sourceId: row.source_id, publicKey: row.public_key, privateKey: row.private_key }
  const pair = generateKeyPairSync('ed25519')
  const identity = {
    sourceId: newId(),
    publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
  }
  prepare(
    db,
    `INSERT INTO exchange_identity (id, source_id, public_key, private_key, created_at)
     VALUES (1, ?, ?, ?, ?)`
  ).run(identity.sourceId, identity.publicKey, identity.privateKey, at)
  return identity
}

export function signBytes(privateKeyBase64: string, data: Buffer): string {
  const key = createPrivateKey({
    key: Buffer.from(privateKeyBase64, 'base64'),
    format: 'der',
    type: 'pkcs8'
  })
  return sign(null, data, key).toString('base64')
}

/** False for a bad signature and for a key that is not an Ed25519 public key. */
export function verifyBytes(publicKeyBase64: string, data: Buffer, signature: string): boolean {
  try {
    const key = createPublicKey({
      key: Buffer.from(publicKeyBase64, 'base64'),
      format: 'der',
      type: 'spki'
    })
    if (key.asymmetricKeyType !== 'ed25519') return false
    return verify(null, data, key, Buffer.from(signature, 'base64'))
  } catch {
    return false
  }
}

/** The key's fingerprint as people compare it over the phone: 8 groups of 4 hex digits. */
export function keyFingerprint(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex')
  return (hex.slice(0, 32).match(/.{4}/g) ?? []).join(' ')
}

/** The signed part of a manifest: everything but the signature, as canonical JSON. */
export function signedBytes(manifest: Omit<Manifest, 'signature'>): Buffer {
  return Buffer.from(canonicalJson(manifest))
}

// The shape every check shares, so that run.ts can list them in a fixed order.
import type { ReviewConfig } from './config'
import type { ReviewFlag } from './flag'
import type { PeerCase, ReviewSubject } from './types'

export type CheckInput = {
  subject: ReviewSubject
  /** Every peer the server loaded; each check selects the ones it compares with. */
  peers: readonly PeerCase[]
  config: ReviewConfig
}

export type Check = (input: CheckInput) => readonly ReviewFlag[]

/** The empty result, shared: frozen so that no caller can add to it. */
export const NONE: readonly ReviewFlag[] = Object.freeze([])

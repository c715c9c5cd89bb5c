// The peer group of a case (domain.md §9.1): same violation item, same benchmark version and same
// level, decided in the rolling window before `asOf`, the case itself excluded. Cases of other units
// are peers too once consolidated data is loaded; the server decides which it passes in.
import { addMonths } from '../discretion/dates'
import type { ReviewConfig } from './config'
import type { PeerCase, ReviewSubject } from './types'

/** (from, to]: decided after `from` and on or before `to`. */
export type Window = { from: string; to: string }

export function peerWindow(asOf: string, months: number): Window {
  return { from: addMonths(asOf, -months), to: asOf }
}

export function inWindow(date: string, w: Window): boolean {
  return date > w.from && date <= w.to
}

export function selectPeers(
  subject: ReviewSubject,
  peers: readonly PeerCase[],
  config: ReviewConfig
): { window: Window; peers: PeerCase[] } {
  const window = peerWindow(subject.asOf, config.peer.windowMonths.value)
  return {
    window,
    peers: peers.filter(
      (p) =>
        p.caseId !== subject.caseId &&
        p.itemCode === subject.itemCode &&
        p.benchmarkId === subject.benchmarkId &&
        p.level === subject.level &&
        inWindow(p.decidedOn, window)
    )
  }
}

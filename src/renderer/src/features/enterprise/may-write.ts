// Who may write on the enterprise screens, mirroring src/server/permissions.ts: the page hides forms
// the server would refuse (the server still decides).
import type { UserView } from '../../../../shared/views'

/** Clue steps and the recovered-loss ledger: officers, legal reviewers and heads. */
export function mayWriteClues(user: UserView): boolean {
  return user.roles.some((r) => r === 'officer' || r === 'reviewer' || r === 'head')
}

/** The inspection log: officers and heads. */
export function mayWriteInspections(user: UserView): boolean {
  return user.roles.some((r) => r === 'officer' || r === 'head')
}

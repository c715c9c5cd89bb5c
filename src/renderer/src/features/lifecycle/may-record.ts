import type { Role } from '../../../../core/cases/vocabulary'
import {
  needsHead,
  needsReviewer,
  type LifecycleActionKind
} from '../../../../core/lifecycle/actions'

/**
 * Whether the signed-in user may record the action: the case's own officers or a head; legal review
 * by a reviewer who is not an officer on the case; approvals by a head. The server enforces this;
 * the page only hides buttons it would refuse.
 */
export function mayRecord(kind: LifecycleActionKind, roles: readonly Role[], onCase: boolean) {
  if (needsReviewer(kind)) return roles.includes('reviewer') && !onCase
  if (needsHead(kind)) return roles.includes('head')
  return roles.includes('head') || (roles.includes('officer') && onCase)
}

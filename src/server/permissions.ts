import type { Role } from '../core/cases/vocabulary'
import type { Method } from '../shared/api'

/**
 * Who may call each handler. 'public' needs no session; 'signedIn' needs any active user; a role list
 * needs one of those roles. Row-level rules (e.g. only a case's own officers edit it) live in the
 * handlers. The record type makes the compiler demand an entry for every handler.
 */
export type Permission = 'public' | 'signedIn' | readonly Role[]

export const PERMISSIONS: Record<Method, Permission> = {
  'session/status': 'public',
  'session/setup': 'public',
  'session/login': 'public',
  'session/logout': 'signedIn',
  'users/list': ['admin'],
  'users/officers': 'signedIn',
  'users/create': ['admin'],
  'users/update': ['admin'],
  'users/reset-password': ['admin'],
  'cases/create': ['officer'],
  'cases/update': ['officer', 'head'],
  'cases/get': 'signedIn',
  'cases/list': 'signedIn',
  'cases/count': 'signedIn',
  'cases/delete': ['officer', 'head'],
  'cases/history': 'signedIn',
  'cases/clocks': 'signedIn',
  'cases/progress': 'signedIn',
  // Row-level: a case's own officers or a head; legal review by a reviewer who is not an officer on
  // the case; approvals (extension, deferral, archiving) by a head. See lifecycle/handlers.ts.
  'cases/act': ['officer', 'reviewer', 'head'],
  'payments/record': ['officer', 'head'],
  'documents/list': 'signedIn',
  'documents/issue': ['officer', 'head'],
  'documents/file': 'signedIn',
  // Row-level: an officer reserves only for themselves; heads and admins for any officer.
  'numbers/reserve': ['officer', 'head', 'admin'],
  'numbers/blocks': 'signedIn',
  'numbers/void': ['officer', 'head'],
  'evidence/add': ['officer', 'head'],
  'evidence/list': 'signedIn',
  'evidence/open': 'signedIn',
  'evidence/withdraw': ['officer', 'head'],
  'review/case': 'signedIn',
  // Row-level: never on a case the reviewer handles as an officer (APL Art. 58).
  'review/verdict': ['reviewer'],
  'review/queue': ['reviewer', 'head'],
  'review/report': ['reviewer', 'head', 'admin'],
  'review/report-file': ['reviewer', 'head', 'admin'],
  'dashboard/deadlines': 'signedIn',
  'discretion/items': 'signedIn',
  'discretion/preview': 'signedIn',
  'discretion/apply': ['officer', 'head'],
  'discretion/evaluations': 'signedIn',
  'catalogue/packages': 'signedIn',
  'catalogue/save-draft': ['admin'],
  'catalogue/publish': ['admin'],
  'publicService/catalogue': 'signedIn',
  'publicService/list': 'signedIn',
  // Row-level: the case's own officers or a head (public service is part of the case file).
  'publicService/apply': ['officer', 'head'],
  'publicService/verify': ['officer', 'head'],
  'publicService/withdraw': ['officer', 'head'],
  'fastTrack/mark': ['officer', 'head'],
  'fastTrack/list': 'signedIn',
  'education/get': 'signedIn',
  'education/follow-up': ['officer', 'head'],
  'education/due': 'signedIn',
  'flexible/summary': 'signedIn',
  // Enterprise supervision (执法监督): recorded by supervisors (the reviewer role), heads and officers.
  'clues/register': ['officer', 'reviewer', 'head'],
  'clues/step': ['officer', 'reviewer', 'head'],
  'clues/list': 'signedIn',
  'clues/get': 'signedIn',
  // The ledger has no edit and no delete handler: a correction is a reversing entry.
  'losses/record': ['officer', 'reviewer', 'head'],
  'losses/reverse': ['officer', 'reviewer', 'head'],
  'losses/list': 'signedIn',
  'losses/totals': 'signedIn',
  'inspections/record': ['officer', 'head'],
  'inspections/void': ['officer', 'head'],
  'inspections/list': 'signedIn',
  'inspections/stats': 'signedIn',
  'stats/period': 'signedIn',
  'stats/series': 'signedIn',
  'stats/units': 'signedIn',
  'stats/drill': 'signedIn',
  // Row-level: a job's status and file only for the user who started it.
  'exports/start': 'signedIn',
  'exports/status': 'signedIn',
  'exports/file': 'signedIn',
  'exports/column-sets': 'signedIn',
  'exports/save-column-set': 'signedIn',
  // A decision revoked by 复议, a court or the agency's own correction: recorded by a head.
  'cases/revoke': ['head'],
  // Period close (结账): the head closes; reopening a closed period is the administrator's, with a
  // reason (issue 8 §4).
  'periods/list': 'signedIn',
  'periods/close': ['head'],
  'periods/reopen': ['admin'],
  // Consolidation (issue 8): the department's head or administrator sends and receives packages;
  // reviewers may read what arrived. A conflict is the head's to resolve. Import jobs are row-level
  // (only the user who started one sees or applies it).
  'exchange/overview': ['head', 'admin', 'reviewer'],
  'exchange/export': ['head', 'admin'],
  'exchange/inspect': ['head', 'admin'],
  'exchange/import-status': ['head', 'admin'],
  'exchange/apply': ['head', 'admin'],
  'exchange/receipts': ['head', 'admin', 'reviewer'],
  'exchange/receipt-file': ['head', 'admin', 'reviewer'],
  'exchange/conflicts': ['head', 'admin', 'reviewer'],
  'exchange/resolve': ['head'],
  // Backups (issue 9 §2) are the administrator's alone, listing included: the glossary gives backups
  // to the admin role, no other role has a page for them, and a restore signs everybody out.
  'backups/list': ['admin'],
  'backups/create': ['admin'],
  'backups/verify': ['admin'],
  'backups/restore': ['admin']
}

export function allows(permission: Permission, roles: readonly Role[] | null): boolean {
  if (permission === 'public') return true
  if (roles === null) return false
  if (permission === 'signedIn') return true
  return permission.some((r) => roles.includes(r))
}

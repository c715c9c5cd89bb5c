// How a package's scope and dates read on the exchange screens, and who may do what there.
import type { PackageScope } from '../../../../shared/schemas/exchange'
import type { UserView } from '../../../../shared/views'
import type { useI18n } from '../../i18n/i18n'

type Translate = ReturnType<typeof useI18n>['t']

export function scopeText(t: Translate, scope: PackageScope): string {
  switch (scope.kind) {
    case 'all':
      return t('exchange.scope.all')
    case 'period':
      return t('exchange.scope.period', { from: scope.from, to: scope.to })
    case 'since':
      return t('exchange.scope.since', { n: scope.afterSequence })
  }
}

/** The case, clue and ledger dates a package covers (none for a package of accounts only). */
export function coverageText(t: Translate, c: { from: string | null; to: string | null }): string {
  if (c.from === null || c.to === null) return t('exchange.coverage.none')
  return t('exchange.coverage', { from: c.from, to: c.to })
}

// Mirrors src/server/permissions.ts: the page hides what the server would refuse (it still decides).

/** Export and import: heads and administrators. */
export function mayTransfer(user: UserView): boolean {
  return user.roles.some((r) => r === 'head' || r === 'admin')
}

/** Resolving a conflict: the head only. */
export function mayResolve(user: UserView): boolean {
  return user.roles.includes('head')
}

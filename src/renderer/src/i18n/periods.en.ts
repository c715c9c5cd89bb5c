import type { periodsZh } from './periods.zh'

// UI strings of period close (结账, issue 8 §4), English. Figure names stay as the reports print them.
export const periodsEn: Record<keyof typeof periodsZh, string> = {
  'periods.title': 'Period close',
  'periods.intro':
    'Closing a period freezes its figures; records dated inside it can no longer be entered or changed, and later corrections are entered in the current period as adjustments. Only the administrator can reopen a period, with a reason.',
  'periods.none': 'No period has been closed.',
  'periods.col.period': 'Period',
  'periods.col.scope': 'Scope',
  'periods.col.closed': 'Closed',
  'periods.col.status': 'Status',
  'periods.col.hash': 'Data hash',
  'periods.scope.own': 'This unit',
  'periods.scope.all': 'All units (consolidated)',
  'periods.by': '{by}, {at}',
  'periods.status.closed': 'Closed',
  'periods.status.reopened': 'Reopened ({by}, {at}): {reason}',
  'periods.close': 'Close {from} to {to}',
  'periods.closeWarning':
    'Closing freezes the figures of {from} to {to}; records dated inside the period can no longer be entered or changed. Close it?',
  'periods.closeConfirm': 'Close the period',
  'periods.notOver':
    'The chosen period is not over yet (it ends after today) and cannot be closed.',
  'periods.reopen': 'Reopen',
  'periods.reopenTitle': 'Reopen {from} to {to}',
  'periods.reopenReason': 'Reason for reopening',
  'periods.reopenConfirm': 'Reopen the period',
  'periods.banner':
    'Closed: figures frozen at {at} (closed by {by}). These are the figures as closed; later corrections are under “Adjustments”.',
  'periods.adjustments': 'Adjustments (corrections since the close)',
  'periods.adjustmentsOf': '{from} to {to}, closed {at}',
  'periods.adj.figure': 'Figure',
  'periods.adj.frozen': 'At close',
  'periods.adj.live': 'Now',
  'periods.adj.delta': 'Adjustment'
}

// The one contract across every process boundary: handler name → input schema, and → output type.
// The server map, the Electron bridge, the HTTP host, the CLI and the renderer client all derive from it.
import type { z } from 'zod'
import {
  emptyInput,
  loginInput,
  officerListInput,
  setupInput,
  userCreateInput,
  userPasswordResetInput,
  userUpdateInput
} from './schemas/accounts'
import {
  caseCountInput,
  caseCreateInput,
  caseDeleteInput,
  caseListInput,
  caseRefInput,
  caseUpdateInput,
  deadlinesInput
} from './schemas/cases'
import {
  caseRefForDiscretion,
  catalogueItemsInput,
  cataloguePackageRefInput,
  cataloguePackageSaveInput,
  discretionApplyInput,
  discretionPreviewInput
} from './schemas/discretion'
import {
  caseActInput,
  caseIdInput,
  documentFileInput,
  documentIssueInput,
  evidenceAddInput,
  evidenceRefInput,
  evidenceWithdrawInput,
  numberReserveInput,
  numberVoidInput,
  paymentRecordInput
} from './schemas/lifecycle'
import {
  reviewCaseInput,
  reviewReportFileInput,
  reviewReportInput,
  reviewVerdictInput
} from './schemas/review'
import {
  clueListInput,
  clueRefInput,
  clueRegisterInput,
  clueStepInput,
  inspectionListInput,
  inspectionRecordInput,
  inspectionStatsInput,
  inspectionVoidInput,
  lossListInput,
  lossRecordInput,
  lossReverseInput,
  periodInput
} from './schemas/enterprise'
import {
  fastTrackMarkInput,
  flexiblePeriodInput,
  followUpInput,
  publicServiceApplyInput,
  publicServiceVerifyInput,
  publicServiceWithdrawInput
} from './schemas/flexible'
import type {
  ClueDetailView,
  ClueView,
  InspectionStatsView,
  InspectionView,
  LossEntryView,
  LossHistoryView,
  LossTotalsView
} from './enterprise-views'
import type {
  EducationView,
  FastTrackRow,
  FastTrackView,
  FlexibleSummaryView,
  PublicServiceItemView,
  PublicServiceView
} from './flexible-views'
import {
  caseRevokeInput,
  columnSetListInput,
  columnSetSaveInput,
  exportJobInput,
  exportStartInput,
  statsDrillInput,
  statsPeriodInput
} from './schemas/statistics'
import { periodCloseInput, periodListInput, periodReopenInput } from './schemas/periods'
import {
  conflictResolveInput,
  importRefInput,
  packageExportInput,
  packageInspectInput,
  receiptRefInput
} from './schemas/exchange'
import type {
  ConflictView,
  ExchangeOverview,
  ImportJobView,
  ReceiptListItem
} from './exchange-views'
import type { PeriodCloseView } from './period-views'
import { backupCreateInput, backupListInput, backupRefInput } from './schemas/backups'
import type { BackupCheckView, BackupListView, BackupView, RestoreView } from './backup-views'
import type {
  ColumnSetView,
  DrillDownView,
  ExportJobView,
  RevocationView,
  StatisticsSeriesView,
  UnitsView,
  StatisticsView
} from './statistics-views'
import type {
  CaseReviewView,
  ConsistencyReportView,
  ReviewFlagView,
  ReviewQueueItem
} from './review-views'
import type {
  CaseProgressView,
  DocumentView,
  EvidenceView,
  FileContentView,
  NumberBlockView,
  PaymentView
} from './lifecycle-views'
import type {
  AuditEntryView,
  CaseClockView,
  CaseDetail,
  CaseEvaluationView,
  CatalogueItemView,
  CataloguePackageView,
  DeadlinesView,
  DiscretionPreview,
  CaseCount,
  CasePage,
  OfficerView,
  SessionStatus,
  SessionView,
  UserView
} from './views'

export const inputSchemas = {
  'session/status': emptyInput,
  'session/setup': setupInput,
  'session/login': loginInput,
  'session/logout': emptyInput,
  'users/list': emptyInput,
  'users/officers': officerListInput,
  'users/create': userCreateInput,
  'users/update': userUpdateInput,
  'users/reset-password': userPasswordResetInput,
  'cases/create': caseCreateInput,
  'cases/update': caseUpdateInput,
  'cases/get': caseRefInput,
  'cases/list': caseListInput,
  'cases/count': caseCountInput,
  'cases/delete': caseDeleteInput,
  'cases/history': caseRefInput,
  'cases/clocks': caseRefInput,
  'cases/progress': caseRefInput,
  'cases/act': caseActInput,
  'payments/record': paymentRecordInput,
  'documents/list': caseIdInput,
  'documents/issue': documentIssueInput,
  'documents/file': documentFileInput,
  'numbers/reserve': numberReserveInput,
  'numbers/blocks': emptyInput,
  'numbers/void': numberVoidInput,
  'evidence/add': evidenceAddInput,
  'evidence/list': caseIdInput,
  'evidence/open': evidenceRefInput,
  'evidence/withdraw': evidenceWithdrawInput,
  'review/case': reviewCaseInput,
  'review/verdict': reviewVerdictInput,
  'review/queue': emptyInput,
  'review/report': reviewReportInput,
  'review/report-file': reviewReportFileInput,
  'dashboard/deadlines': deadlinesInput,
  'discretion/items': catalogueItemsInput,
  'discretion/preview': discretionPreviewInput,
  'discretion/apply': discretionApplyInput,
  'discretion/evaluations': caseRefForDiscretion,
  'catalogue/packages': emptyInput,
  'catalogue/save-draft': cataloguePackageSaveInput,
  'catalogue/publish': cataloguePackageRefInput,
  'publicService/catalogue': emptyInput,
  'publicService/list': caseIdInput,
  'publicService/apply': publicServiceApplyInput,
  'publicService/verify': publicServiceVerifyInput,
  'publicService/withdraw': publicServiceWithdrawInput,
  'fastTrack/mark': fastTrackMarkInput,
  'fastTrack/list': flexiblePeriodInput,
  'education/get': caseIdInput,
  'education/follow-up': followUpInput,
  'education/due': emptyInput,
  'flexible/summary': flexiblePeriodInput,
  'clues/register': clueRegisterInput,
  'clues/step': clueStepInput,
  'clues/list': clueListInput,
  'clues/get': clueRefInput,
  'losses/record': lossRecordInput,
  'losses/reverse': lossReverseInput,
  'losses/list': lossListInput,
  'losses/totals': periodInput,
  'inspections/record': inspectionRecordInput,
  'inspections/void': inspectionVoidInput,
  'inspections/list': inspectionListInput,
  'inspections/stats': inspectionStatsInput,
  'stats/period': statsPeriodInput,
  'stats/series': statsPeriodInput,
  'stats/units': statsPeriodInput,
  'stats/drill': statsDrillInput,
  'exports/start': exportStartInput,
  'exports/status': exportJobInput,
  'exports/file': exportJobInput,
  'exports/column-sets': columnSetListInput,
  'exports/save-column-set': columnSetSaveInput,
  'cases/revoke': caseRevokeInput,
  'periods/list': periodListInput,
  'periods/close': periodCloseInput,
  'periods/reopen': periodReopenInput,
  'exchange/overview': emptyInput,
  'exchange/export': packageExportInput,
  'exchange/inspect': packageInspectInput,
  'exchange/import-status': importRefInput,
  'exchange/apply': importRefInput,
  'exchange/receipts': emptyInput,
  'exchange/receipt-file': receiptRefInput,
  'exchange/conflicts': emptyInput,
  'exchange/resolve': conflictResolveInput,
  'backups/list': backupListInput,
  'backups/create': backupCreateInput,
  'backups/verify': backupRefInput,
  'backups/restore': backupRefInput
} as const

export type Method = keyof typeof inputSchemas

export type Outputs = {
  'session/status': SessionStatus
  'session/setup': SessionView
  'session/login': SessionView
  'session/logout': { ok: true }
  'users/list': UserView[]
  'users/officers': OfficerView[]
  'users/create': UserView
  'users/update': UserView
  'users/reset-password': { ok: true }
  'cases/create': CaseDetail
  'cases/update': CaseDetail
  'cases/get': CaseDetail
  'cases/list': CasePage
  'cases/count': CaseCount
  'cases/delete': { ok: true }
  'cases/history': AuditEntryView[]
  'cases/clocks': CaseClockView[]
  'cases/progress': CaseProgressView
  'cases/act': CaseProgressView
  'payments/record': PaymentView
  'documents/list': DocumentView[]
  'documents/issue': DocumentView
  'documents/file': FileContentView
  'numbers/reserve': NumberBlockView
  'numbers/blocks': NumberBlockView[]
  'numbers/void': NumberBlockView
  'evidence/add': EvidenceView
  'evidence/list': EvidenceView[]
  'evidence/open': FileContentView
  'evidence/withdraw': EvidenceView
  'review/case': CaseReviewView
  'review/verdict': ReviewFlagView
  'review/queue': ReviewQueueItem[]
  'review/report': ConsistencyReportView
  'review/report-file': FileContentView
  'dashboard/deadlines': DeadlinesView
  'discretion/items': CatalogueItemView[]
  'discretion/preview': DiscretionPreview
  'discretion/apply': CaseEvaluationView
  'discretion/evaluations': CaseEvaluationView[]
  'catalogue/packages': CataloguePackageView[]
  'catalogue/save-draft': CataloguePackageView
  'catalogue/publish': CataloguePackageView
  'publicService/catalogue': PublicServiceItemView[]
  'publicService/list': PublicServiceView[]
  'publicService/apply': PublicServiceView
  'publicService/verify': PublicServiceView
  'publicService/withdraw': PublicServiceView
  'fastTrack/mark': FastTrackRow
  'fastTrack/list': FastTrackView
  'education/get': EducationView | null
  'education/follow-up': EducationView
  'education/due': EducationView[]
  'flexible/summary': FlexibleSummaryView
  'clues/register': ClueDetailView
  'clues/step': ClueDetailView
  'clues/list': ClueView[]
  'clues/get': ClueDetailView
  'losses/record': LossEntryView
  'losses/reverse': LossEntryView
  'losses/list': LossHistoryView
  'losses/totals': LossTotalsView
  'inspections/record': InspectionView
  'inspections/void': InspectionView
  'inspections/list': InspectionView[]
  'inspections/stats': InspectionStatsView
  'stats/period': StatisticsView
  'stats/series': StatisticsSeriesView
  'stats/units': UnitsView
  'stats/drill': DrillDownView
  'exports/start': ExportJobView
  'exports/status': ExportJobView
  'exports/file': FileContentView
  'exports/column-sets': ColumnSetView[]
  'exports/save-column-set': ColumnSetView
  'cases/revoke': RevocationView
  'periods/list': PeriodCloseView[]
  'periods/close': PeriodCloseView
  'periods/reopen': PeriodCloseView
  'exchange/overview': ExchangeOverview
  'exchange/export': ExportJobView
  'exchange/inspect': ImportJobView
  'exchange/import-status': ImportJobView
  'exchange/apply': ImportJobView
  'exchange/receipts': ReceiptListItem[]
  'exchange/receipt-file': FileContentView
  'exchange/conflicts': ConflictView[]
  'exchange/resolve': ConflictView
  'backups/list': BackupListView
  'backups/create': BackupView
  'backups/verify': BackupCheckView
  'backups/restore': RestoreView
}

/** What a caller sends (before defaults and transforms). */
export type Input<M extends Method> = z.input<(typeof inputSchemas)[M]>
/** What a handler receives (after validation). */
export type ParsedInput<M extends Method> = z.output<(typeof inputSchemas)[M]>
export type Output<M extends Method> = Outputs[M]

export const METHODS = Object.keys(inputSchemas) as Method[]

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(inputSchemas, name)
}

/** The bridge the preload exposes to the renderer: one generic call, nothing else. */
export type Bridge = {
  invoke: (method: string, input: unknown, sessionToken: string | null) => Promise<unknown>
}

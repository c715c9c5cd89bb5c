// Handlers of 轻微速罚 (the fast-track mark and list), the education after a no-penalty decision and
// its follow-up (APL Art. 33 ¶3), and the flexible-enforcement figures of a period (domain.md §5).
// Every write is one transaction with its audit entry.
import { followUpDue, followUpListEnd, followUpRefusal } from '../../core/flexible/education'
import { OPEN_STATUSES } from '../../core/flexible/fast-track'
import { AppError } from '../../shared/errors'
import type { EducationView } from '../../shared/flexible-views'
import type { UserView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { liveCase, todayOf } from '../lifecycle/state'
import { getUnit } from '../unit/repo'
import {
  educationOfDecided,
  getEducation,
  parseForms,
  pendingEducation,
  recordFollowUp,
  type EducationRow
} from './education-repo'
import { onFastTrack, toFastTrackRow } from './flexible-facts'
import { queryParams } from '../statistics/count'
import { countWithHash } from '../statistics/period-view'
import { statsScope } from '../statistics/scope'
import { flexibleCaseRow, flexibleCaseRows, getMark, insertMark } from './flexible-repo'

function educationView(r: EducationRow, today: string): EducationView {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    forms: parseForms(r.forms),
    content: r.content,
    educatedOn: r.educated_on,
    followUpOn: r.follow_up_on,
    followedUpOn: r.followed_up_on,
    followUpResult: r.follow_up_result,
    due: followUpDue({ followUpOn: r.follow_up_on, followedUpOn: r.followed_up_on }, today)
  }
}

/** The case's officers or a head act on the case (as for its procedure steps). */
function checkHandles(
  user: UserView,
  row: { officer1_id: string; officer2_id: string },
  what: string
) {
  if (user.roles.includes('head') || row.officer1_id === user.id || row.officer2_id === user.id)
    return
  throw new AppError('FORBIDDEN', `只有本案的办案人员或负责人可以${what}。`)
}

function unitCode(ctx: CallContext): string {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  return unit.code
}

const mark: Handler<'fastTrack/mark'> = (input, ctx) => {
  const user = actingUser(ctx)
  const origin = unitCode(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const c = liveCase(ctx, input.caseId)
    checkHandles(user, c, '标记简案快办')
    if (!OPEN_STATUSES.includes(c.status)) {
      throw new AppError('REFUSED', '简案快办须在作出决定之前标记；本案已作出决定或已终结。')
    }
    if (getMark(ctx.db, input.caseId)) {
      throw new AppError('REFUSED', '本案已标记为简案快办，标记只记录一次。')
    }
    insertMark(ctx.db, {
      caseId: input.caseId,
      reason: input.reason,
      originUnit: origin,
      createdBy: user.id,
      createdAt: at
    })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'fastTrack/mark',
      entity: 'case',
      entityId: input.caseId,
      after: { reason: input.reason },
      detail: { changes: [{ field: 'fastTrack', before: false, after: true }] }
    })
    const row = flexibleCaseRow(ctx.db, input.caseId)
    if (!row) throw new Error('case vanished after marking')
    return toFastTrackRow(row)
  })()
}

/** Fast-track cases decided in the period, then those still open: undecided first, then the latest
 * decisions. */
const list: Handler<'fastTrack/list'> = (input, ctx) => {
  const rows = flexibleCaseRows(ctx.db, { ...input, includeOpen: true })
    .map(toFastTrackRow)
    .filter(onFastTrack)
    .sort((a, b) => {
      const da = a.decidedOn ?? '9999-12-31'
      const db = b.decidedOn ?? '9999-12-31'
      if (da !== db) return da < db ? 1 : -1
      return a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0
    })
  return { from: input.from, to: input.to, rows }
}

const getOne: Handler<'education/get'> = (input, ctx) => {
  liveCase(ctx, input.caseId)
  const row = getEducation(ctx.db, input.caseId)
  return row ? educationView(row, todayOf(ctx)) : null
}

const followUp: Handler<'education/follow-up'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  const today = todayOf(ctx)
  return ctx.db.transaction(() => {
    const c = liveCase(ctx, input.caseId)
    checkHandles(user, c, '记录回访')
    const before = getEducation(ctx.db, input.caseId)
    if (!before) {
      throw new AppError('REFUSED', '本案没有不予行政处罚后的教育记录，无从回访。')
    }
    const refusal = followUpRefusal(
      { educatedOn: before.educated_on, followedUpOn: before.followed_up_on },
      { on: input.on, decidedOn: before.decided_on ?? before.educated_on, today }
    )
    if (refusal) throw new AppError('REFUSED', refusal.message)
    if (!recordFollowUp(ctx.db, { ...input, by: user.id })) {
      throw new AppError('CONFLICT', '回访已由他人记录，请刷新。')
    }
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'education/follow-up',
      entity: 'case',
      entityId: input.caseId,
      after: { on: input.on, result: input.result },
      detail: { changes: [{ field: 'followedUpOn', before: null, after: input.on }] }
    })
    const after = getEducation(ctx.db, input.caseId)
    if (!after) throw new Error('education record vanished after the follow-up')
    return educationView(after, today)
  })()
}

/** Follow-ups not yet recorded whose date has come (`due`) or comes within the notice days. */
const due: Handler<'education/due'> = (_input, ctx) => {
  const today = todayOf(ctx)
  return pendingEducation(ctx.db, followUpListEnd(today)).map((r) => educationView(r, today))
}

/** The figures of #/flexible are the statistics' own (one tally over case_facts), so this page and
 * the statistics dashboard can never disagree; education comes from its records. */
const summary: Handler<'flexible/summary'> = (input, ctx) => {
  const scope = statsScope(ctx, input)
  const { counted: t } = countWithHash(ctx, scope)
  return {
    from: input.from,
    to: input.to,
    decided: t.counts.decided,
    firstViolationExempt: t.counts.firstViolationExempt,
    minorExempt: t.counts.minorExempt,
    noPenaltyTotal: t.counts.noPenalty,
    publicService: {
      cases: t.counts.publicService,
      tenths: {
        hours: t.amounts.publicServiceHoursTenths,
        points: t.amounts.publicServicePointsTenths
      },
      offsetFen: t.amounts.publicServiceOffsetFen
    },
    fastTrack: {
      decided: t.counts.fastTrack,
      sharePermille: t.fastTrackPermille,
      averageDays: t.fastTrackAverageDays
    },
    education: educationOfDecided(ctx.db, queryParams(scope.period, scope.unitCode, scope.options))
  }
}

export const flexibleHandlers = {
  'fastTrack/mark': mark,
  'fastTrack/list': list,
  'education/get': getOne,
  'education/follow-up': followUp,
  'education/due': due,
  'flexible/summary': summary
}

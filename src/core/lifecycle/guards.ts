// The legal guards of the case procedure (domain.md §1.4): whether an action may be recorded now,
// and if not, which step is missing and under which rule. Pure: the calendar, today's date and the
// payments are passed in.
import { yuanFixedText } from '../discretion/money'
import { assertNever } from '../assert'
import type { CaseStatus, PartyKind } from '../cases/vocabulary'
import type { WorkingCalendar } from '../clocks/calendar'
import { decisionDeadline } from '../clocks/decision'
import { hearingNoticeDeadline, hearingRequestDeadline } from '../clocks/procedure'
import {
  courtApplicationStart,
  reminderPeriodDeadline,
  seizureDeadline
} from '../clocks/enforcement'
import { addWorkingDays } from '../clocks/working-days'
import { dateZh } from '../discretion/citation'
import { educationRefusal } from '../flexible/education'
import { addYears } from '../discretion/dates'
import type { LifecycleAction } from './actions'
import { balanceOf, type PaymentEntry } from './execution'
import {
  hearingRight,
  heavierThan,
  penaltyShapeProblem,
  simpleProcedureRefusal,
  type HearingThresholds,
  type PenaltyDecision
} from './penalty'
import { decisionPauses, openSeizure, type CaseProgress } from './progress'
import { refuse, type Refusal } from './refusal'

export type GuardContext = {
  calendar: WorkingCalendar
  /** Today in Asia/Shanghai: no step may be dated later. */
  today: string
  partyKinds: readonly PartyKind[]
  hearingThresholds: HearingThresholds
  discoveredOn: string
  /** 违法行为发生日, or the day a continuing act ended (APL Art. 36). */
  violationOn: string | null
  /** Art. 36 five years: life, health, safety or financial security, with harmful consequences. */
  extendedLimitation: boolean
  /** Working days after the notice in which the party may state its case (configurable). */
  statementWorkingDays: number
  payments: readonly PaymentEntry[]
  /** The benchmark evaluation in force on the case, for the approval rule; null when none. */
  benchmark: BenchmarkContext | null
  /** Why 法制审核 is required besides the investigation's finding and a hearing (the engine's
   * required steps, the unit's own list under APL Art. 58 ¶1(4)); null when nothing else requires it. */
  reviewRequiredBy: string | null
}

/**
 * What the decision is measured against: the proposed fine range and whether the evaluation already
 * recorded a deviation or a 减轻. Which of them need approval is the unit's configuration (Hubei 2023
 * notice: principal-head approval or collective discussion; unit-config.yaml collectiveDiscussion).
 */
export type BenchmarkContext = {
  proposedFine: { minFen: number; maxFen: number } | null
  deviationRecorded: boolean
  mitigated: boolean
  approvalForDeviation: boolean
  approvalForMitigated: boolean
  /** The configured source of the approval rule, printed in the refusal. */
  source: string
}

/** Why the decision needs the head's approval or a collective discussion, or null. */
export function approvalNeed(
  b: BenchmarkContext | null,
  decided: PenaltyDecision | null
): string | null {
  if (!b) return null
  if (b.approvalForMitigated && b.mitigated) return '本案拟减轻处罚'
  if (!b.approvalForDeviation) return null
  if (b.deviationRecorded) return '裁量结果偏离裁量基准的建议'
  const fine = decided?.fineFen ?? null
  if (
    fine !== null &&
    b.proposedFine &&
    (fine < b.proposedFine.minFen || fine > b.proposedFine.maxFen)
  ) {
    return `决定罚款${yuanFixedText(fine)}超出裁量基准建议的${yuanFixedText(b.proposedFine.minFen)}至${yuanFixedText(b.proposedFine.maxFen)}`
  }
  return null
}

export const STATUS_ZH: Record<CaseStatus, string> = {
  REGISTERED: '线索登记',
  FILED: '已立案',
  INVESTIGATING: '调查中',
  NOTIFIED: '已告知',
  UNDER_REVIEW: '审核中',
  DECIDED: '已决定',
  SERVED: '已送达',
  EXECUTING: '执行中',
  CLOSED: '已结案',
  ARCHIVED: '已归档',
  DECLINED: '不予立案',
  TRANSFERRED: '已移送'
}

const APL = '《中华人民共和国行政处罚法》'

function stage(p: CaseProgress, allowed: readonly CaseStatus[], what: string): Refusal | null {
  if (allowed.includes(p.status)) return null
  return refuse(
    'WRONG_STAGE',
    `案件处于“${STATUS_ZH[p.status]}”阶段，不能${what}；须处于${allowed.map((s) => `“${STATUS_ZH[s]}”`).join('或')}阶段。`
  )
}

function notBefore(on: string, earlier: string | null, step: string): Refusal | null {
  if (earlier === null || on >= earlier) return null
  return refuse('DATE_ORDER', `日期（${dateZh(on)}）不能早于${step}（${dateZh(earlier)}）。`)
}

/** APL Art. 36: whether the act was discovered within the limitation period. */
export function limitationRefusal(
  violationOn: string | null,
  extended: boolean,
  discoveredOn: string,
  step: '立案' | '当场作出处罚决定' = '立案'
): Refusal | null {
  if (violationOn === null) {
    return refuse(
      'MISSING_STEP',
      `${step}须填写违法行为发生日（连续或者继续状态的，为行为终了日），以核对追责时效（${APL}第三十六条）。`
    )
  }
  if (violationOn > discoveredOn) {
    return refuse('DATE_ORDER', '违法行为发生日不能晚于发现日。')
  }
  const years = extended ? 5 : 2
  const lastDay = addYears(violationOn, years)
  if (discoveredOn > lastDay) {
    return refuse(
      'DEADLINE',
      `违法行为自${dateZh(violationOn)}起${years === 5 ? '五' : '二'}年内未被发现（最后一日为${dateZh(lastDay)}，发现于${dateZh(discoveredOn)}），不再给予行政处罚，不得${step}（${APL}第三十六条）。`
    )
  }
  return null
}

const BEFORE_DECISION: readonly CaseStatus[] = [
  'FILED',
  'INVESTIGATING',
  'UNDER_REVIEW',
  'NOTIFIED'
]

/** The last day for statements after a notice (configurable working days, see GuardContext). */
export function statementDue(ctx: GuardContext, notifiedOn: string) {
  return addWorkingDays(ctx.calendar, notifiedOn, ctx.statementWorkingDays)
}

function decideRefusal(
  p: CaseProgress,
  a: Extract<LifecycleAction, { kind: 'decide' }>,
  ctx: GuardContext
): Refusal | null {
  const wrong = stage(p, ['UNDER_REVIEW', 'NOTIFIED'], '作出处罚决定')
  if (wrong) return wrong
  if (p.suspendedSince) {
    return refuse('MISSING_STEP', `案件已于${dateZh(p.suspendedSince)}中止，请先恢复办理。`)
  }
  if (a.outcome === 'penalty') {
    if (p.conclusion !== 'penalty') {
      return refuse('MISSING_STEP', '调查终结意见不是“给予行政处罚”，不能作出处罚决定。')
    }
    const shape = penaltyShapeProblem(a.penalty)
    if (shape) return refuse('INVALID', shape)
    if (!p.notice) {
      return refuse(
        'MISSING_STEP',
        `作出行政处罚决定之前，须告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证的权利（${APL}第四十四条、第六十二条）：尚未记录事先告知。`
      )
    }
    const order = notBefore(a.on, p.notice.on, '事先告知日')
    if (order) return order
    const heavier = heavierThan(a.penalty, p.notice.penalty)
    if (heavier) {
      return refuse(
        'MISSING_STEP',
        `决定的处罚重于告知的处罚：${heavier}。不得因当事人陈述、申辩而给予更重的处罚（${APL}第四十五条第二款）；如确需加重，须重新告知。`
      )
    }
    if (p.hearing && !p.hearing.heldOn && !p.hearing.abandonedOn) {
      return refuse(
        'MISSING_STEP',
        `当事人已于${dateZh(p.hearing.requestedOn)}要求听证，须举行听证（或记录当事人放弃听证）后，依据听证笔录作出决定（${APL}第六十四条、第六十五条）。`
      )
    }
    // A statement already made must be reviewed even if the party later waives the rest (Art. 45
    // ¶1: 对当事人提出的事实、理由和证据，应当进行复核); the waiver only ends the waiting period.
    if (p.statementsSinceNotice > 0 && !p.reconsideredOn) {
      return refuse(
        'MISSING_STEP',
        `当事人提出了陈述、申辩，须先记录复核意见（${APL}第四十五条第一款）。`
      )
    }
    if (!p.waivedOn) {
      if (p.statementsSinceNotice === 0) {
        const due = statementDue(ctx, p.notice.on)
        if (!due.ok) return refuse('CALENDAR', due.problem.message)
        if (a.on <= due.value) {
          return refuse(
            'DEADLINE',
            `陈述、申辩期限至${dateZh(due.value)}届满；届满前，除当事人明确放弃外，不得作出决定（${APL}第四十四条、第六十二条）。`
          )
        }
      }
      if (p.notice.hearingOffered && !p.hearing) {
        const due = hearingRequestDeadline(ctx.calendar, p.notice.on)
        if (!due.ok) return refuse('CALENDAR', due.problem.message)
        if (a.on <= due.value.due) {
          return refuse(
            'DEADLINE',
            `要求听证的期限至${dateZh(due.value.due)}届满，届满前不得作出决定（${APL}第六十四条第（一）项）。`
          )
        }
      }
    }
  } else if (p.notice && p.statementsSinceNotice > 0 && !p.reconsideredOn) {
    return refuse(
      'MISSING_STEP',
      `当事人提出了陈述、申辩，须先记录复核意见（${APL}第四十五条第一款）。`
    )
  }
  const heldOn = p.hearing?.heldOn ?? null
  const reviewRequired = p.legalReviewRequired || heldOn !== null || ctx.reviewRequiredBy !== null
  // After a hearing the decision rests on its record (Art. 65), so a review given before the
  // hearing did not review what the decision rests on (Art. 58 (二)).
  const reviewBeforeHearing = heldOn !== null && p.review !== null && p.review.on < heldOn
  if (reviewRequired && (p.review?.opinion !== 'approve' || reviewBeforeHearing)) {
    const why = p.legalReviewRequired
      ? '本案属于应当进行法制审核的情形'
      : heldOn !== null
        ? '本案经过听证程序'
        : (ctx.reviewRequiredBy ?? '')
    const state =
      p.review === null
        ? '尚未审核'
        : p.review.opinion === 'reject'
          ? '审核意见为不同意'
          : p.review.opinion === 'return'
            ? '审核未通过'
            : `审核（${dateZh(p.review.on)}）早于听证（${dateZh(heldOn ?? '')}），须在听证后重新审核`
    return refuse(
      'MISSING_STEP',
      `${why}，未经法制审核或者审核未通过的，不得作出决定（${APL}第五十八条）：${state}。`
    )
  }
  if (p.review && p.review.opinion === 'reject') {
    return refuse('MISSING_STEP', `法制审核意见为不同意，不得作出决定（${APL}第五十八条）。`)
  }
  const need = approvalNeed(ctx.benchmark, a.outcome === 'penalty' ? a.penalty : null)
  if (need && !p.deviationApprovedOn && !p.collectiveDiscussionOn) {
    return refuse(
      'MISSING_STEP',
      `${need}，须经行政机关主要负责人批准或者集体讨论决定（${ctx.benchmark?.source ?? ''}）：尚未记录批准或集体讨论。`
    )
  }
  if (p.collectiveDiscussionRequired && !p.collectiveDiscussionOn) {
    return refuse(
      'MISSING_STEP',
      `情节复杂或者重大违法行为给予行政处罚，须经行政机关负责人集体讨论决定（${APL}第五十七条第二款）：尚未记录集体讨论。`
    )
  }
  const order =
    notBefore(a.on, heldOn, '听证日') ??
    notBefore(a.on, p.reconsideredOn, '复核日') ??
    notBefore(a.on, p.review?.on ?? null, '法制审核日') ??
    notBefore(a.on, p.collectiveDiscussionOn, '集体讨论日')
  if (order) return order
  if (p.filedOn) {
    const order = notBefore(a.on, p.filedOn, '立案日')
    if (order) return order
    const due = decisionDeadline(ctx.calendar, {
      filedOn: p.filedOn,
      pauses: decisionPauses(p, a.on),
      extension30: p.extension30,
      furtherExtensionDays: p.furtherExtensionDays
    })
    if (!due.ok) return refuse('CALENDAR', due.problem.message)
    if (a.on > due.value.due) {
      return refuse(
        'DEADLINE',
        `办案期限已于${dateZh(due.value.due)}届满（${APL}第六十条），须先记录负责人批准的延期，方可作出决定。`
      )
    }
  }
  // Art. 33 ¶3: a no-penalty decision carries the education given and when to follow it up.
  return a.outcome === 'noPenalty'
    ? educationRefusal(a.education, { decidedOn: a.on, filedOn: p.filedOn, today: ctx.today })
    : null
}

function closeRefusal(p: CaseProgress, ctx: GuardContext, on: string): Refusal | null {
  if (p.status === 'TRANSFERRED') return notBefore(on, p.transferredOn, '移送日')
  const wrong = stage(p, ['SERVED', 'EXECUTING'], '结案')
  if (wrong) return wrong
  const d = p.decision
  if (!d || !p.service) return refuse('MISSING_STEP', '决定书尚未送达，不能结案。')
  const order =
    notBefore(on, p.service.on, '送达日') ??
    notBefore(on, p.courtConcluded?.on ?? null, '强制执行结果日')
  if (order) return order
  if (d.outcome === 'noPenalty' || d.penalty.fineFen === null) return null
  if (p.courtConcluded) return null
  const balance = balanceOf(ctx.calendar, {
    fineFen: d.penalty.fineFen,
    receivedOn: p.service.on,
    deferredUntil: p.deferral?.until ?? null,
    payments: ctx.payments,
    asOf: on
  })
  if (!balance.ok) return refuse('CALENDAR', balance.problem.message)
  if (balance.value.outstandingFen > 0) {
    return refuse(
      'MISSING_STEP',
      `罚款尚未缴清，不能结案：${balance.value.explanation}如已申请法院强制执行，请记录执行结果。`
    )
  }
  return null
}

function check(p: CaseProgress, a: LifecycleAction, ctx: GuardContext): Refusal | null {
  switch (a.kind) {
    case 'file':
      return (
        stage(p, ['REGISTERED'], '立案') ??
        notBefore(a.on, ctx.discoveredOn, '发现日') ??
        limitationRefusal(ctx.violationOn, ctx.extendedLimitation, ctx.discoveredOn)
      )
    case 'decline':
      return stage(p, ['REGISTERED'], '不予立案') ?? notBefore(a.on, ctx.discoveredOn, '发现日')
    case 'closeInvestigation':
      if (p.suspendedSince) {
        return refuse('MISSING_STEP', `案件已于${dateZh(p.suspendedSince)}中止，请先恢复办理。`)
      }
      return (
        stage(p, ['FILED', 'INVESTIGATING'], '调查终结') ?? notBefore(a.on, p.filedOn, '立案日')
      )
    case 'transfer':
      return stage(p, BEFORE_DECISION, '移送司法机关') ?? notBefore(a.on, p.filedOn, '立案日')
    case 'approveDeviation':
      return stage(p, ['UNDER_REVIEW', 'NOTIFIED'], '批准偏离裁量基准（须先调查终结）')
    case 'collectiveDiscussion':
      return (
        stage(p, ['UNDER_REVIEW', 'NOTIFIED'], '记录集体讨论（须先调查终结）') ??
        notBefore(a.on, p.filedOn, '立案日')
      )
    case 'legalReview':
      return (
        stage(p, ['UNDER_REVIEW', 'NOTIFIED'], '进行法制审核（须先调查终结）') ??
        notBefore(a.on, p.filedOn, '立案日')
      )
    case 'notify': {
      const wrong = stage(p, ['UNDER_REVIEW', 'NOTIFIED'], '事先告知（须先调查终结）')
      if (wrong) return wrong
      if (p.conclusion !== 'penalty') {
        return refuse(
          'MISSING_STEP',
          '调查终结意见为不予处罚，无需事先告知，可直接作出不予行政处罚决定。'
        )
      }
      if (p.review?.opinion === 'reject') {
        return refuse(
          'MISSING_STEP',
          `法制审核意见为不同意（${APL}第五十八条），不能告知拟作出的处罚。`
        )
      }
      const shape = penaltyShapeProblem(a.penalty)
      if (shape) return refuse('INVALID', shape)
      const right = hearingRight(a.penalty, ctx.partyKinds, ctx.hearingThresholds)
      if (right && !a.hearingOffered) {
        return refuse('MISSING_STEP', `${right}告知时须一并告知听证权利（${APL}第四十四条）。`)
      }
      return (
        notBefore(a.on, p.filedOn, '立案日') ?? notBefore(a.on, p.notice?.on ?? null, '上次告知日')
      )
    }
    case 'waive':
    case 'statement':
      return (
        stage(p, ['NOTIFIED'], a.kind === 'waive' ? '记录放弃陈述申辩' : '记录陈述申辩') ??
        notBefore(a.on, p.notice?.on ?? null, '告知日')
      )
    case 'reconsider':
      if (p.statementsSinceNotice === 0) {
        return refuse('MISSING_STEP', '尚未记录当事人的陈述、申辩，无需复核。')
      }
      return stage(p, ['NOTIFIED'], '记录复核') ?? notBefore(a.on, p.lastStatementOn, '陈述申辩日')
    case 'hearingRequest': {
      const wrong = stage(p, ['NOTIFIED'], '记录听证申请')
      if (wrong) return wrong
      if (!p.notice?.hearingOffered) {
        return refuse('MISSING_STEP', '告知时未告知听证权利；如本案属于听证范围，请重新告知。')
      }
      if (p.hearing && !p.hearing.abandonedOn) return refuse('WRONG_STAGE', '已记录听证申请。')
      const order = notBefore(a.on, p.notice.on, '告知日')
      if (order) return order
      const due = hearingRequestDeadline(ctx.calendar, p.notice.on)
      if (!due.ok) return refuse('CALENDAR', due.problem.message)
      if (a.on > due.value.due) {
        return refuse(
          'DEADLINE',
          `要求听证应当在告知后五个工作日内提出，期限已于${dateZh(due.value.due)}届满（${APL}第六十四条第（一）项、第八十五条）。`
        )
      }
      return null
    }
    case 'hearingNotice': {
      const wrong = stage(p, ['NOTIFIED'], '通知听证')
      if (wrong) return wrong
      if (!p.hearing || p.hearing.heldOn || p.hearing.abandonedOn) {
        return refuse('MISSING_STEP', '尚无待举行的听证：须先记录当事人的听证申请。')
      }
      const order = notBefore(a.on, p.hearing.requestedOn, '听证申请日')
      if (order) return order
      if (a.hearingOn <= a.on) return refuse('DATE_ORDER', '听证日期须晚于通知日期。')
      const due = hearingNoticeDeadline(ctx.calendar, a.hearingOn)
      if (!due.ok) return refuse('CALENDAR', due.problem.message)
      if (a.on > due.value.due) {
        return refuse(
          'DEADLINE',
          `应当在举行听证的七个工作日前通知当事人；听证定于${dateZh(a.hearingOn)}的，最迟应于${dateZh(due.value.due)}通知（${APL}第六十四条第（二）项、第八十五条）。请另定听证日期。`
        )
      }
      return null
    }
    case 'hearingHeld':
      if (
        !p.hearing?.noticeOn ||
        !p.hearing.hearingOn ||
        p.hearing.heldOn ||
        p.hearing.abandonedOn
      ) {
        return refuse(
          'MISSING_STEP',
          `举行听证前须通知当事人听证的时间、地点（${APL}第六十四条第（二）项）。`
        )
      }
      return notBefore(a.on, p.hearing.hearingOn, '通知的听证日期')
    case 'hearingAbandoned':
      if (!p.hearing || p.hearing.heldOn || p.hearing.abandonedOn) {
        return refuse('MISSING_STEP', '尚无待举行的听证。')
      }
      return notBefore(a.on, p.hearing.requestedOn, '听证申请日')
    case 'decide':
      return decideRefusal(p, a, ctx)
    case 'decideOnTheSpot': {
      const wrong = stage(p, ['REGISTERED', 'FILED'], '当场作出处罚决定')
      if (wrong) return wrong
      const shape = penaltyShapeProblem(a.penalty)
      if (shape) return refuse('INVALID', shape)
      const limit = simpleProcedureRefusal(a.penalty, ctx.partyKinds)
      if (limit) return refuse('LIMIT', limit)
      if (!a.rightsInformed) {
        return refuse(
          'MISSING_STEP',
          `当场作出处罚决定前，须告知当事人拟作出处罚的事实、理由和依据，并听取陈述、申辩（${APL}第四十四条、第五十二条）。`
        )
      }
      return (
        notBefore(a.on, ctx.discoveredOn, '发现日') ??
        limitationRefusal(
          ctx.violationOn,
          ctx.extendedLimitation,
          ctx.discoveredOn,
          '当场作出处罚决定'
        )
      )
    }
    case 'serve':
      if (p.decision && a.method === 'electronic' && !a.consentSigned) {
        return refuse(
          'MISSING_STEP',
          `以传真、电子邮件等方式送达，须当事人同意并签订确认书（${APL}第六十一条第二款）。`
        )
      }
      return stage(p, ['DECIDED'], '送达') ?? notBefore(a.on, p.decision?.on ?? null, '决定日')
    case 'publish': {
      const d = p.decision
      if (!d || d.outcome !== 'penalty' || d.procedure !== 'ordinary') {
        return refuse(
          'WRONG_STAGE',
          '只有普通程序作出的行政处罚决定需要公示（《市场监督管理行政处罚信息公示规定》第二条）。'
        )
      }
      if (d.penalty.types.every((t) => t === 'warning')) {
        return refuse(
          'WRONG_STAGE',
          '仅给予警告的行政处罚决定不予公示（《市场监督管理行政处罚信息公示规定》第二条）。'
        )
      }
      if (p.publishedOn) return refuse('WRONG_STAGE', `已于${dateZh(p.publishedOn)}公示。`)
      return notBefore(a.on, d.on, '决定日')
    }
    case 'deferral': {
      const wrong = stage(p, ['SERVED', 'EXECUTING'], '批准延期或分期缴纳')
      if (wrong) return wrong
      if (p.decision?.outcome !== 'penalty' || p.decision.penalty.fineFen === null) {
        return refuse('WRONG_STAGE', '本案决定不含罚款，无需延期或分期缴纳。')
      }
      if (a.until <= a.on) return refuse('DATE_ORDER', '延期或分期缴纳的截止日须晚于批准日。')
      return notBefore(a.on, p.service?.on ?? null, '送达日')
    }
    case 'remind': {
      const wrong = stage(p, ['SERVED', 'EXECUTING'], '催告')
      if (wrong) return wrong
      const d = p.decision
      if (!d || d.outcome !== 'penalty' || d.penalty.fineFen === null || !p.service) {
        return refuse('WRONG_STAGE', '本案决定不含罚款，无需催告缴纳。')
      }
      const balance = balanceOf(ctx.calendar, {
        fineFen: d.penalty.fineFen,
        receivedOn: p.service.on,
        deferredUntil: p.deferral?.until ?? null,
        payments: ctx.payments,
        asOf: a.on
      })
      if (!balance.ok) return refuse('CALENDAR', balance.problem.message)
      if (a.on <= balance.value.paymentDue) {
        return refuse(
          'DEADLINE',
          `缴款期限至${dateZh(balance.value.paymentDue)}届满，届满前无需催告。`
        )
      }
      if (balance.value.outstandingFen === 0) return refuse('WRONG_STAGE', '罚款已缴清，无需催告。')
      return null
    }
    case 'courtApply': {
      const wrong = stage(p, ['SERVED', 'EXECUTING'], '申请人民法院强制执行')
      if (wrong) return wrong
      const d = p.decision
      if (!d || d.outcome !== 'penalty' || d.penalty.fineFen === null || !p.service) {
        return refuse('WRONG_STAGE', '本案决定不含罚款，无需申请强制执行缴纳罚款。')
      }
      if (!p.reminderOn) {
        return refuse(
          'MISSING_STEP',
          '申请人民法院强制执行前，须先书面催告当事人履行（《中华人民共和国行政强制法》第五十四条）。'
        )
      }
      if (p.courtAppliedOn)
        return refuse('WRONG_STAGE', `已于${dateZh(p.courtAppliedOn)}申请强制执行。`)
      const due = reminderPeriodDeadline(ctx.calendar, p.reminderOn)
      if (!due.ok) return refuse('CALENDAR', due.problem.message)
      if (a.on <= due.value.due) {
        return refuse(
          'DEADLINE',
          `催告书送达十个工作日后（${dateZh(due.value.due)}之后）当事人仍未履行的，方可申请强制执行（《中华人民共和国行政强制法》第五十四条、第六十九条）。`
        )
      }
      // Art. 53: only once the party has let the review and litigation periods (and an approved
      // deferral, APL Art. 72 ¶2) run out; the court does not take an application before that.
      const opens = courtApplicationStart(ctx.calendar, {
        knownOn: p.service.on,
        ...(p.deferral ? { deferralEndsOn: p.deferral.until } : {})
      })
      if (!opens.ok) return refuse('CALENDAR', opens.problem.message)
      if (a.on <= opens.value.start) {
        return refuse(
          'DEADLINE',
          `当事人申请行政复议的期限至${dateZh(opens.value.reviewDue)}、提起行政诉讼的期限至${dateZh(opens.value.litigationDue)}${p.deferral ? `、经批准延期或分期缴纳至${dateZh(p.deferral.until)}` : ''}；自${dateZh(opens.value.start)}届满后，方可申请人民法院强制执行（《中华人民共和国行政强制法》第五十三条；${APL}第七十二条第二款）。`
        )
      }
      const balance = balanceOf(ctx.calendar, {
        fineFen: d.penalty.fineFen,
        receivedOn: p.service.on,
        deferredUntil: p.deferral?.until ?? null,
        payments: ctx.payments,
        asOf: a.on
      })
      if (!balance.ok) return refuse('CALENDAR', balance.problem.message)
      if (balance.value.outstandingFen === 0)
        return refuse('WRONG_STAGE', '罚款已缴清，无需申请强制执行。')
      return null
    }
    case 'courtConcluded':
      if (!p.courtAppliedOn) return refuse('MISSING_STEP', '尚未申请人民法院强制执行。')
      if (p.courtConcluded) return refuse('WRONG_STAGE', '已记录强制执行结果。')
      return (
        stage(p, ['EXECUTING'], '记录强制执行结果') ??
        notBefore(a.on, p.courtAppliedOn, '申请强制执行日')
      )
    case 'seize': {
      const wrong = stage(p, BEFORE_DECISION, '查封、扣押')
      if (wrong) return wrong
      if (openSeizure(p))
        return refuse('WRONG_STAGE', '本案尚有未解除的查封、扣押，请先解除或在原措施上延长。')
      if (!a.headApproved) {
        return refuse(
          'MISSING_STEP',
          '实施查封、扣押前须向行政机关负责人报告并经批准（《中华人民共和国行政强制法》第十八条第（一）项）。'
        )
      }
      return notBefore(a.on, p.filedOn, '立案日')
    }
    case 'extendSeizure': {
      const open = openSeizure(p)
      if (!open) return refuse('MISSING_STEP', '本案没有未解除的查封、扣押。')
      if (open.extensionApproved) {
        return refuse(
          'WRONG_STAGE',
          '查封、扣押已经延长一次；延长期限不得超过三十日（《中华人民共和国行政强制法》第二十五条第一款）。'
        )
      }
      const due = seizureDeadline(ctx.calendar, { startedOn: open.startedOn })
      if (!due.ok) return refuse('CALENDAR', due.problem.message)
      if (a.on > due.value.due) {
        return refuse(
          'DEADLINE',
          `查封、扣押的三十日期限已于${dateZh(due.value.due)}届满，不能再批准延长，应当及时解除（《中华人民共和国行政强制法》第二十五条、第二十八条）。`
        )
      }
      return notBefore(a.on, open.startedOn, '查封、扣押日')
    }
    case 'releaseSeizure': {
      const open = openSeizure(p)
      if (!open) return refuse('MISSING_STEP', '本案没有未解除的查封、扣押。')
      return notBefore(a.on, open.startedOn, '查封、扣押日')
    }
    case 'suspend':
      if (p.suspendedSince)
        return refuse('WRONG_STAGE', `案件已于${dateZh(p.suspendedSince)}中止。`)
      return stage(p, BEFORE_DECISION, '中止') ?? notBefore(a.on, p.filedOn, '立案日')
    case 'resume':
      if (!p.suspendedSince) return refuse('WRONG_STAGE', '案件未中止。')
      return notBefore(a.on, p.suspendedSince, '中止日')
    case 'extend': {
      const wrong = stage(p, BEFORE_DECISION, '延长办案期限')
      if (wrong) return wrong
      if (a.step === 'head30') {
        if (p.extension30) return refuse('WRONG_STAGE', '已批准延长三十日；继续延期须经集体讨论。')
        if (a.days !== 30) return refuse('INVALID', '负责人批准的延期为三十日。')
      } else if (!p.extension30) {
        return refuse('MISSING_STEP', '集体讨论继续延期，以已经负责人批准延长三十日为前提。')
      }
      return notBefore(a.on, p.filedOn, '立案日')
    }
    case 'close':
      return closeRefusal(p, ctx, a.on)
    case 'archive':
      return stage(p, ['CLOSED'], '归档') ?? notBefore(a.on, p.closedOn, '结案日')
  }
  return assertNever(a)
}

/** Why the action may not be recorded now, or null if it may. */
export function checkAction(
  p: CaseProgress,
  a: LifecycleAction,
  ctx: GuardContext
): Refusal | null {
  if (a.on > ctx.today) {
    return refuse('DATE_ORDER', `日期（${dateZh(a.on)}）不能晚于今天（${dateZh(ctx.today)}）。`)
  }
  if (p.status === 'ARCHIVED') return refuse('WRONG_STAGE', '案件已归档，不能再办理。')
  return check(p, a, ctx)
}

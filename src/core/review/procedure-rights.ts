// Procedural rights before a decision (domain.md §9.1 "Procedure"): the notice (APL Art. 44), the
// review of the party's statements (Art. 45), the hearing (Art. 63) and the legal review (Art. 58).
// Each is a statutory bar — Arts. 58 and 62 say 不得作出决定 — so each blocks. They are checked from
// the decision checkpoint on; before the notice they are not yet due. Simple-procedure decisions
// (APL Arts. 51, 52) have none of these steps; the lifecycle guards check their on-the-spot duties.
import type { Citation } from '../discretion/citation'
import { heavierThan } from '../lifecycle/penalty'
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import type { Evidence, ReviewFlag, ReviewFlagCode } from './flag'

function block(
  code: ReviewFlagCode,
  message: string,
  citations: Citation[],
  evidence: Evidence
): ReviewFlag {
  return {
    code,
    severity: 'block',
    message,
    citations,
    evidence,
    rule: 'procedureRights',
    configKeys: []
  }
}

export const checkProcedureRights: Check = ({ subject }) => {
  if (subject.checkpoint === 'notice') return NONE
  const p = subject.procedure.progress
  if (p.decision?.procedure === 'simple') return NONE
  const flags: ReviewFlag[] = []
  const penalty = subject.penalty
  const notice = p.notice
  if (penalty !== null && notice === null) {
    flags.push(
      block(
        'PROCEDURE_NO_NOTICE',
        '拟作出行政处罚，但未记录事先告知拟作出的处罚内容及事实、理由、依据和陈述、申辩、要求听证等权利；不得作出决定，请先依法告知。',
        [C.notice, C.noDecisionWithoutNotice],
        { noticeOn: null }
      )
    )
  }
  if (penalty !== null && notice !== null) {
    const heavier = heavierThan(penalty, notice.penalty)
    if (heavier !== null) {
      flags.push(
        block(
          'PROCEDURE_NOTICE_OUTDATED',
          `拟作出的处罚重于告知内容（${heavier}）；请重新告知并听取陈述、申辩，且不得因陈述、申辩而加重处罚。`,
          [C.notice, C.statements],
          { noticeOn: notice.on, difference: heavier }
        )
      )
    }
    if (subject.procedure.hearingEligible && !notice.hearingOffered) {
      flags.push(
        block(
          'PROCEDURE_HEARING_NOT_OFFERED',
          '拟作出的处罚属于当事人有权要求听证的情形，但告知时未告知听证权利；请重新告知听证权利，不得径行作出决定。',
          [C.hearing, C.notice],
          { noticeOn: notice.on, hearingEligible: true, hearingOffered: false }
        )
      )
    }
  }
  if (p.statementsSinceNotice > 0 && p.reconsideredOn === null) {
    flags.push(
      block(
        'PROCEDURE_NOT_RECONSIDERED',
        '当事人提出了陈述、申辩，但未记录对其事实、理由和证据的复核；请先复核并记录是否采纳。',
        [C.statements, C.noDecisionWithoutNotice],
        { statements: p.statementsSinceNotice, lastStatementOn: p.lastStatementOn }
      )
    )
  }
  const h = p.hearing
  if (h !== null && h.heldOn === null && h.abandonedOn === null) {
    flags.push(
      block(
        'PROCEDURE_HEARING_NOT_HELD',
        '当事人已要求听证，但未记录举行听证或者当事人放弃听证；请先依法组织听证。',
        [C.hearing],
        { requestedOn: h.requestedOn, hearingOn: h.hearingOn }
      )
    )
  }
  if (p.legalReviewRequired && p.review?.opinion !== 'approve') {
    flags.push(
      block(
        'PROCEDURE_LEGAL_REVIEW_MISSING',
        '本案属于应当进行法制审核的情形，但尚未经法制审核或者审核未通过；不得作出决定，请先完成法制审核。',
        [C.legalReview],
        { required: true, reviewOn: p.review?.on ?? null, opinion: p.review?.opinion ?? null }
      )
    )
  }
  return flags
}

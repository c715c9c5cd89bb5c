// Which actions fit the case's stage now: the buttons the case page offers. The guards still decide
// when an action is recorded (deadlines, missing steps); this only hides what can never apply.
import type { LifecycleActionKind } from './actions'
import { openSeizure, type CaseProgress } from './progress'

export function availableActions(p: CaseProgress): LifecycleActionKind[] {
  const out: LifecycleActionKind[] = []
  const add = (...kinds: LifecycleActionKind[]) => out.push(...kinds)
  const clock = () => {
    add(p.suspendedSince ? 'resume' : 'suspend', 'extend')
    const open = openSeizure(p)
    if (open) {
      if (!open.extensionApproved) add('extendSeizure')
      add('releaseSeizure')
    } else add('seize')
  }
  switch (p.status) {
    case 'REGISTERED':
      add('file', 'decline', 'decideOnTheSpot')
      break
    case 'FILED':
    case 'INVESTIGATING':
      add('closeInvestigation', 'transfer', 'decideOnTheSpot')
      clock()
      break
    case 'UNDER_REVIEW':
      add('legalReview', 'collectiveDiscussion', 'approveDeviation')
      if (p.conclusion === 'penalty') add('notify')
      add('decide', 'transfer')
      clock()
      break
    case 'NOTIFIED':
      add('waive', 'statement')
      if (p.statementsSinceNotice > 0) add('reconsider')
      if (p.notice?.hearingOffered) {
        if (!p.hearing || p.hearing.abandonedOn) add('hearingRequest')
        else if (!p.hearing.heldOn) add('hearingNotice', 'hearingHeld', 'hearingAbandoned')
      }
      add('legalReview', 'collectiveDiscussion', 'approveDeviation', 'notify', 'decide', 'transfer')
      clock()
      break
    case 'DECIDED':
      add('serve')
      break
    case 'SERVED':
    case 'EXECUTING':
      if (p.decision?.outcome === 'penalty' && p.decision.penalty.fineFen !== null) {
        add('deferral', 'remind')
        if (p.reminderOn && !p.courtAppliedOn) add('courtApply')
        if (p.courtAppliedOn && !p.courtConcluded) add('courtConcluded')
      }
      add('close')
      break
    case 'TRANSFERRED':
      add('close')
      break
    case 'CLOSED':
      add('archive')
      break
    case 'ARCHIVED':
    case 'DECLINED':
      break
  }
  // A seizure still in force can be released at any stage before archiving (行政强制法 Art. 28).
  if (openSeizure(p) && !out.includes('releaseSeizure') && p.status !== 'ARCHIVED') {
    add('releaseSeizure')
  }
  const d = p.decision
  if (d && d.outcome === 'penalty' && d.procedure === 'ordinary' && !p.publishedOn) {
    if (!d.penalty.types.every((t) => t === 'warning') && p.status !== 'ARCHIVED') add('publish')
  }
  return out
}

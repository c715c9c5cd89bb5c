// The lifecycle of a 涉企问题线索 (domain.md §6): 登记 → 转办 → 督办 → 办结 → 反馈举报人, with 移送纪检监察 at
// any time after registration. The stored status, deadline and finding are the fold of the steps; the
// guards say which step is missing when one is refused. Pure: today's date is passed in.
import { assertNever } from '../assert'
import {
  CLUE_STEP_KINDS,
  CLUE_STEP_ZH,
  type ClueFinding,
  type ClueStatus,
  type ClueStepKind
} from './vocabulary'

/** A step as the fold sees it (the note and the actor do not change the state). */
export type ClueStep =
  | { kind: 'transfer'; on: string; toAgency: string; deadlineOn: string }
  | { kind: 'urge'; on: string; deadlineOn: string }
  | { kind: 'handle'; on: string; finding: ClueFinding }
  | { kind: 'feedback'; on: string }
  | { kind: 'refer'; on: string; toAgency: string }

export type ClueState = {
  receivedOn: string
  deadlineOn: string
  status: ClueStatus
  /** The latest 转办; null before the first. A clue can be sent on when the first agency was wrong. */
  transferredOn: string | null
  handledOn: string | null
  finding: ClueFinding | null
  referred: boolean
}

export function initialClueState(receivedOn: string, deadlineOn: string): ClueState {
  return {
    receivedOn,
    deadlineOn,
    status: 'registered',
    transferredOn: null,
    handledOn: null,
    finding: null,
    referred: false
  }
}

/** Open: not yet handled, so 转办 and 督办 still make sense and the deadline still runs. */
export function isOpen(state: Pick<ClueState, 'status'>): boolean {
  return state.status === 'registered' || state.status === 'transferred'
}

export function applyClueStep(state: ClueState, step: ClueStep): ClueState {
  switch (step.kind) {
    case 'transfer':
      return {
        ...state,
        status: 'transferred',
        transferredOn: step.on,
        deadlineOn: step.deadlineOn
      }
    case 'urge':
      return { ...state, deadlineOn: step.deadlineOn }
    case 'handle':
      return { ...state, status: 'handled', handledOn: step.on, finding: step.finding }
    case 'feedback':
      return { ...state, status: 'closed' }
    case 'refer':
      return { ...state, referred: true }
    default:
      return assertNever(step)
  }
}

/**
 * The state after the recorded steps. `deadlineOn` is the stored deadline: once a 转办 or 督办 has set
 * one it equals the last of them, so folding from it gives the same result as folding from the
 * deadline set at registration.
 */
export function foldClue(
  base: { receivedOn: string; deadlineOn: string },
  steps: readonly ClueStep[]
): ClueState {
  return steps.reduce(applyClueStep, initialClueState(base.receivedOn, base.deadlineOn))
}

/** Why the step kind cannot follow the current state (dates aside); null when it can. */
function stageRefusal(state: ClueState, kind: ClueStepKind): string | null {
  switch (kind) {
    case 'transfer':
      return isOpen(state) ? null : '线索已办结，不能再转办。'
    case 'urge':
      return isOpen(state) ? null : '线索已办结，无需再督办。'
    case 'handle':
      if (state.status === 'registered') return '线索尚未转办，不能办结：请先记录“转办”。'
      return state.status === 'transferred' ? null : '线索已办结，不能重复办结。'
    case 'feedback':
      if (isOpen(state)) return '线索尚未办结，不能反馈举报人：请先记录“办结”。'
      return state.status === 'handled' ? null : '已反馈举报人，不能重复反馈。'
    case 'refer':
      return state.referred ? '线索已移送纪检监察，不能重复移送。' : null
    default:
      return assertNever(kind)
  }
}

/** The earliest date the step may carry: steps follow the clue's receipt and the step they rest on. */
function earliestOn(state: ClueState, step: ClueStep): { on: string; after: string } {
  switch (step.kind) {
    case 'transfer':
    case 'urge':
      return state.transferredOn
        ? { on: state.transferredOn, after: '上一次转办日' }
        : { on: state.receivedOn, after: '线索受理日' }
    case 'handle':
      return { on: state.transferredOn ?? state.receivedOn, after: '转办日' }
    case 'feedback':
      return { on: state.handledOn ?? state.receivedOn, after: '办结日' }
    case 'refer':
      return { on: state.receivedOn, after: '线索受理日' }
    default:
      return assertNever(step)
  }
}

/** Why the step may not be recorded now, in Chinese naming the missing step; null when it may. */
export function clueStepRefusal(state: ClueState, step: ClueStep, today: string): string | null {
  const stage = stageRefusal(state, step.kind)
  if (stage) return stage
  const name = CLUE_STEP_ZH[step.kind]
  if (step.on > today) return `${name}日期（${step.on}）不能晚于今天（${today}）。`
  const earliest = earliestOn(state, step)
  if (step.on < earliest.on) {
    return `${name}日期（${step.on}）不能早于${earliest.after}（${earliest.on}）。`
  }
  if ((step.kind === 'transfer' || step.kind === 'urge') && step.deadlineOn < step.on) {
    return `${name}的办理期限（${step.deadlineOn}）不能早于${name}日期（${step.on}）。`
  }
  return null
}

/** The step kinds the clue can take next, for the buttons (dates are checked when one is sent). */
export function nextClueSteps(state: ClueState): ClueStepKind[] {
  return CLUE_STEP_KINDS.filter((kind) => stageRefusal(state, kind) === null)
}

/** 逾期: the handling deadline has passed and the clue is not handled. */
export function isOverdue(
  clue: { deadlineOn: string; handledOn: string | null },
  today: string
): boolean {
  return clue.handledOn === null && clue.deadlineOn < today
}

export type ClueCounts = {
  /** 发现（受理）的线索. */
  found: number
  /** 已办结（含已反馈）. */
  handled: number
  open: number
  overdue: number
  referred: number
}

/** Found vs handled, as the campaign reports them (e.g. 6 232 received, 5 246 urged or handled). */
export function clueCounts(
  clues: readonly { deadlineOn: string; handledOn: string | null; referred: boolean }[],
  today: string
): ClueCounts {
  const counts: ClueCounts = { found: 0, handled: 0, open: 0, overdue: 0, referred: 0 }
  for (const clue of clues) {
    counts.found += 1
    if (clue.handledOn === null) counts.open += 1
    else counts.handled += 1
    if (isOverdue(clue, today)) counts.overdue += 1
    if (clue.referred) counts.referred += 1
  }
  return counts
}

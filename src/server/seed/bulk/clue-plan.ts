// 涉企问题线索 and 挽回损失 of a seeded unit (issue 6): a complaint about enforcement against an
// enterprise is registered, transferred to the agency concerned, sometimes urged, handled with a
// finding, fed back to the reporter, now and then referred to 纪检监察; substantiated fee, fine and
// seizure complaints recover money for the enterprise, recorded in the loss ledger, a few of them
// later partly reversed. Steps pass the clue guards of core/enterprise/clues.ts.
import {
  applyClueStep,
  clueStepRefusal,
  initialClueState,
  type ClueState,
  type ClueStep
} from '../../../core/enterprise/clues'
import type {
  ClueChannel,
  ClueFinding,
  ClueProblemType,
  LossCategory
} from '../../../core/enterprise/vocabulary'
import { addDays } from '../dates'
import type { Rng } from '../prng'
import { shanghaiDay, stepClock } from './times'

export type Enterprise = { uscc: string; name: string }

export type PlannedClue = {
  receivedOn: string
  channel: ClueChannel
  reporter: string
  enterprise: Enterprise
  agency: string
  problemType: ClueProblemType
  amountFen: number | null
  summary: string
  /** Deadline set at registration (the stored one is the fold's). */
  firstDeadlineOn: string
  createdMs: number
  steps: { step: ClueStep; note: string; atMs: number }[]
  state: ClueState
}

export type PlannedLoss = {
  category: LossCategory
  amountFen: number
  on: string
  evidence: string
  note: string
  /** Index (in the same list) of the entry this one partly reverses. */
  reverses: number | null
  atMs: number
}

const CHANNELS: readonly (readonly [ClueChannel, number])[] = [
  ['hotline12345', 6],
  ['platform', 3],
  ['visit', 2],
  ['supervisor', 1],
  ['other', 1]
]

const PROBLEMS: readonly (readonly [ClueProblemType, string, number])[] = [
  ['illegalFee', '企业反映被要求缴纳无依据的检测费、服务费', 4],
  ['illegalFine', '企业反映对轻微违法行为未经告知即被罚款', 3],
  ['illegalInspection', '企业反映同一事项一个月内被多个部门重复检查', 3],
  ['illegalSeizure', '企业反映生产设备被超范围查封', 1],
  ['crossRegion', '企业反映外地执法人员未经协作程序到厂调查', 1],
  ['profitDriven', '企业反映执法人员以罚代管、下达罚没指标', 1],
  ['inconsistentStandards', '企业反映同类情形在不同区县处罚标准差异较大', 1],
  ['other', '企业反映行政审批中要求提供无依据的证明材料', 1]
]

const AGENCIES = [
  '区市场监督管理局',
  '区交通运输局',
  '区应急管理局',
  '区城市管理执法局',
  '街道办事处'
]
const SURNAME_ONLY = '王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗'

const LOSS_OF: Partial<Record<ClueProblemType, LossCategory>> = {
  illegalFee: 'illegalFeeRefunded',
  illegalFine: 'fineCorrected',
  illegalSeizure: 'seizureReleased',
  other: 'costsRefunded'
}

const FINDINGS: readonly (readonly [ClueFinding, number])[] = [
  ['substantiated', 4],
  ['partly', 2],
  ['unsubstantiated', 4]
]

export function planClue(
  rng: Rng,
  enterprise: Enterprise,
  receivedOn: string,
  baseDate: string,
  deadlineDays: number
): PlannedClue {
  const [problemType, summary] = rng.weighted(PROBLEMS.map(([t, s, w]) => [[t, s], w] as const))
  const money =
    problemType === 'illegalFee' ||
    problemType === 'illegalFine' ||
    problemType === 'illegalSeizure'
  const firstDeadlineOn = addDays(receivedOn, deadlineDays)
  const clock = stepClock(rng, 0)
  const createdMs = clock.at(receivedOn)
  const clue: PlannedClue = {
    receivedOn,
    channel: rng.weighted(CHANNELS),
    reporter: `${rng.pick([...SURNAME_ONLY])}${rng.chance(0.6) ? '先生' : '女士'}`,
    enterprise,
    agency: rng.pick(AGENCIES),
    problemType,
    amountFen: money ? rng.int(5, 500) * 10_000 : null,
    summary,
    firstDeadlineOn,
    createdMs,
    steps: [],
    state: initialClueState(receivedOn, firstDeadlineOn)
  }
  const record = (step: ClueStep, note: string): boolean => {
    if (step.on > baseDate) return false
    const atMs = clock.at(step.on)
    if (clueStepRefusal(clue.state, step, shanghaiDay(atMs)) !== null) return false
    clue.steps.push({ step, note, atMs })
    clue.state = applyClueStep(clue.state, step)
    return true
  }
  if (rng.chance(0.03)) {
    record(
      { kind: 'refer', on: addDays(receivedOn, rng.int(5, 30)), toAgency: '区纪委监委' },
      '涉嫌违纪，移送纪检监察机关'
    )
  }
  if (!rng.chance(0.92)) return clue
  const transferredOn = addDays(receivedOn, rng.int(0, 3))
  const transfer = {
    kind: 'transfer' as const,
    on: transferredOn,
    toAgency: clue.agency,
    deadlineOn: addDays(transferredOn, deadlineDays)
  }
  if (!record(transfer, '转相关部门核查办理')) return clue
  let deadline = transfer.deadlineOn
  if (rng.chance(0.1)) {
    const urgedOn = addDays(deadline, rng.int(-3, 2))
    deadline = addDays(urgedOn, 10)
    record({ kind: 'urge', on: urgedOn, deadlineOn: deadline }, '督促按期办结')
  }
  if (!rng.chance(0.9)) return clue
  const handledOn = addDays(transferredOn, rng.int(3, 20))
  if (!record({ kind: 'handle', on: handledOn, finding: rng.weighted(FINDINGS) }, '已核查处理'))
    return clue
  if (rng.chance(0.85))
    record({ kind: 'feedback', on: addDays(handledOn, rng.int(1, 5)) }, '已向举报人反馈')
  return clue
}

/** Money recovered for the enterprise of a substantiated clue, with now and then a partial reversal. */
export function planLosses(rng: Rng, clue: PlannedClue, baseDate: string): PlannedLoss[] {
  const category = LOSS_OF[clue.problemType]
  const s = clue.state
  if (!category || !s.handledOn || s.finding === 'unsubstantiated' || s.finding === null) return []
  const on = addDays(s.handledOn, rng.int(1, 20))
  if (on > baseDate) return []
  const whole = clue.amountFen ?? rng.int(5, 200) * 10_000
  const amountFen =
    s.finding === 'partly' ? Math.max(100, Math.floor(whole / 2 / 100) * 100) : whole
  const clock = stepClock(rng, clue.steps.at(-1)?.atMs ?? clue.createdMs)
  const losses: PlannedLoss[] = [
    {
      category,
      amountFen,
      on,
      evidence: `退款凭证（银行回单）${rng.chars('0123456789', 12)}`,
      note: '',
      reverses: null,
      atMs: clock.at(on)
    }
  ]
  const reversedOn = addDays(on, rng.int(1, 30))
  if (rng.chance(0.05) && reversedOn <= baseDate) {
    losses.push({
      category,
      amountFen: -Math.max(100, Math.floor(amountFen / 4 / 100) * 100),
      on: reversedOn,
      evidence: '',
      note: '部分款项经核实系企业自愿支付的服务费，冲正',
      reverses: 0,
      atMs: clock.at(reversedOn)
    })
  }
  return losses
}

import { describe, expect, it } from 'vitest'
import {
  clueCounts,
  clueStepRefusal,
  foldClue,
  initialClueState,
  isOverdue,
  nextClueSteps,
  type ClueStep,
  type ClueState
} from './clues'

const received = { receivedOn: '2026-03-02', deadlineOn: '2026-03-17' }
const transfer: ClueStep = {
  kind: 'transfer',
  on: '2026-03-03',
  toAgency: '区市场监管局',
  deadlineOn: '2026-03-20'
}
const handle: ClueStep = { kind: 'handle', on: '2026-03-10', finding: 'substantiated' }
const feedback: ClueStep = { kind: 'feedback', on: '2026-03-11' }
const refer: ClueStep = { kind: 'refer', on: '2026-03-05', toAgency: '区纪委监委' }
const urge: ClueStep = { kind: 'urge', on: '2026-03-08', deadlineOn: '2026-03-25' }
const today = '2026-03-31'

const at = (...steps: ClueStep[]): ClueState => foldClue(received, steps)

describe('foldClue: the derived columns', () => {
  it.each<[string, ClueStep[], Partial<ClueState>]>([
    ['registered', [], { status: 'registered', deadlineOn: '2026-03-17', handledOn: null }],
    ['transfer sets the deadline', [transfer], { status: 'transferred', deadlineOn: '2026-03-20' }],
    [
      'urge moves the deadline',
      [transfer, urge],
      { status: 'transferred', deadlineOn: '2026-03-25' }
    ],
    [
      'handle records date and finding',
      [transfer, handle],
      { status: 'handled', handledOn: '2026-03-10', finding: 'substantiated' }
    ],
    ['feedback closes', [transfer, handle, feedback], { status: 'closed' }],
    ['refer keeps the status', [refer], { status: 'registered', referred: true }]
  ])('%s', (_name, steps, expected) => {
    expect(at(...steps)).toMatchObject(expected)
  })

  it('folding from the stored deadline gives the same state as from the registered one', () => {
    const steps = [transfer, urge]
    const stored = at(...steps).deadlineOn
    expect(foldClue({ ...received, deadlineOn: stored }, steps)).toEqual(at(...steps))
  })
})

describe('clueStepRefusal: which step is missing', () => {
  it.each<[string, ClueState, ClueStep, RegExp | null]>([
    ['transfer after register', at(), transfer, null],
    ['transfer again while open', at(transfer), { ...transfer, on: '2026-03-04' }, null],
    ['no transfer once handled', at(transfer, handle), { ...transfer, on: '2026-03-12' }, /已办结/],
    ['urge while registered', at(), urge, null],
    ['urge while transferred', at(transfer), urge, null],
    ['no urge once handled', at(transfer, handle), { ...urge, on: '2026-03-12' }, /已办结/],
    ['handle needs a transfer', at(), handle, /请先记录“转办”/],
    ['handle once', at(transfer, handle), { ...handle, on: '2026-03-12' }, /不能重复办结/],
    ['feedback needs handling', at(transfer), feedback, /请先记录“办结”/],
    ['feedback once', at(transfer, handle, feedback), feedback, /不能重复反馈/],
    ['refer while registered', at(), refer, null],
    ['refer after feedback', at(transfer, handle, feedback), { ...refer, on: '2026-03-12' }, null],
    ['refer once', at(refer), refer, /不能重复移送/],
    ['no future date', at(), { ...transfer, on: '2026-04-01' }, /不能晚于今天/],
    ['not before receipt', at(), { ...refer, on: '2026-03-01' }, /不能早于线索受理日/],
    [
      'handle not before the transfer',
      at(transfer),
      { ...handle, on: '2026-03-02' },
      /不能早于转办日/
    ],
    [
      'feedback not before handling',
      at(transfer, handle),
      { ...feedback, on: '2026-03-09' },
      /不能早于办结日/
    ],
    [
      'deadline not before the step',
      at(),
      { ...transfer, deadlineOn: '2026-03-02' },
      /办理期限（2026-03-02）不能早于转办日期/
    ]
  ])('%s', (_name, state, step, expected) => {
    const refusal = clueStepRefusal(state, step, today)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected)
  })
})

describe('nextClueSteps', () => {
  it.each<[string, ClueState, string[]]>([
    ['registered', at(), ['transfer', 'urge', 'refer']],
    ['transferred', at(transfer), ['transfer', 'urge', 'handle', 'refer']],
    ['handled', at(transfer, handle), ['feedback', 'refer']],
    ['closed and referred', at(refer, transfer, handle, feedback), []]
  ])('%s', (_name, state, expected) => {
    expect(nextClueSteps(state)).toEqual(expected)
  })
})

describe('overdue and counts', () => {
  it('is overdue only when the deadline has passed and the clue is not handled', () => {
    expect(isOverdue({ deadlineOn: '2026-03-17', handledOn: null }, '2026-03-17')).toBe(false)
    expect(isOverdue({ deadlineOn: '2026-03-17', handledOn: null }, '2026-03-18')).toBe(true)
    expect(isOverdue({ deadlineOn: '2026-03-17', handledOn: '2026-03-20' }, '2026-03-30')).toBe(
      false
    )
  })

  it('counts found vs handled', () => {
    const clues = [
      { deadlineOn: '2026-03-17', handledOn: null, referred: false },
      { deadlineOn: '2026-04-17', handledOn: null, referred: true },
      { deadlineOn: '2026-03-01', handledOn: '2026-03-02', referred: false }
    ]
    expect(clueCounts(clues, '2026-03-20')).toEqual({
      found: 3,
      handled: 1,
      open: 2,
      overdue: 1,
      referred: 1
    })
  })

  it('starts registered with the given deadline', () => {
    expect(initialClueState('2026-03-02', '2026-03-17').status).toBe('registered')
  })
})

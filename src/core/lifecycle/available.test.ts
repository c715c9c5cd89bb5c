import { describe, expect, it } from 'vitest'
import type { LifecycleAction } from './actions'
import { availableActions } from './available'
import {
  BIG,
  SMALL,
  WARNING,
  closeInv,
  decide,
  decideNoPenalty,
  notify
} from './lifecycle.test-support'
import { applyAction, initialProgress, type CaseProgress } from './progress'

const fold = (
  actions: LifecycleAction[],
  from: CaseProgress = initialProgress('FILED', '2025-03-05')
) => actions.reduce(applyAction, from)

const clock = ['suspend', 'extend', 'seize']
const investigated = [closeInv('2025-03-20')]
const notified = (penalty = SMALL, hearing = false) => [
  ...investigated,
  notify('2025-03-24', penalty, hearing)
]
const decided = (penalty = SMALL) => [...notified(penalty), decide('2025-04-01', penalty)]
const served = (penalty = SMALL) => [
  ...decided(penalty),
  { kind: 'serve', on: '2025-04-02', method: 'inPerson', consentSigned: false } as const
]

describe('availableActions: the buttons each stage offers', () => {
  it.each<[string, CaseProgress, string[]]>([
    [
      'a registered clue',
      initialProgress('REGISTERED', null),
      ['file', 'decline', 'decideOnTheSpot']
    ],
    ['a filed case', fold([]), ['closeInvestigation', 'transfer', 'decideOnTheSpot', ...clock]],
    [
      'a suspended case offers resume instead of suspend',
      fold([{ kind: 'suspend', on: '2025-03-10', reason: '—' }]),
      ['closeInvestigation', 'transfer', 'decideOnTheSpot', 'resume', 'extend', 'seize']
    ],
    [
      'under review with a penalty conclusion',
      fold(investigated),
      [
        'legalReview',
        'collectiveDiscussion',
        'approveDeviation',
        'notify',
        'decide',
        'transfer',
        ...clock
      ]
    ],
    [
      'under review with a no-penalty conclusion: no notice to give',
      fold([closeInv('2025-03-20', { conclusion: 'noPenalty' })]),
      ['legalReview', 'collectiveDiscussion', 'approveDeviation', 'decide', 'transfer', ...clock]
    ],
    [
      'notified, no hearing offered',
      fold(notified()),
      [
        'waive',
        'statement',
        'legalReview',
        'collectiveDiscussion',
        'approveDeviation',
        'notify',
        'decide',
        'transfer',
        ...clock
      ]
    ],
    [
      'notified, a statement made: 复核 offered',
      fold([...notified(), { kind: 'statement', on: '2025-03-25', summary: '—' }]),
      [
        'waive',
        'statement',
        'reconsider',
        'legalReview',
        'collectiveDiscussion',
        'approveDeviation',
        'notify',
        'decide',
        'transfer',
        ...clock
      ]
    ],
    [
      'returned to investigation by the legal review',
      fold([
        ...notified(),
        { kind: 'legalReview', on: '2025-03-25', opinion: 'return', reasons: '—' }
      ]),
      ['closeInvestigation', 'transfer', 'decideOnTheSpot', ...clock]
    ],
    [
      'decided: serve, and publish an ordinary fine decision',
      fold(decided()),
      ['serve', 'publish']
    ],
    ['decided, warning only: nothing to publish', fold(decided(WARNING)), ['serve']],
    ['decided, no penalty', fold([...investigated, decideNoPenalty('2025-04-01', '—')]), ['serve']],
    ['served fine', fold(served()), ['deferral', 'remind', 'close', 'publish']],
    [
      'served fine, published',
      fold([...served(), { kind: 'publish', on: '2025-04-03' }]),
      ['deferral', 'remind', 'close']
    ],
    ['served warning: only closing', fold(served(WARNING)), ['close']],
    [
      'reminded: the court application is offered',
      fold([
        ...served(),
        { kind: 'publish', on: '2025-04-03' },
        { kind: 'remind', on: '2025-05-01' }
      ]),
      ['deferral', 'remind', 'courtApply', 'close']
    ],
    [
      'court applied: its result is offered',
      fold([
        ...served(),
        { kind: 'publish', on: '2025-04-03' },
        { kind: 'remind', on: '2025-05-01' },
        { kind: 'courtApply', on: '2025-10-10', court: '—' }
      ]),
      ['deferral', 'remind', 'courtConcluded', 'close']
    ],
    [
      'decided on the spot: served, never published',
      fold(
        [
          {
            kind: 'decideOnTheSpot',
            on: '2025-03-03',
            penalty: { ...SMALL, fineFen: 20_000 },
            place: '—',
            rightsInformed: true
          }
        ],
        initialProgress('REGISTERED', null)
      ),
      ['deferral', 'remind', 'close']
    ],
    [
      'transferred to the judicial organs',
      fold([...investigated, { kind: 'transfer', on: '2025-03-21', organ: '—', reason: '—' }]),
      ['close']
    ],
    [
      'closed and published: archive',
      fold([
        ...served(),
        { kind: 'publish', on: '2025-04-03' },
        { kind: 'close', on: '2025-04-10' }
      ]),
      ['archive']
    ],
    [
      'closed but not yet published: publication still offered',
      fold([...served(), { kind: 'close', on: '2025-04-10' }]),
      ['archive', 'publish']
    ],
    [
      'archived: nothing, not even a missed publication',
      fold([
        ...served(),
        { kind: 'close', on: '2025-04-10' },
        { kind: 'archive', on: '2025-04-11' }
      ]),
      []
    ],
    [
      'declined: nothing',
      fold(
        [{ kind: 'decline', on: '2025-03-05', reason: '—' }],
        initialProgress('REGISTERED', null)
      ),
      []
    ]
  ])('%s', (_name, p, expected) => {
    expect(availableActions(p)).toEqual(expected)
  })

  describe('the hearing buttons follow the hearing record', () => {
    const offered = notified(BIG, true)
    const hearingKinds = (p: CaseProgress) =>
      availableActions(p).filter((k) => k.startsWith('hearing'))

    it.each<[string, LifecycleAction[], string[]]>([
      ['offered, not yet requested', [], ['hearingRequest']],
      [
        'requested',
        [{ kind: 'hearingRequest', on: '2025-03-25' }],
        ['hearingNotice', 'hearingHeld', 'hearingAbandoned']
      ],
      [
        'held',
        [
          { kind: 'hearingRequest', on: '2025-03-25' },
          { kind: 'hearingNotice', on: '2025-03-26', hearingOn: '2025-04-10', place: '—' },
          { kind: 'hearingHeld', on: '2025-04-10', summary: '—' }
        ],
        []
      ],
      [
        'abandoned: may be requested again',
        [
          { kind: 'hearingRequest', on: '2025-03-25' },
          { kind: 'hearingAbandoned', on: '2025-03-26', reason: '—' }
        ],
        ['hearingRequest']
      ]
    ])('%s', (_name, actions, expected) => {
      expect(hearingKinds(fold([...offered, ...actions]))).toEqual(expected)
    })

    it('no hearing buttons when the notice offered none', () => {
      expect(hearingKinds(fold(notified(BIG, false)))).toEqual([])
    })
  })
})

import { describe, expect, it } from 'vitest'
import { checkRevenueGrowth } from './revenue'
import { DEFAULT_REVIEW_CONFIG, type ConfigKey } from './config'
import { REVIEW_FLAG_CODES, type ReviewFlag, type ReviewFlagCode } from './flag'
import { peerFromSubject } from './measures'
import {
  codes,
  fine,
  NO_EXEMPTION,
  peer,
  progress,
  RANGE_124,
  subject,
  withFine,
  withNotifiedFine,
  YULIN,
  yuan
} from './review.test-support'
import { CHECKS, runChecks } from './run'
import type { PeerCase, ReviewSubject } from './types'

const at = (pos: number) =>
  RANGE_124.minFen + Math.round(pos * (RANGE_124.maxFen - RANGE_124.minFen))

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v)
    Object.freeze(x)
  }
  return x
}

function withProgress(s: ReviewSubject, over: Parameters<typeof progress>[0]): ReviewSubject {
  return { ...s, procedure: { ...s.procedure, progress: progress(over) } }
}

const decidedOn = (on: string) => ({
  status: 'DECIDED' as const,
  decision: {
    on,
    outcome: 'penalty' as const,
    procedure: 'ordinary' as const,
    penalty: fine(yuan(75_000))
  }
})

/** One case per flag code: each trips the check named. */
const SCENARIOS: [ReviewFlagCode, ReviewSubject, PeerCase[]][] = [
  ['FINE_ABOVE_STATUTORY_MAX', withFine(subject(), RANGE_124.maxFen + 100), []],
  ['FINE_BELOW_STATUTORY_MIN', withFine(subject(), RANGE_124.minFen - 100), []],
  [
    'POSITION_IN_RANGE',
    withFine(subject({ level: 'LIGHTER', proposedLevel: 'LIGHTER' }), at(0.5)),
    []
  ],
  ['TOP_OF_RANGE_WITHOUT_GROUND', withFine(subject(), RANGE_124.maxFen), []],
  ['DISPROPORTION', YULIN, []],
  ['EXEMPTION_SKIPPED', subject({ exemption: { ...NO_EXEMPTION, noFault: true } }), []],
  ['LEVEL_MISMATCH', subject({ proposedLevel: 'LIGHTER' }), []],
  ['MITIGATION_UNAPPROVED', subject({ level: 'MITIGATED', proposedLevel: 'MITIGATED' }), []],
  ['PEER_OUTLIER', subject(), [peer({ position: 0.95 })]],
  [
    'PEER_DISPERSION',
    subject(),
    [0.1, 0.5, 0.9].map((position, i) => peer({ caseId: `p${i}`, position }))
  ],
  ['PROCEDURE_NO_NOTICE', withProgress(subject(), { notice: null }), []],
  ['PROCEDURE_NOTICE_OUTDATED', withFine(subject(), yuan(76_000)), []],
  ['PROCEDURE_NOT_RECONSIDERED', withProgress(subject(), { statementsSinceNotice: 2 }), []],
  [
    'PROCEDURE_HEARING_NOT_OFFERED',
    { ...subject(), procedure: { ...subject().procedure, hearingEligible: true } },
    []
  ],
  [
    'PROCEDURE_HEARING_NOT_HELD',
    withProgress(subject(), {
      hearing: {
        requestedOn: '2025-04-02',
        noticeOn: null,
        hearingOn: null,
        heldOn: null,
        abandonedOn: null
      }
    }),
    []
  ],
  ['PROCEDURE_LEGAL_REVIEW_MISSING', withProgress(subject(), { legalReviewRequired: true }), []],
  ['PROCEDURE_DECISION_OVERDUE', subject({ asOf: '2025-06-01' }), []],
  [
    'PROCEDURE_SERVICE_LATE',
    {
      ...withProgress(
        subject({ checkpoint: 'decided', asOf: '2025-05-20' }),
        decidedOn('2025-05-01')
      ),
      procedure: {
        ...withProgress(subject(), decidedOn('2025-05-01')).procedure,
        serviceDueOn: '2025-05-12'
      }
    },
    []
  ],
  [
    'PROCEDURE_PUBLICATION_LATE',
    {
      ...subject({ checkpoint: 'decided', asOf: '2025-06-20' }),
      procedure: {
        ...withProgress(subject(), decidedOn('2025-05-01')).procedure,
        publicationDueOn: '2025-05-29'
      }
    },
    []
  ],
  [
    'SEIZURE_OVERDUE',
    subject({
      seizures: [
        { startedOn: '2025-03-01', extensionApproved: false, testing: [], releasedOn: null }
      ]
    }),
    []
  ]
]

const ALL_FLAGS: ReviewFlag[] = [
  ...SCENARIOS.flatMap(([, s, peers]) => runChecks(s, peers)),
  ...checkRevenueGrowth({ thisYearFen: yuan(130), lastYearFen: yuan(100) }, DEFAULT_REVIEW_CONFIG)
]

/** The Sourced values behind a configuration key (a profile table holds one per profile). */
function configValues(key: ConfigKey): unknown[] {
  let node: unknown = DEFAULT_REVIEW_CONFIG
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part]
  return key === 'position.profiles' ? Object.values(node as object) : [node]
}

describe('runChecks', () => {
  it('finds nothing in a clean case', () => {
    expect(runChecks(subject(), [])).toEqual([])
  })

  it.each(SCENARIOS)('raises %s', (code, s, peers) => {
    expect(codes(runChecks(s, peers))).toContain(code)
  })

  it('covers every flag code (revenue through checkRevenueGrowth)', () => {
    expect(new Set(codes(ALL_FLAGS))).toEqual(new Set(REVIEW_FLAG_CODES))
  })

  it('gives every flag a sentence, a citation, evidence and valid configuration keys', () => {
    for (const f of ALL_FLAGS) {
      expect(f.message).toMatch(/^[^\n]+；[^\n]+。$/)
      expect(f.citations.length).toBeGreaterThan(0)
      for (const c of f.citations) expect(c.law && c.article).toBeTruthy()
      expect(Object.keys(f.evidence).length).toBeGreaterThan(0)
      for (const key of f.configKeys) {
        for (const v of configValues(key)) expect(v).toHaveProperty('source')
      }
      expect(JSON.parse(JSON.stringify(f))).toEqual(f)
    }
  })

  it('flags the Yulin case as disproportionate and nothing else', () => {
    const flags = runChecks(YULIN, [])
    expect(codes(flags)).toEqual(['DISPROPORTION'])
    expect(flags[0]?.citations[0]).toEqual({
      law: '中华人民共和国行政处罚法',
      article: '第五条第二款',
      version: '2021-01-22'
    })
  })

  it('flags the outlier of two cases of the same item and level with fines far apart', () => {
    const low = withNotifiedFine(subject({ caseId: 'low' }), at(0.3))
    const high = withNotifiedFine(subject({ caseId: 'high' }), at(0.7))
    const asPeer = (s: ReviewSubject) =>
      peerFromSubject(s, 'UNIT-A', '2025-04-01', DEFAULT_REVIEW_CONFIG)
    expect(codes(runChecks(high, [asPeer(low), asPeer(high)]))).toEqual(['PEER_OUTLIER'])
    expect(codes(runChecks(low, [asPeer(high)]))).toEqual(['PEER_OUTLIER'])
    const near = withNotifiedFine(subject({ caseId: 'near' }), at(0.6))
    expect(runChecks(near, [asPeer(high)])).toEqual([])
  })

  it('runs the checks in a fixed order', () => {
    const s = withProgress(
      withFine(subject({ level: 'LIGHTER', proposedLevel: 'NORMAL', asOf: '2025-06-01' }), at(0.5)),
      {
        notice: null,
        legalReviewRequired: true
      }
    )
    expect(codes(runChecks(s, [peer({ level: 'LIGHTER', position: 0.95 })]))).toEqual([
      'POSITION_IN_RANGE',
      'LEVEL_MISMATCH',
      'PEER_OUTLIER',
      'PROCEDURE_NO_NOTICE',
      'PROCEDURE_LEGAL_REVIEW_MISSING',
      'PROCEDURE_DECISION_OVERDUE'
    ])
    expect(CHECKS).toHaveLength(11)
  })

  it('is pure: frozen input, same output every time', () => {
    const s = deepFreeze(structuredClone(YULIN))
    const peers = deepFreeze([peer({ position: 0.95 })])
    expect(runChecks(s, peers)).toEqual(runChecks(s, peers))
  })
})

import { describe, expect, it } from 'vitest'
import type { LifecycleAction } from './actions'
import { checkAction, limitationRefusal, statementDue } from './guards'
import {
  BIG,
  SMALL,
  WARNING,
  accepted,
  closeInv,
  ctx,
  decide,
  decideNoPenalty,
  education,
  filed,
  fine,
  notify,
  refusalOf,
  review,
  serve,
  walk,
  yuan
} from './lifecycle.test-support'
import { foldActions, initialProgress } from './progress'

// Dates are 2025 unless stated; the working-day calendar is the shipped one (国办发明电〔2024〕12号):
// 清明 04-04…06, 劳动节 05-01…05, 端午 05-31…06-02, 国庆/中秋 10-01…08, 补班 09-28 (Sun) and
// 10-11 (Sat).

describe('a full ordinary-procedure case with a hearing (行政处罚法第四十四条至第六十七条)', () => {
  // An organisation fined 15万元 (≥ the 10万 hearing threshold). The fine is paid 3 days late and
  // the 加处罚款 (3 % × 3 days = 4 500元 × 3 = 13 500元) a few days later.
  const c = ctx({
    payments: [
      { on: '2025-09-05', amountFen: yuan(150_000) },
      { on: '2025-09-10', amountFen: yuan(13_500) }
    ]
  })
  const steps: [LifecycleAction, string][] = [
    [{ kind: 'file', on: '2025-06-05' }, 'FILED'],
    [closeInv('2025-07-10'), 'UNDER_REVIEW'],
    // Monday: the hearing may be requested until the 5th working day, Monday 07-21.
    [notify('2025-07-14', BIG, true), 'NOTIFIED'],
    [{ kind: 'hearingRequest', on: '2025-07-21' }, 'NOTIFIED'],
    // Hearing Monday 08-04: seven whole working days (07-24 … 08-01) between notice and hearing.
    [
      { kind: 'hearingNotice', on: '2025-07-23', hearingOn: '2025-08-04', place: '局听证室' },
      'NOTIFIED'
    ],
    [{ kind: 'hearingHeld', on: '2025-08-04', summary: '当事人到场申辩' }, 'NOTIFIED'],
    [review('2025-08-11', 'approve'), 'NOTIFIED'],
    [decide('2025-08-15', BIG), 'DECIDED'],
    // Payment due 15 days after receipt: 2025-09-02.
    [serve('2025-08-18'), 'SERVED'],
    [{ kind: 'publish', on: '2025-08-20' }, 'SERVED'],
    [{ kind: 'close', on: '2025-09-12' }, 'CLOSED'],
    [{ kind: 'archive', on: '2025-09-15' }, 'ARCHIVED']
  ]

  it('every step passes its guard and the fold gives the expected status after it', () => {
    const actions = steps.map(([a]) => a)
    let p = initialProgress('REGISTERED', null)
    steps.forEach(([a, status], i) => {
      p = walk([a], c, p)
      expect(p.status, a.kind).toBe(status)
      expect(foldActions('REGISTERED', null, actions.slice(0, i + 1))).toEqual(p)
    })
    expect(p).toMatchObject({
      filedOn: '2025-06-05',
      conclusion: 'penalty',
      notice: { on: '2025-07-14', hearingOffered: true },
      hearing: {
        requestedOn: '2025-07-21',
        noticeOn: '2025-07-23',
        hearingOn: '2025-08-04',
        heldOn: '2025-08-04',
        abandonedOn: null
      },
      review: { on: '2025-08-11', opinion: 'approve' },
      decision: { on: '2025-08-15', outcome: 'penalty', procedure: 'ordinary', penalty: BIG },
      service: { on: '2025-08-18', method: 'inPerson' },
      publishedOn: '2025-08-20',
      closedOn: '2025-09-12',
      archivedOn: '2025-09-15'
    })
  })

  const before = (kind: LifecycleAction['kind']) => {
    const i = steps.findIndex(([a]) => a.kind === kind)
    return walk(
      steps.slice(0, i).map(([a]) => a),
      c
    )
  }

  it('the notice of a 15万元 fine to an organisation must offer the hearing (第六十三条, 第四十四条)', () => {
    const r = refusalOf(before('notify'), notify('2025-07-14', BIG, false), c)
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第六十三条')
    expect(r.message).toContain('第四十四条')
  })

  it('after the hearing, no decision without a legal review (第五十八条第（二）项)', () => {
    const r = refusalOf(before('legalReview'), decide('2025-08-15', BIG), c)
    expect(r.message).toContain('本案经过听证程序')
    expect(r.message).toContain('第五十八条')
    expect(r.message).toContain('尚未审核')
  })

  it('no closing while the 加处罚款 is unpaid, although the fine itself is paid (第七十二条)', () => {
    const r = refusalOf(before('close'), { kind: 'close', on: '2025-09-08' }, c)
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('罚款尚未缴清')
    expect(r.message).toContain('尚欠13500.00元')
  })

  it('an archived case refuses every further action', () => {
    const p = walk(
      steps.map(([a]) => a),
      c
    )
    const r = refusalOf(p, { kind: 'publish', on: '2025-09-20' }, c)
    expect(r).toEqual({ code: 'WRONG_STAGE', message: '案件已归档，不能再办理。' })
  })
})

// A case without a hearing right: an organisation fined 5万元. Filed Wednesday 2025-03-05, so the
// 90 days of 第六十条 end on Tuesday 2025-06-03.
const FILED = '2025-03-05'
const investigated = () => walk([closeInv('2025-03-20')], ctx(), filed(FILED))
/** Notified Monday 03-24: the 5 working days for statements end Monday 03-31. */
const notified = (penalty = SMALL, hearingOffered = false) =>
  walk([notify('2025-03-24', penalty, hearingOffered)], ctx(), investigated())

describe('deciding: the steps 第四十四条、第四十五条、第五十七条、第五十八条、第六十二条 require', () => {
  it('no penalty decision without the prior notice (第四十四条)', () => {
    const r = refusalOf(investigated(), decide('2025-04-10', SMALL))
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第四十四条')
    expect(r.message).toContain('尚未记录事先告知')
  })

  it('a no-penalty decision needs no notice', () => {
    const p = walk([closeInv('2025-03-20', { conclusion: 'notEstablished' })], ctx(), filed(FILED))
    accepted(p, decideNoPenalty('2025-03-21', '违法事实不能成立'))
    const r = refusalOf(p, notify('2025-03-21', SMALL))
    expect(r.message).toContain('无需事先告知')
  })

  it('a no-penalty decision carries its education, dated in order (第三十三条第三款)', () => {
    const p = walk([closeInv('2025-03-20', { conclusion: 'noPenalty' })], ctx(), filed(FILED))
    const withEducation = (educatedOn: string, followUpOn: string): LifecycleAction => ({
      kind: 'decide',
      on: '2025-03-21',
      outcome: 'noPenalty',
      reasons: '首违不罚',
      education: education(educatedOn, followUpOn)
    })
    const early = refusalOf(p, withEducation('2025-03-04', '2025-04-21'))
    expect(early.code).toBe('DATE_ORDER')
    expect(early.message).toContain('不能早于立案日')
    expect(early.message).toContain('第三十三条第三款')
    const future = refusalOf(p, withEducation('2026-07-01', '2026-08-01'))
    expect(future.message).toContain('不能晚于今天')
    const sameDay = refusalOf(p, withEducation('2025-03-21', '2025-03-21'))
    expect(sameDay.message).toContain('回访日期')
    // Educated when the decision is served, two days later: the follow-up must follow that too.
    expect(refusalOf(p, withEducation('2025-03-23', '2025-03-23')).message).toContain(
      '2025年3月23日'
    )
    accepted(p, withEducation('2025-03-23', '2025-03-24'))
    accepted(p, withEducation(FILED, '2025-03-22'))
  })

  it('a penalty decision needs the conclusion “penalty” (第五十七条第一款)', () => {
    const p = walk([closeInv('2025-03-20', { conclusion: 'noPenalty' })], ctx(), filed(FILED))
    expect(refusalOf(p, decide('2025-04-10', SMALL)).message).toContain('调查终结意见')
  })

  it('no decision before the statement period has run: the 5th working day is still refused', () => {
    expect(statementDue(ctx(), '2025-03-24')).toEqual({ ok: true, value: '2025-03-31' })
    const r = refusalOf(notified(), decide('2025-03-31', SMALL))
    expect(r.code).toBe('DEADLINE')
    expect(r.message).toContain('2025年3月31日')
    expect(r.message).toContain('第六十二条')
    accepted(notified(), decide('2025-04-01', SMALL))
  })

  it('the statement period skips 清明: notice Thursday 04-03 → last day Friday 04-11', () => {
    const p = walk([notify('2025-04-03', SMALL)], ctx(), investigated())
    expect(refusalOf(p, decide('2025-04-11', SMALL)).message).toContain('2025年4月11日')
    accepted(p, decide('2025-04-12', SMALL))
  })

  it('an express waiver allows deciding at once (第六十二条 但书)', () => {
    const p = walk([{ kind: 'waive', on: '2025-03-24' }], ctx(), notified())
    accepted(p, decide('2025-03-24', SMALL))
  })

  it('a statement must be reviewed (复核) before deciding (第四十五条第一款)', () => {
    const p = walk(
      [{ kind: 'statement', on: '2025-03-26', summary: '初次违法' }],
      ctx(),
      notified()
    )
    const r = refusalOf(p, decide('2025-04-10', SMALL))
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第四十五条第一款')
    const reviewed = walk(
      [{ kind: 'reconsider', on: '2025-03-27', adopted: false, reasons: '理由不成立' }],
      ctx(),
      p
    )
    // With a 复核 on record, the decision need not wait for the rest of the period (domain §1.4).
    accepted(reviewed, decide('2025-03-27', SMALL))
  })

  it('a statement made before a waiver must still be reviewed', () => {
    const p = walk(
      [
        { kind: 'statement', on: '2025-03-25', summary: '已整改' },
        { kind: 'waive', on: '2025-03-26' }
      ],
      ctx(),
      notified()
    )
    expect(refusalOf(p, decide('2025-03-26', SMALL)).message).toContain('第四十五条第一款')
  })

  it('a later statement reopens the 复核', () => {
    const p = walk(
      [
        { kind: 'statement', on: '2025-03-25', summary: '一' },
        { kind: 'reconsider', on: '2025-03-26', adopted: false, reasons: '不成立' },
        { kind: 'statement', on: '2025-03-27', summary: '二' }
      ],
      ctx(),
      notified()
    )
    expect(refusalOf(p, decide('2025-04-10', SMALL)).message).toContain('复核')
  })

  it('a 复核 needs a statement', () => {
    const r = refusalOf(notified(), {
      kind: 'reconsider',
      on: '2025-03-26',
      adopted: true,
      reasons: '—'
    })
    expect(r.code).toBe('MISSING_STEP')
  })

  describe('hearing (第六十三条至第六十五条)', () => {
    it('an offered hearing: no decision before the 5 working days to ask for it have run', () => {
      // Statements 3 working days (→ 03-27), hearing requests 5 (→ 03-31).
      const c = ctx({ statementWorkingDays: 3 })
      const p = notified(SMALL, true)
      const r = refusalOf(p, decide('2025-03-31', SMALL), c)
      expect(r.code).toBe('DEADLINE')
      expect(r.message).toContain('第六十四条第（一）项')
      accepted(p, decide('2025-04-01', SMALL), c)
    })

    it('a requested hearing must be held (or abandoned) before deciding', () => {
      const p = walk([{ kind: 'hearingRequest', on: '2025-03-25' }], ctx(), notified(BIG, true))
      const r = refusalOf(p, decide('2025-05-10', BIG))
      expect(r.code).toBe('MISSING_STEP')
      expect(r.message).toContain('第六十四条')
      expect(r.message).toContain('第六十五条')
      const abandoned = walk(
        [{ kind: 'hearingAbandoned', on: '2025-04-02', reason: '当事人书面撤回' }],
        ctx(),
        p
      )
      accepted(abandoned, decide('2025-04-03', BIG))
    })

    it('the hearing right cannot be exercised when the notice did not offer it', () => {
      const r = refusalOf(notified(), { kind: 'hearingRequest', on: '2025-03-25' })
      expect(r.message).toContain('未告知听证权利')
    })

    it('a second request while one is pending is refused', () => {
      const p = walk([{ kind: 'hearingRequest', on: '2025-03-25' }], ctx(), notified(BIG, true))
      expect(refusalOf(p, { kind: 'hearingRequest', on: '2025-03-26' }).code).toBe('WRONG_STAGE')
    })

    it('the hearing is held only after the notice, on or after the notified day', () => {
      const p = walk([{ kind: 'hearingRequest', on: '2025-03-25' }], ctx(), notified(BIG, true))
      expect(
        refusalOf(p, { kind: 'hearingHeld', on: '2025-04-10', summary: '' }).message
      ).toContain('第六十四条第（二）项')
      const noticed = walk(
        [{ kind: 'hearingNotice', on: '2025-03-26', hearingOn: '2025-04-10', place: '听证室' }],
        ctx(),
        p
      )
      expect(refusalOf(noticed, { kind: 'hearingHeld', on: '2025-04-09', summary: '' }).code).toBe(
        'DATE_ORDER'
      )
      accepted(noticed, { kind: 'hearingHeld', on: '2025-04-10', summary: '' })
    })

    it('a hearing date not after the notice is refused', () => {
      const p = walk([{ kind: 'hearingRequest', on: '2025-03-25' }], ctx(), notified(BIG, true))
      const r = refusalOf(p, {
        kind: 'hearingNotice',
        on: '2025-03-26',
        hearingOn: '2025-03-26',
        place: '听证室'
      })
      expect(r.code).toBe('DATE_ORDER')
    })

    it('a legal review given before the hearing does not count: the decision rests on the hearing record', () => {
      const p = walk(
        [
          review('2025-03-21', 'approve'),
          notify('2025-03-24', BIG, true),
          { kind: 'hearingRequest', on: '2025-03-25' },
          { kind: 'hearingNotice', on: '2025-03-26', hearingOn: '2025-04-10', place: '听证室' },
          { kind: 'hearingHeld', on: '2025-04-10', summary: '' }
        ],
        ctx(),
        investigated()
      )
      const r = refusalOf(p, decide('2025-04-15', BIG))
      expect(r.message).toContain('第五十八条')
      expect(r.message).toContain('须在听证后重新审核')
      accepted(walk([review('2025-04-14', 'approve')], ctx(), p), decide('2025-04-15', BIG))
    })
  })

  describe('legal review (第五十八条)', () => {
    const required = () =>
      walk(
        [closeInv('2025-03-20', { legalReviewRequired: true }), notify('2025-03-24', SMALL)],
        ctx(),
        filed(FILED)
      )

    it('required but missing: refused', () => {
      const r = refusalOf(required(), decide('2025-04-10', SMALL))
      expect(r.code).toBe('MISSING_STEP')
      expect(r.message).toContain('本案属于应当进行法制审核的情形')
      expect(r.message).toContain('第五十八条')
      expect(r.message).toContain('尚未审核')
    })

    it('required and rejected: refused; approved: accepted', () => {
      const rejected = walk([review('2025-04-01', 'reject')], ctx(), required())
      const r = refusalOf(rejected, decide('2025-04-10', SMALL))
      expect(r.message).toContain('审核意见为不同意')
      expect(r.message).toContain('第五十八条')
      accepted(
        walk([review('2025-04-02', 'approve')], ctx(), rejected),
        decide('2025-04-10', SMALL)
      )
    })

    it('a rejecting review blocks the decision even when the review was optional', () => {
      const p = walk([review('2025-04-01', 'reject')], ctx(), notified())
      expect(refusalOf(p, decide('2025-04-10', SMALL)).message).toContain('第五十八条')
    })

    it('a rejecting review before the notice blocks the notice', () => {
      const p = walk([review('2025-03-21', 'reject')], ctx(), investigated())
      expect(refusalOf(p, notify('2025-03-24', SMALL)).message).toContain('第五十八条')
    })

    it('“return” sends the case back to the investigation', () => {
      const p = walk([review('2025-04-01', 'return')], ctx(), required())
      expect(p.status).toBe('INVESTIGATING')
      expect(refusalOf(p, decide('2025-04-10', SMALL)).code).toBe('WRONG_STAGE')
      const again = walk([closeInv('2025-04-05', { legalReviewRequired: true })], ctx(), p)
      expect(again.review).toBeNull()
      expect(refusalOf(again, decide('2025-04-10', SMALL)).message).toContain('尚未审核')
    })
  })

  it('collective discussion required: refused until recorded (第五十七条第二款)', () => {
    const p = walk(
      [closeInv('2025-03-20', { collectiveDiscussionRequired: true }), notify('2025-03-24', SMALL)],
      ctx(),
      filed(FILED)
    )
    const r = refusalOf(p, decide('2025-04-10', SMALL))
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第五十七条第二款')
    const discussed = walk(
      [
        {
          kind: 'collectiveDiscussion',
          on: '2025-04-08',
          participants: '局长、副局长',
          conclusion: '同意'
        }
      ],
      ctx(),
      p
    )
    accepted(discussed, decide('2025-04-10', SMALL))
    // The decision cannot predate the discussion it rests on.
    expect(refusalOf(discussed, decide('2025-04-07', SMALL)).code).toBe('DATE_ORDER')
  })

  describe('no heavier penalty than notified (第四十五条第二款)', () => {
    const heavier = (penalty: Parameters<typeof decide>[1], notice = SMALL) => {
      const r = refusalOf(notified(notice), decide('2025-04-10', penalty))
      expect(r.code).toBe('MISSING_STEP')
      expect(r.message).toContain('第四十五条第二款')
      return r.message
    }

    it('a higher fine', () => {
      expect(heavier(fine(yuan(50_001)))).toContain('罚款50001.00元高于告知的50000.00元')
    })

    it('an added type', () => {
      expect(heavier({ ...SMALL, types: ['fine', 'suspendLicence'] })).toContain('暂扣许可证件')
    })

    it('a warning on top of the notified fine', () => {
      expect(heavier({ ...SMALL, types: ['warning', 'fine'] })).toContain('警告')
    })

    it('a larger confiscation', () => {
      const notice = {
        types: ['fine', 'confiscateGains'],
        fineFen: yuan(50_000),
        confiscationFen: yuan(20_000)
      } as const
      expect(
        heavier(
          { ...notice, types: [...notice.types], confiscationFen: yuan(30_000) },
          { ...notice, types: [...notice.types] }
        )
      ).toContain('没收金额')
    })

    it('a lower fine, or a warning instead of the fine, is accepted', () => {
      accepted(notified(), decide('2025-04-10', fine(yuan(40_000))))
      accepted(notified(), decide('2025-04-10', WARNING))
    })

    it('a fresh notice of the heavier penalty allows it, after the new statement period', () => {
      const heavierFine = fine(yuan(60_000))
      // Tuesday 04-01: 04-02, 04-03, (清明 04-04 … 06), 04-07, 04-08, 04-09.
      const p = walk([notify('2025-04-01', heavierFine)], ctx(), notified())
      expect(refusalOf(p, decide('2025-04-09', heavierFine)).code).toBe('DEADLINE')
      accepted(p, decide('2025-04-10', heavierFine))
    })
  })

  describe('the 90 days of 第六十条, suspension and extension', () => {
    it('day 90 (06-03) is accepted, day 91 refused', () => {
      accepted(notified(), decide('2025-06-03', SMALL))
      const r = refusalOf(notified(), decide('2025-06-04', SMALL))
      expect(r.code).toBe('DEADLINE')
      expect(r.message).toContain('第六十条')
      expect(r.message).toContain('2025年6月3日')
    })

    it('an approved 30-day extension allows day 91 … 120, and a collective extension more', () => {
      const head = walk(
        [{ kind: 'extend', on: '2025-05-30', step: 'head30', days: 30, reason: '案情复杂' }],
        ctx(),
        notified()
      )
      accepted(head, decide('2025-06-04', SMALL))
      accepted(head, decide('2025-07-03', SMALL))
      expect(refusalOf(head, decide('2025-07-04', SMALL)).message).toContain('2025年7月3日')
      const more = walk(
        [{ kind: 'extend', on: '2025-07-01', step: 'collective', days: 15, reason: '鉴定' }],
        ctx(),
        head
      )
      accepted(more, decide('2025-07-18', SMALL))
      expect(refusalOf(more, decide('2025-07-19', SMALL)).code).toBe('DEADLINE')
    })

    it('extension rules: 30 days by the head, once; further only after it', () => {
      const p = notified()
      const ext = (step: 'head30' | 'collective', days: number): LifecycleAction => ({
        kind: 'extend',
        on: '2025-05-30',
        step,
        days,
        reason: '—'
      })
      expect(refusalOf(p, ext('head30', 20)).code).toBe('INVALID')
      expect(refusalOf(p, ext('collective', 20)).code).toBe('MISSING_STEP')
      const once = walk([ext('head30', 30)], ctx(), p)
      expect(refusalOf(once, ext('head30', 30)).code).toBe('WRONG_STAGE')
    })

    it('a suspension (中止) stops the clock: 04-01 … 04-10 paused → last day 06-13', () => {
      const suspended = walk(
        [{ kind: 'suspend', on: '2025-04-01', reason: '等待检验结果' }],
        ctx(),
        notified()
      )
      const r = refusalOf(suspended, decide('2025-04-05', SMALL))
      expect(r.message).toContain('中止')
      const resumed = walk([{ kind: 'resume', on: '2025-04-11' }], ctx(), suspended)
      expect(resumed.pauses).toEqual([
        { firstDay: '2025-04-01', lastDay: '2025-04-10', reason: '中止' }
      ])
      accepted(resumed, decide('2025-06-13', SMALL))
      expect(refusalOf(resumed, decide('2025-06-14', SMALL)).message).toContain('2025年6月13日')
    })

    it('a suspension cannot be resumed before it began, or started twice', () => {
      const suspended = walk(
        [{ kind: 'suspend', on: '2025-04-01', reason: '—' }],
        ctx(),
        notified()
      )
      expect(refusalOf(suspended, { kind: 'resume', on: '2025-03-31' }).code).toBe('DATE_ORDER')
      expect(refusalOf(suspended, { kind: 'suspend', on: '2025-04-02', reason: '—' }).code).toBe(
        'WRONG_STAGE'
      )
      expect(refusalOf(notified(), { kind: 'resume', on: '2025-04-02' }).code).toBe('WRONG_STAGE')
      expect(refusalOf(suspended, closeInv('2025-04-02')).message).toContain('中止')
    })
  })
})

describe('limitation (第三十六条): two years, five when life, health, safety or finance is harmed', () => {
  it.each([
    ['2023-03-10', false, '2025-03-10', null],
    ['2023-03-10', false, '2025-03-11', '二年'],
    ['2020-03-10', true, '2025-03-10', null],
    ['2020-03-10', true, '2025-03-11', '五年'],
    ['2020-03-10', false, '2025-03-10', '二年'],
    // 29 February: the period ends on 28 February of the common year (民法典第二百零二条).
    ['2024-02-29', false, '2026-02-28', null],
    ['2024-02-29', false, '2026-03-01', '二年']
  ] as const)('act %s, extended %s, discovered %s → %s', (act, extended, discovered, refused) => {
    const r = limitationRefusal(act, extended, discovered)
    if (refused === null) {
      expect(r).toBeNull()
    } else {
      expect(r?.code).toBe('DEADLINE')
      expect(r?.message).toContain(refused)
      expect(r?.message).toContain('第三十六条')
    }
  })

  it('filing checks the limitation against the discovery day', () => {
    const late = ctx({ violationOn: '2023-03-10', discoveredOn: '2025-03-11' })
    const r = refusalOf(
      initialProgress('REGISTERED', null),
      { kind: 'file', on: '2025-03-12' },
      late
    )
    expect(r.message).toContain('不得立案')
    const inTime = ctx({ violationOn: '2023-03-10', discoveredOn: '2025-03-10' })
    accepted(initialProgress('REGISTERED', null), { kind: 'file', on: '2025-03-12' }, inTime)
  })

  it('the act date is required, and not after discovery', () => {
    expect(limitationRefusal(null, false, '2025-03-10')?.code).toBe('MISSING_STEP')
    expect(limitationRefusal('2025-03-11', false, '2025-03-10')?.code).toBe('DATE_ORDER')
  })

  it('filing is not dated before the discovery', () => {
    const r = refusalOf(initialProgress('REGISTERED', null), { kind: 'file', on: '2025-01-05' })
    expect(r.code).toBe('DATE_ORDER')
  })
})

describe('hearing clocks across 国庆/中秋 2025 (第六十四条 + 第八十五条)', () => {
  // Filed 08-01; notice Friday 09-26. Working days after it: 09-28 (补班 Sunday), 09-29, 09-30,
  // 10-09, 10-10 — so the 5th is 10-10 and the 6th the 补班 Saturday 10-11.
  const p = walk(
    [closeInv('2025-09-01'), notify('2025-09-26', BIG, true)],
    ctx(),
    filed('2025-08-01')
  )

  it('a request on the 5th working day (10-10) is accepted', () => {
    accepted(p, { kind: 'hearingRequest', on: '2025-10-10' })
  })

  it('a request on the 6th (the 调休 Saturday 10-11) is refused', () => {
    const r = refusalOf(p, { kind: 'hearingRequest', on: '2025-10-11' })
    expect(r.code).toBe('DEADLINE')
    expect(r.message).toContain('2025年10月10日')
    expect(r.message).toContain('第六十四条第（一）项')
  })

  // Hearing Friday 10-17. The seven working days before it are 10-09 … 10-16 with the 补班 Saturday
  // 10-11, so the notice is due on 10-08 (a holiday; the last working day before is 09-30).
  const requested = walk([{ kind: 'hearingRequest', on: '2025-09-29' }], ctx(), p)
  const hn = (on: string) =>
    ({ kind: 'hearingNotice', on, hearingOn: '2025-10-17', place: '听证室' }) as const

  it('a notice exactly seven clear working days before (10-08) is accepted', () => {
    accepted(requested, hn('2025-10-08'))
    accepted(requested, hn('2025-09-30'))
  })

  it('a notice one working day later (10-09) is refused and names the last day', () => {
    const r = refusalOf(requested, hn('2025-10-09'))
    expect(r.code).toBe('DEADLINE')
    expect(r.message).toContain('最迟应于2025年10月8日通知')
    expect(r.message).toContain('第六十四条第（二）项')
  })

  it('an ordinary week: hearing Monday 08-04, notice Wednesday 07-23 accepted, Thursday 07-24 refused', () => {
    const q = walk(
      [
        closeInv('2025-07-10'),
        notify('2025-07-14', BIG, true),
        { kind: 'hearingRequest', on: '2025-07-15' }
      ],
      ctx(),
      filed('2025-06-05')
    )
    const at = (on: string) =>
      ({ kind: 'hearingNotice', on, hearingOn: '2025-08-04', place: '听证室' }) as const
    accepted(q, at('2025-07-23'))
    expect(refusalOf(q, at('2025-07-24')).code).toBe('DEADLINE')
  })
})

describe('on-the-spot decisions (简易程序, 第五十一条、第五十二条)', () => {
  const spot = (penalty: Parameters<typeof decide>[1], rightsInformed = true): LifecycleAction => ({
    kind: 'decideOnTheSpot',
    on: '2025-03-03',
    penalty,
    place: '某路口',
    rightsInformed
  })
  const registered = initialProgress('REGISTERED', null)
  const person = ctx({ partyKinds: ['person'] })
  const org = ctx({ partyKinds: ['organisation'] })

  it.each([
    ['person', 200, true],
    ['person', 201, false],
    ['organisation', 3000, true],
    ['organisation', 3001, false]
  ] as const)('%s fined %i yuan → accepted %s', (kind, amount, ok) => {
    const c = kind === 'person' ? person : org
    const r = checkAction(registered, spot(fine(yuan(amount))), c)
    if (ok) {
      expect(r).toBeNull()
    } else {
      expect(r?.code).toBe('LIMIT')
      expect(r?.message).toContain('第五十一条')
      expect(r?.message).toContain(`${amount}.00元`)
    }
  })

  it('the stricter limit applies when a person and an organisation are both parties', () => {
    const both = ctx({ partyKinds: ['organisation', 'person'] })
    expect(refusalOf(registered, spot(fine(yuan(201))), both).message).toContain('公民')
  })

  it('with no party recorded yet, the 200 yuan limit applies', () => {
    expect(refusalOf(registered, spot(fine(yuan(201))), ctx({ partyKinds: [] })).code).toBe('LIMIT')
  })

  it('a warning alone is accepted', () => {
    accepted(registered, spot(WARNING), person)
  })

  it.each([
    [{ types: ['confiscateGains'], fineFen: null, confiscationFen: yuan(100) }, '没收违法所得'],
    [{ types: ['publicCriticism'], fineFen: null, confiscationFen: null }, '通报批评'],
    [
      { types: ['fine', 'suspendLicence'], fineFen: yuan(100), confiscationFen: null },
      '暂扣许可证件'
    ]
  ] as const)('other types are refused: %o', (penalty, label) => {
    const r = refusalOf(registered, spot({ ...penalty, types: [...penalty.types] }), person)
    expect(r.code).toBe('LIMIT')
    expect(r.message).toContain(label)
    expect(r.message).toContain('第五十一条')
  })

  it('the party must first be told the facts and rights and heard (第四十四条、第五十二条)', () => {
    const r = refusalOf(registered, spot(WARNING, false), person)
    expect(r.message).toContain('第四十四条')
  })

  it('the limitation applies to an on-the-spot penalty too (第三十六条)', () => {
    const old = ctx({
      partyKinds: ['person'],
      violationOn: '2023-01-05',
      discoveredOn: '2025-01-06'
    })
    const r = refusalOf(registered, spot(WARNING), old)
    expect(r.message).toContain('第三十六条')
    expect(r.message).toContain('不得当场作出处罚决定')
  })

  it('the decision counts as served on the spot and is not published (公示规定第二条)', () => {
    const p = walk([spot(fine(yuan(200)))], person)
    expect(p).toMatchObject({
      status: 'SERVED',
      decision: { procedure: 'simple', on: '2025-03-03' },
      service: { on: '2025-03-03', method: 'inPerson' }
    })
    expect(refusalOf(p, { kind: 'publish', on: '2025-03-04' }, person).message).toContain(
      '普通程序'
    )
  })

  it('not once the ordinary procedure has gone as far as a notice', () => {
    expect(refusalOf(notified(), spot(WARNING)).code).toBe('WRONG_STAGE')
  })
})

describe('service (第六十一条)', () => {
  const decided = () =>
    walk([{ kind: 'waive', on: '2025-03-24' }, decide('2025-03-25', SMALL)], ctx(), notified())

  it('electronic service needs the signed consent (第六十一条第二款)', () => {
    const r = refusalOf(decided(), {
      kind: 'serve',
      on: '2025-03-26',
      method: 'electronic',
      consentSigned: false
    })
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第六十一条第二款')
    accepted(decided(), {
      kind: 'serve',
      on: '2025-03-26',
      method: 'electronic',
      consentSigned: true
    })
  })

  it('late service (after the 7 working days of 第六十一条第一款) is recorded, not refused', () => {
    // Decided Tuesday 03-25; the 7th working day is 04-03. A refusal would leave the decision
    // unserved for ever, so the lateness is for the clocks view to show, not for the guard.
    accepted(decided(), serve('2025-04-07'))
  })

  it('service is not dated before the decision, nor recorded before one', () => {
    expect(refusalOf(decided(), serve('2025-03-24')).code).toBe('DATE_ORDER')
    expect(refusalOf(notified(), serve('2025-03-26')).code).toBe('WRONG_STAGE')
  })
})

describe('publication (《市场监督管理行政处罚信息公示规定》第二条)', () => {
  const served = (penalty = SMALL) =>
    walk(
      [{ kind: 'waive', on: '2025-03-24' }, decide('2025-03-25', penalty), serve('2025-03-26')],
      ctx(),
      notified(penalty)
    )

  it('an ordinary fine decision is published once, not before its date', () => {
    expect(refusalOf(served(), { kind: 'publish', on: '2025-03-24' }).code).toBe('DATE_ORDER')
    const p = walk([{ kind: 'publish', on: '2025-03-27' }], ctx(), served())
    expect(refusalOf(p, { kind: 'publish', on: '2025-03-28' }).message).toContain(
      '已于2025年3月27日公示'
    )
  })

  it('a warning alone is not published', () => {
    const r = refusalOf(served(WARNING), { kind: 'publish', on: '2025-03-27' })
    expect(r.message).toContain('仅给予警告')
  })

  it('a no-penalty decision is not published', () => {
    const p = walk([decideNoPenalty('2025-04-10')], ctx(), notified())
    expect(refusalOf(p, { kind: 'publish', on: '2025-04-11' }).code).toBe('WRONG_STAGE')
  })
})

describe('execution (第六十六条、第六十七条、第七十二条; 行政强制法第五十三条、第五十四条)', () => {
  // 5万元 decided 2025-02-27 and served Monday 03-03: payment due 03-18. The 6-month litigation
  // period ends 09-03, so the court may be asked from 09-04.
  const served = () =>
    walk(
      [
        closeInv('2025-01-20'),
        notify('2025-01-21', SMALL),
        { kind: 'waive', on: '2025-01-21' },
        decide('2025-02-27', SMALL),
        serve('2025-03-03')
      ],
      ctx(),
      filed('2025-01-10')
    )
  const remind = (on: string): LifecycleAction => ({ kind: 'remind', on })
  const apply = (on: string): LifecycleAction => ({ kind: 'courtApply', on, court: '某区人民法院' })

  it('no reminder before the payment period has run', () => {
    const r = refusalOf(served(), remind('2025-03-18'))
    expect(r.message).toContain('2025年3月18日')
    accepted(served(), remind('2025-03-19'))
  })

  it('no reminder once everything is paid', () => {
    const paid = ctx({ payments: [{ on: '2025-03-10', amountFen: yuan(50_000) }] })
    expect(refusalOf(served(), remind('2025-03-19'), paid).message).toContain('已缴清')
  })

  it('the court only after a reminder (行政强制法第五十四条)', () => {
    const r = refusalOf(served(), apply('2025-10-20'))
    expect(r.code).toBe('MISSING_STEP')
    expect(r.message).toContain('第五十四条')
  })

  it('the court only after the 10 working days of the reminder: reminded 09-26 → from 10-17', () => {
    // 09-28 (补班), 09-29, 09-30, 10-09, 10-10, 10-11 (补班), 10-13 … 10-16 = 10 working days.
    const p = walk([remind('2025-09-26')], ctx(), served())
    const r = refusalOf(p, apply('2025-10-16'))
    expect(r.code).toBe('DEADLINE')
    expect(r.message).toContain('2025年10月16日')
    expect(r.message).toContain('第五十四条')
    const applied = walk([apply('2025-10-17')], ctx(), p)
    expect(applied.status).toBe('EXECUTING')
    expect(refusalOf(applied, apply('2025-10-18')).code).toBe('WRONG_STAGE')
  })

  it('the court only after the review and litigation periods (行政强制法第五十三条)', () => {
    const p = walk([remind('2025-04-01')], ctx(), served())
    const r = refusalOf(p, apply('2025-09-03'))
    expect(r.code).toBe('DEADLINE')
    expect(r.message).toContain('第五十三条')
    expect(r.message).toContain('2025年9月3日')
    accepted(p, apply('2025-09-04'))
  })

  it('no court application once everything is paid', () => {
    // The surcharge reached its cap long ago: 5万 fine + 5万 surcharge.
    const paid = ctx({ payments: [{ on: '2025-10-05', amountFen: yuan(100_000) }] })
    const p = walk([remind('2025-09-26')], paid, served())
    expect(refusalOf(p, apply('2025-10-17'), paid).message).toContain('已缴清')
  })

  it('closing: refused while the fine is outstanding, accepted after the court concluded', () => {
    const p = walk([remind('2025-09-26'), apply('2025-10-17')], ctx(), served())
    const r = refusalOf(p, { kind: 'close', on: '2025-10-20' })
    expect(r.message).toContain('罚款尚未缴清')
    expect(
      refusalOf(p, { kind: 'courtConcluded', on: '2025-10-16', result: 'enforced' }).code
    ).toBe('DATE_ORDER')
    const done = walk([{ kind: 'courtConcluded', on: '2025-12-01', result: 'enforced' }], ctx(), p)
    expect(refusalOf(done, { kind: 'close', on: '2025-11-30' }).code).toBe('DATE_ORDER')
    accepted(done, { kind: 'close', on: '2025-12-02' })
  })

  it('closing a case paid on time; nothing to enforce afterwards', () => {
    const paid = ctx({ payments: [{ on: '2025-03-18', amountFen: yuan(50_000) }] })
    const closed = walk([{ kind: 'close', on: '2025-03-20' }], paid, served())
    expect(refusalOf(closed, apply('2025-10-20'), paid).code).toBe('WRONG_STAGE')
    expect(refusalOf(closed, remind('2025-03-21'), paid).code).toBe('WRONG_STAGE')
  })

  it('a deferral (第六十六条第二款) moves the reminder, and must end after its approval', () => {
    const deferral = (on: string, until: string): LifecycleAction => ({
      kind: 'deferral',
      on,
      deferralKind: 'deferral',
      until,
      reason: '经济困难'
    })
    expect(refusalOf(served(), deferral('2025-03-10', '2025-03-10')).code).toBe('DATE_ORDER')
    const p = walk([deferral('2025-03-10', '2025-06-30')], ctx(), served())
    expect(refusalOf(p, remind('2025-06-30')).message).toContain('2025年6月30日')
    accepted(p, remind('2025-07-01'))
  })

  it('a decision without a fine needs no deferral, reminder or court', () => {
    const w = walk(
      [{ kind: 'waive', on: '2025-03-24' }, decide('2025-03-25', WARNING), serve('2025-03-26')],
      ctx(),
      notified(WARNING)
    )
    expect(refusalOf(w, remind('2025-05-01')).code).toBe('WRONG_STAGE')
    expect(
      refusalOf(w, {
        kind: 'deferral',
        on: '2025-03-27',
        deferralKind: 'instalment',
        until: '2025-05-01',
        reason: '—'
      }).code
    ).toBe('WRONG_STAGE')
    accepted(w, { kind: 'close', on: '2025-03-27' })
  })
})

describe('closing and archiving', () => {
  it('archive only once closed, and not before the closing day', () => {
    const p = walk(
      [{ kind: 'waive', on: '2025-03-24' }, decide('2025-03-25', WARNING), serve('2025-03-26')],
      ctx(),
      notified(WARNING)
    )
    expect(refusalOf(p, { kind: 'archive', on: '2025-03-27' }).code).toBe('WRONG_STAGE')
    const closed = walk([{ kind: 'close', on: '2025-03-27' }], ctx(), p)
    expect(refusalOf(closed, { kind: 'archive', on: '2025-03-26' }).code).toBe('DATE_ORDER')
    accepted(closed, { kind: 'archive', on: '2025-03-27' })
  })

  it('no closing before service', () => {
    const p = walk(
      [{ kind: 'waive', on: '2025-03-24' }, decide('2025-03-25', SMALL)],
      ctx(),
      notified()
    )
    expect(refusalOf(p, { kind: 'close', on: '2025-03-27' }).code).toBe('WRONG_STAGE')
  })

  it('a transferred case (第五十七条第一款第（四）项) may be closed', () => {
    const p = walk(
      [{ kind: 'transfer', on: '2025-03-21', organ: '县公安局', reason: '涉嫌犯罪' }],
      ctx(),
      investigated()
    )
    expect(p.status).toBe('TRANSFERRED')
    expect(refusalOf(p, { kind: 'close', on: '2025-03-20' }).code).toBe('DATE_ORDER')
    accepted(p, { kind: 'close', on: '2025-03-21' })
  })
})

describe('dates', () => {
  it('no step may be dated after today', () => {
    const r = refusalOf(notified(), decide('2026-07-01', SMALL))
    expect(r).toEqual({
      code: 'DATE_ORDER',
      message: '日期（2026年7月1日）不能晚于今天（2026年6月30日）。'
    })
  })

  it('no step before the one it follows', () => {
    expect(refusalOf(filed(FILED), closeInv('2025-03-04')).code).toBe('DATE_ORDER')
    expect(refusalOf(investigated(), notify('2025-03-04', SMALL)).code).toBe('DATE_ORDER')
    expect(refusalOf(notified(), { kind: 'statement', on: '2025-03-23', summary: '' }).code).toBe(
      'DATE_ORDER'
    )
    expect(refusalOf(investigated(), review('2025-03-04', 'approve')).code).toBe('DATE_ORDER')
  })

  it('a wrong stage names the current and the required stage', () => {
    const r = refusalOf(initialProgress('REGISTERED', null), closeInv('2025-03-20'))
    expect(r).toEqual({
      code: 'WRONG_STAGE',
      message: '案件处于“线索登记”阶段，不能调查终结；须处于“已立案”或“调查中”阶段。'
    })
  })
})

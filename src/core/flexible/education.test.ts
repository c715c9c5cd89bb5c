import { describe, expect, it } from 'vitest'
import { educationRefusal, followUpDue, followUpListEnd, followUpRefusal } from './education'

const education = {
  forms: ['caution' as const],
  content: '告诫当事人依法经营。',
  educatedOn: '2026-03-10',
  followUpOn: '2026-04-10'
}
const at = { decidedOn: '2026-03-10', filedOn: '2026-03-01', today: '2026-03-12' }

describe('education with a no-penalty decision (APL Art. 33 ¶3)', () => {
  it('accepts education on the decision day and a later follow-up', () => {
    expect(educationRefusal(education, at)).toBeNull()
  })
  it('refuses repeated forms', () => {
    const r = educationRefusal({ ...education, forms: ['caution', 'caution'] }, at)
    expect(r?.code).toBe('INVALID')
  })
  it.each([
    ['before the filing', { educatedOn: '2026-02-28' }, '立案日'],
    ['in the future', { educatedOn: '2026-03-13' }, '今天'],
    ['follow-up on the decision day', { followUpOn: '2026-03-10' }, '回访日期'],
    [
      'follow-up before the education',
      { educatedOn: '2026-03-12', followUpOn: '2026-03-11' },
      '2026年3月12日'
    ]
  ])('refuses education %s', (_name, over, text) => {
    const r = educationRefusal({ ...education, ...over }, at)
    expect(r?.code).toBe('DATE_ORDER')
    expect(r?.message).toContain(text)
  })
})

describe('follow-up (回访)', () => {
  const record = { educatedOn: '2026-03-10', followedUpOn: null }
  const when = { decidedOn: '2026-03-10', today: '2026-04-20' }
  it('is recorded once, not before the decision and not in the future', () => {
    expect(followUpRefusal(record, { ...when, on: '2026-04-10' })).toBeNull()
    expect(followUpRefusal(record, { ...when, on: '2026-03-10' })).toBeNull()
    expect(followUpRefusal(record, { ...when, on: '2026-03-09' })?.code).toBe('DATE_ORDER')
    expect(followUpRefusal(record, { ...when, on: '2026-04-21' })?.code).toBe('DATE_ORDER')
    const twice = followUpRefusal(
      { ...record, followedUpOn: '2026-04-01' },
      { ...when, on: '2026-04-10' }
    )
    expect(twice?.code).toBe('WRONG_STAGE')
  })
  it('is due from its date until recorded; the list looks 7 days ahead', () => {
    expect(followUpDue({ followUpOn: '2026-04-10', followedUpOn: null }, '2026-04-10')).toBe(true)
    expect(followUpDue({ followUpOn: '2026-04-11', followedUpOn: null }, '2026-04-10')).toBe(false)
    expect(
      followUpDue({ followUpOn: '2026-04-01', followedUpOn: '2026-04-02' }, '2026-04-10')
    ).toBe(false)
    expect(followUpListEnd('2026-12-28')).toBe('2027-01-04')
  })
})

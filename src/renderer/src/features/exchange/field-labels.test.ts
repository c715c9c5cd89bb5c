import { describe, expect, it } from 'vitest'
import { fieldLabel, fieldValueText } from './field-labels'

describe('conflict fields for people', () => {
  it('names the columns in the chosen language, and keeps an unknown column as it is', () => {
    expect(fieldLabel('case_number', 'zh-CN')).toBe('案号')
    expect(fieldLabel('case_number', 'en')).toBe('Case number')
    expect(fieldLabel('snapshot', 'zh-CN')).toBe('snapshot')
  })

  it('shows money in yuan with the stored fen beside it', () => {
    expect(fieldValueText('intended_fine_fen', 300050)).toBe('3000.50元（300050 分）')
    expect(fieldValueText('amount_fen', -1200)).toBe('-12.00元（-1200 分）')
  })

  it('lists parties by name and ID, one per line', () => {
    const parties = [
      { name: '张三', id_number: '420105199001011234', uscc: null },
      { name: '武汉某某超市有限公司', id_number: null, uscc: '91420105MA4KXXXX0X' },
      { name: '李四', id_number: null, uscc: null }
    ]
    expect(fieldValueText('parties', parties)).toBe(
      '张三（420105199001011234）\n武汉某某超市有限公司（91420105MA4KXXXX0X）\n李四'
    )
  })

  it('shows empty values as a dash and other values as stored', () => {
    expect(fieldValueText('filed_on', null)).toBe('—')
    expect(fieldValueText('filed_on', '2026-03-02')).toBe('2026-03-02')
    expect(fieldValueText('extended_limitation', 0)).toBe('0')
  })
})

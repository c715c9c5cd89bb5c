import { describe, expect, it } from 'vitest'
import { publishedText, readDraftHeader } from './package-text'

describe('readDraftHeader', () => {
  it('reads id and title, falling back to the id for a missing title', () => {
    const header = readDraftHeader('id: A-1\ntitle: 甲\nstatus: draft\n')
    expect(header).toEqual({ packageId: 'A-1', title: '甲' })
    expect(readDraftHeader('id: A-1\nstatus: draft\n')).toEqual({ packageId: 'A-1', title: 'A-1' })
  })

  it.each([
    ['- a list', '映射'],
    ['id: ""\nstatus: draft', '缺少编号'],
    ['id: A-1\nstatus: published', 'status'],
    ['id: A-1', 'status'],
    ['id: A-1\nid: A-2\nstatus: draft', 'YAML 语法错误']
  ])('refuses %j', (yaml, message) => {
    expect(() => readDraftHeader(yaml)).toThrow(message)
  })
})

describe('publishedText', () => {
  it('changes the status value only, keeping quotes out and comments in', () => {
    const draft = "# 注释\nid: A-1\nstatus: 'draft' # 改写\nnotes: status draft\n"
    const published = '# 注释\nid: A-1\nstatus: published # 改写\nnotes: status draft\n'
    expect(publishedText(draft)).toBe(published)
  })

  it('works on a flow mapping', () => {
    expect(publishedText('{ id: A-1, status: draft }')).toBe('{ id: A-1, status: published }')
  })
})

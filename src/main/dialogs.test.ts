import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ABOUT_BUTTONS, aboutBox, pagePdfName, saveDialogOptionsFor } from './dialogs'

describe('saveDialogOptionsFor', () => {
  const docs = join('/home', '张伟', 'Documents')

  it.each([
    ['决定书.pdf', 'PDF 文件', 'pdf'],
    ['统计.XLSX', 'Excel 工作簿', 'xlsx'],
    ['案件.docx', 'Word 文档', 'docx'],
    ['hanyang-0003.yspkg', '案衡数据包', 'yspkg'],
    ['register.csv', 'CSV 表格', 'csv']
  ])('offers the type of %s first', (name, kind, extension) => {
    const options = saveDialogOptionsFor(name, docs)
    expect(options.defaultPath).toBe(join(docs, name))
    expect(options.filters).toEqual([
      { name: kind, extensions: [extension] },
      { name: '所有文件', extensions: ['*'] }
    ])
    expect(options.title).toBe('保存文件')
    expect(options.properties).toContain('showOverwriteConfirmation')
  })

  it('offers all files for an unknown or missing extension', () => {
    expect(saveDialogOptionsFor('回执.bin', docs).filters).toEqual([
      { name: '所有文件', extensions: ['*'] }
    ])
    expect(saveDialogOptionsFor('README', docs).filters).toEqual([
      { name: '所有文件', extensions: ['*'] }
    ])
  })
})

describe('aboutBox', () => {
  const box = aboutBox({
    version: '0.1.0',
    versions: { electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
    dataDir: 'C:\\Users\\zw\\AppData\\Roaming\\Yardstick'
  })

  it('names the version, the runtime and the data folder', () => {
    expect(box.title).toBe('关于案衡')
    expect(box.message).toBe('案衡 Yardstick 0.1.0')
    expect(box.detail).toContain('数据文件夹：C:\\Users\\zw\\AppData\\Roaming\\Yardstick')
    expect(box.detail).toContain('Electron 45.5.0')
  })

  it('offers to open the data folder, and OK is the default', () => {
    expect(box.buttons).toEqual([...ABOUT_BUTTONS])
    expect(box.buttons?.[box.defaultId ?? -1]).toBe('确定')
  })
})

describe('pagePdfName', () => {
  it('stamps the local date and minute', () => {
    expect(pagePdfName(new Date(2026, 2, 2, 14, 5, 59))).toBe('案衡-页面-20260302-1405.pdf')
  })
})

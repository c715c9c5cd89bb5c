import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, MENU_LABELS_ZH, type MenuActions } from './menu'

// The template's item type, without importing electron into a test (boundaries.test.ts).
type Item = ReturnType<typeof buildMenuTemplate>[number]

function setup(devTools = false) {
  const calls: string[] = []
  const actions: MenuActions = {
    open: (page) => calls.push(`open:${page}`),
    print: () => calls.push('print'),
    saveAsPdf: () => calls.push('saveAsPdf'),
    openDataFolder: () => calls.push('openDataFolder'),
    openBackupsFolder: () => calls.push('openBackupsFolder'),
    about: () => calls.push('about')
  }
  const template = buildMenuTemplate(MENU_LABELS_ZH, actions, { devTools })
  return { template, calls }
}

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])
  ])
}

function byId(items: readonly Item[], id: string): Item {
  const found = flatten(items).find((item) => item.id === id)
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}

function click(item: Item): void {
  // The actions ignore Electron's arguments; the tests need none.
  ;(item.click as unknown as () => void)()
}

const withoutMnemonic = (label: string | undefined) => label?.replace(/\(&\w\)$/, '')

describe('buildMenuTemplate', () => {
  it('has the four Chinese menus in order, each with an Alt mnemonic', () => {
    const { template } = setup()
    expect(template.map((item) => withoutMnemonic(item.label))).toEqual([
      '文件',
      '编辑',
      '视图',
      '帮助'
    ])
    for (const item of template) expect(item.label).toMatch(/\(&[FEVH]\)$/)
  })

  it.each([
    ['file.new-case', 'open:caseNew'],
    ['file.export-package', 'open:exchange'],
    ['file.import-package', 'open:exchange'],
    ['file.backups', 'open:backups'],
    ['file.open-backups', 'openBackupsFolder'],
    ['file.print', 'print'],
    ['file.save-as-pdf', 'saveAsPdf'],
    ['view.case-list', 'open:caseList'],
    ['view.deadlines', 'open:deadlines'],
    ['view.statistics', 'open:statistics'],
    ['view.exchange', 'open:exchange'],
    ['help.open-data', 'openDataFolder'],
    ['help.about', 'about']
  ])('%s runs %s', (id, expected) => {
    const { template, calls } = setup()
    click(byId(template, id))
    expect(calls).toEqual([expected])
  })

  it('names export, import and backup entries in 文件', () => {
    const { template } = setup()
    const file = template[0]?.submenu as Item[]
    const labels = file.filter((item) => item.label).map((item) => item.label)
    expect(labels).toEqual([
      '新建案件',
      '导出数据包…',
      '导入数据包…',
      '备份与恢复…',
      '打开备份文件夹',
      '打印…',
      '将当前页面保存为 PDF…',
      '退出'
    ])
  })

  it('gives every entry a label, and every clickable entry an id', () => {
    const { template } = setup(true)
    for (const item of flatten(template)) {
      if (item.type === 'separator') continue
      expect(item.label, JSON.stringify(item)).toBeTruthy()
      if (item.click) expect(item.id).toBeTruthy()
    }
  })

  it('uses no accelerator twice', () => {
    const { template } = setup(true)
    const accelerators = flatten(template).flatMap((item) => item.accelerator ?? [])
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('has no reload (it would sign the user out) and developer tools only when asked', () => {
    const roles = (devTools: boolean) => flatten(setup(devTools).template).map((item) => item.role)
    expect(roles(true)).not.toContain('reload')
    expect(roles(true)).not.toContain('forceReload')
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('keeps the standard edit roles, so copy and paste work in forms', () => {
    const edit = setup().template[1]?.submenu as Item[]
    expect(edit.map((item) => item.role).filter(Boolean)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll'
    ])
  })

  it('has a label for every key of the table', () => {
    for (const [key, label] of Object.entries(MENU_LABELS_ZH)) expect(label, key).not.toBe('')
  })
})

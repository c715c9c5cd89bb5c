// The application menu as data: a pure function of a label table and the actions main supplies, so
// the tests read the whole menu without Electron. index.ts hands the template to
// Menu.buildFromTemplate. Entries that do work in a page (export, import, backup) only open that
// page: the page runs it under the signed-in user's permissions, so the menu grants nothing.
import type { MenuItemConstructorOptions } from 'electron'
import type { DesktopPage } from '../shared/desktop'

export type MenuActions = {
  open: (page: DesktopPage) => void
  /** Prints the focused window: a document's print preview, or the current page of the app. */
  print: () => void
  /** Saves the current page of the main window as a PDF (printToPDF). */
  saveAsPdf: () => void
  openDataFolder: () => void
  openBackupsFolder: () => void
  about: () => void
}

export type MenuOptions = {
  /** Developer tools entry, only in unpackaged runs (as the window's devTools preference). */
  devTools: boolean
}

/** Chinese first: the users are Chinese officials; `&X` is the Alt mnemonic on Windows and Linux. */
export const MENU_LABELS_ZH = {
  file: '文件(&F)',
  newCase: '新建案件',
  exportPackage: '导出数据包…',
  importPackage: '导入数据包…',
  backups: '备份与恢复…',
  openBackups: '打开备份文件夹',
  print: '打印…',
  saveAsPdf: '将当前页面保存为 PDF…',
  quit: '退出',
  edit: '编辑(&E)',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  delete: '删除',
  selectAll: '全选',
  view: '视图(&V)',
  caseList: '案件登记',
  deadlines: '期限提醒',
  statistics: '统计报表',
  exchange: '数据交换',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  fullScreen: '全屏',
  devTools: '开发者工具',
  help: '帮助(&H)',
  openData: '打开数据文件夹',
  about: '关于案衡'
} as const

export type MenuLabels = Record<keyof typeof MENU_LABELS_ZH, string>

type Item = MenuItemConstructorOptions
const separator: Item = { type: 'separator' }

export function buildMenuTemplate(
  labels: MenuLabels,
  actions: MenuActions,
  options: MenuOptions
): Item[] {
  // Every entry that runs our code has an id, so the Electron e2e suite can choose it by id.
  const page = (id: string, label: string, target: DesktopPage, accelerator?: string): Item => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.open(target)
  })
  const file: Item[] = [
    page('file.new-case', labels.newCase, 'caseNew', 'CmdOrCtrl+N'),
    separator,
    page('file.export-package', labels.exportPackage, 'exchange'),
    page('file.import-package', labels.importPackage, 'exchange'),
    separator,
    page('file.backups', labels.backups, 'backups'),
    { id: 'file.open-backups', label: labels.openBackups, click: actions.openBackupsFolder },
    separator,
    { id: 'file.print', label: labels.print, accelerator: 'CmdOrCtrl+P', click: actions.print },
    {
      id: 'file.save-as-pdf',
      label: labels.saveAsPdf,
      accelerator: 'CmdOrCtrl+Shift+S',
      click: actions.saveAsPdf
    },
    separator,
    { role: 'quit', label: labels.quit }
  ]
  const edit: Item[] = [
    { role: 'undo', label: labels.undo },
    { role: 'redo', label: labels.redo },
    separator,
    { role: 'cut', label: labels.cut },
    { role: 'copy', label: labels.copy },
    { role: 'paste', label: labels.paste },
    { role: 'delete', label: labels.delete },
    separator,
    { role: 'selectAll', label: labels.selectAll }
  ]
  // No reload entry: the session token lives only in the page's memory, so a reload signs out.
  const view: Item[] = [
    page('view.case-list', labels.caseList, 'caseList'),
    page('view.deadlines', labels.deadlines, 'deadlines'),
    page('view.statistics', labels.statistics, 'statistics'),
    page('view.exchange', labels.exchange, 'exchange'),
    separator,
    { role: 'resetZoom', label: labels.resetZoom },
    { role: 'zoomIn', label: labels.zoomIn },
    { role: 'zoomOut', label: labels.zoomOut },
    separator,
    { role: 'togglefullscreen', label: labels.fullScreen },
    ...(options.devTools
      ? [separator, { role: 'toggleDevTools', label: labels.devTools } as Item]
      : [])
  ]
  const help: Item[] = [
    { id: 'help.open-data', label: labels.openData, click: actions.openDataFolder },
    separator,
    { id: 'help.about', label: labels.about, click: actions.about }
  ]
  return [
    { id: 'file', label: labels.file, submenu: file },
    { id: 'edit', label: labels.edit, submenu: edit },
    { id: 'view', label: labels.view, submenu: view },
    { id: 'help', label: labels.help, submenu: help }
  ]
}

// The native dialogs' contents, as pure functions (Electron only as types): the save dialog every
// download opens (exports, issued documents, packages, receipts) and the About box. Opening a file
// (attachments, packages to import) needs nothing here: a page's <input type="file"> already shows
// the system's open dialog in Electron, filtered by its `accept`.
import { join } from 'node:path'
import type { MessageBoxOptions, SaveDialogOptions } from 'electron'

type Filter = { name: string; extensions: string[] }

/** By extension, what the files the app hands out are, in the user's words. */
const KNOWN: Record<string, string> = {
  pdf: 'PDF 文件',
  docx: 'Word 文档',
  xlsx: 'Excel 工作簿',
  csv: 'CSV 表格',
  yspkg: '案衡数据包',
  json: 'JSON 文件',
  txt: '文本文件',
  sqlite: '案衡数据库备份'
}

const ALL_FILES: Filter = { name: '所有文件', extensions: ['*'] }

function extensionOf(fileName: string): string | null {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName)
  return match?.[1]?.toLowerCase() ?? null
}

/**
 * The save dialog for a download the page started (a blob it built from a server reply). It starts
 * in `folder` (the user's documents) with the name the server gave, and offers the file's own type
 * first, so a user who only presses Enter keeps the right extension.
 */
export function saveDialogOptionsFor(fileName: string, folder: string): SaveDialogOptions {
  const extension = extensionOf(fileName)
  const kind = extension ? KNOWN[extension] : undefined
  const filters =
    kind && extension ? [{ name: kind, extensions: [extension] }, ALL_FILES] : [ALL_FILES]
  return {
    title: '保存文件',
    defaultPath: join(folder, fileName),
    buttonLabel: '保存',
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

export const PAGE_PDF_FILTERS: Filter[] = [{ name: 'PDF 文件', extensions: ['pdf'] }]

/** 案衡-页面-20260302-1405.pdf, in local time: two saves a minute apart never collide by default. */
export function pagePdfName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const day = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}`
  return `案衡-页面-${day}-${two(now.getHours())}${two(now.getMinutes())}.pdf`
}

export type AboutInfo = {
  version: string
  versions: { electron: string; chrome: string; node: string }
  dataDir: string
}

export const ABOUT_BUTTONS = ['确定', '打开数据文件夹'] as const

/** The About box: who we are, which version, and where the data is (what support asks first). */
export function aboutBox(info: AboutInfo): MessageBoxOptions {
  return {
    type: 'info',
    title: '关于案衡',
    message: `案衡 Yardstick ${info.version}`,
    detail: [
      '行政执法案件管理与裁量基准（离线单机版）',
      '',
      `数据文件夹：${info.dataDir}`,
      '',
      `Electron ${info.versions.electron} · Chromium ${info.versions.chrome} · Node.js ${info.versions.node}`,
      '本程序不联网：不上传数据、不收集使用统计、不自动更新。'
    ].join('\n'),
    buttons: [...ABOUT_BUTTONS],
    defaultId: 0,
    cancelId: 0,
    noLink: true
  }
}

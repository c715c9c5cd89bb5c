// The Chinese font the PDF embeds. pdfkit's built-in fonts have no Chinese glyphs, so a printed 文书
// needs a CJK font from the machine or the app's resources. Without one, or with a font that lacks a
// character, we refuse with a message saying what to install: a PDF with empty boxes (豆腐块) where
// a party's name should be is worse than no PDF.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, win32 } from 'node:path'
import { openSync, type Font, type FontCollection } from 'fontkit'
import { AppError } from '../../../shared/errors'

export type LoadedFont = {
  /** The file the face was read from. */
  path: string
  /** The face used, by PostScript name (a .ttc collection holds several). */
  postscriptName: string
  /** The parsed face; pdfkit embeds it directly, so a file is parsed once per process. */
  face: Font
}

export type FontSearch = {
  /** An explicit font file, optionally `path#PostScriptName`; wins over YARDSTICK_FONT. */
  path?: string
  /** The app's resources folder; a font in its `fonts/` subfolder is used before system fonts. */
  resourcesDir?: string
  env?: NodeJS.ProcessEnv
  /** System font files to try, for tests; by default the known locations on Linux, Windows, macOS. */
  systemFonts?: readonly FontFile[]
}

/**
 * A font file and, for a collection, the face to take from it: only that face when `exact` (the user
 * named it), else preferably that face and otherwise the first that covers Chinese.
 */
export type FontFile = { path: string; face?: string; exact?: boolean }

const FONT_FILE = /\.(ttf|otf|ttc)$/i
/** Characters any usable face must have: a face without them is not a Chinese font. */
const CJK_PROBE = '中华人民共和国行政处罚决定书罚款元'
/** In a collection without a named face, prefer the simplified-Chinese one (Noto's are JP first). */
const SIMPLIFIED = /SC|GB|CN|Hans/

const HINT =
  '请安装 fonts-wqy-microhei（Debian/Ubuntu：apt-get install fonts-wqy-microhei），' +
  '或设置环境变量 YARDSTICK_FONT 为中文字体文件（.ttf/.otf/.ttc，合集可写作“路径#PostScript名”）。'

function systemFonts(env: NodeJS.ProcessEnv): FontFile[] {
  const windows = (name: string) => win32.join(env.WINDIR ?? 'C:\\Windows', 'Fonts', name)
  return [
    { path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', face: 'WenQuanYiMicroHei' },
    {
      path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
      face: 'NotoSansCJKsc-Regular'
    },
    {
      path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
      face: 'NotoSerifCJKsc-Regular'
    },
    { path: windows('simsun.ttc'), face: 'SimSun' },
    { path: windows('simhei.ttf') },
    { path: windows('msyh.ttc'), face: 'MicrosoftYaHei' },
    { path: '/System/Library/Fonts/PingFang.ttc', face: 'PingFangSC-Regular' },
    { path: '/System/Library/Fonts/STHeiti Light.ttc', face: 'STHeitiSC-Light' }
  ]
}

const cache = new Map<string, LoadedFont>()

/**
 * The CJK font to print with: `search.path`, else YARDSTICK_FONT (either must work: a configured font
 * that is missing is an error, not a reason to pick another), else the first font in
 * `<resourcesDir>/fonts/`, else the first known system font that exists and covers Chinese.
 */
export function findCjkFont(search: FontSearch = {}): LoadedFont {
  const env = search.env ?? process.env
  const explicit = search.path ?? env.YARDSTICK_FONT
  if (explicit) {
    const source = search.path ? '指定' : '环境变量 YARDSTICK_FONT 指定'
    return loadFont(parseFontSpec(explicit, source))
  }
  const tried: string[] = []
  const bundled = search.resourcesDir ? bundledFonts(join(search.resourcesDir, 'fonts')) : []
  for (const file of [...bundled, ...(search.systemFonts ?? systemFonts(env))]) {
    tried.push(file.path)
    if (!isFile(file.path)) continue
    try {
      return loadFont(file)
    } catch {
      // Not a usable Chinese face (a Latin font dropped in resources/fonts, say): try the next.
    }
  }
  throw fontError(`未找到可用的中文字体（已查找：${tried.join('、') || '无'}）。${HINT}`)
}

/** `path#Face` names a face in a collection, unless the whole string is itself a file's path. */
function parseFontSpec(spec: string, source: string): FontFile {
  const hash = spec.lastIndexOf('#')
  const file =
    hash > 0 && !isFile(spec)
      ? { path: spec.slice(0, hash), face: spec.slice(hash + 1), exact: true }
      : { path: spec }
  if (!isFile(file.path))
    throw fontError(`未找到可用的中文字体：${source}的字体文件不存在：${file.path}。${HINT}`)
  return file
}

function bundledFonts(dir: string): FontFile[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => FONT_FILE.test(name))
    .sort()
    .map((name) => ({ path: join(dir, name) }))
}

/** Opens a face, cached per file and face, or throws saying why it cannot be used. */
function loadFont(file: FontFile): LoadedFont {
  const key = `${file.path}#${file.face ?? ''}${file.exact ? '!' : ''}`
  const cached = cache.get(key)
  if (cached) return cached
  let opened: Font | FontCollection
  try {
    opened = openSync(file.path)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw fontError(`无法读取字体文件 ${file.path}（${reason}）。${HINT}`)
  }
  const face = pickFace(opened, file)
  if (!face) {
    const names = 'fonts' in opened ? opened.fonts.map((f) => f.postscriptName) : []
    const faces = names.length > 0 ? `（其中有：${names.join('、')}）` : ''
    const what = file.exact ? `没有名为 ${file.face} 的中文字体${faces}` : `不含中文字形${faces}`
    throw fontError(`字体文件 ${file.path} ${what}。${HINT}`)
  }
  const font = { path: file.path, postscriptName: face.postscriptName, face }
  cache.set(key, font)
  return font
}

function pickFace(opened: Font | FontCollection, file: FontFile): Font | null {
  const usable = ('fonts' in opened ? opened.fonts : [opened]).filter(coversChinese)
  const named = usable.find((f) => f.postscriptName === file.face)
  if (named || file.exact) return named ?? null
  return usable.find((f) => SIMPLIFIED.test(f.postscriptName)) ?? usable[0] ?? null
}

function coversChinese(face: Font): boolean {
  return [...CJK_PROBE].every((ch) => face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0))
}

/**
 * The distinct characters of `text` the font has no glyph for. The ASCII space and control characters
 * are left out: the renderers set tabs as spaces and drop other controls. Other spaces (U+3000, no-break
 * space) are printed with the font's glyph, so they are checked like any character.
 */
export function missingGlyphs(font: LoadedFont, text: string): string[] {
  const missing = new Set<string>()
  for (const ch of text) {
    if (ch === ' ' || /^\p{Cc}$/u.test(ch)) continue
    if (!font.face.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0)) missing.add(ch)
  }
  return [...missing]
}

/** Throws a Chinese error naming the characters the font cannot print, so no box is ever drawn. */
export function assertPrintable(font: LoadedFont, texts: readonly string[]): void {
  const missing = missingGlyphs(font, texts.join('\n'))
  if (missing.length === 0) return
  const shown = missing.slice(0, 20).map((ch) => `“${ch}”（U+${codePoint(ch)}）`)
  const more = missing.length > 20 ? `等 ${missing.length} 个` : ''
  throw new AppError(
    'REFUSED',
    `字体缺少以下字符的字形：${shown.join('、')}${more}（字体 ${font.postscriptName}，${font.path}）。` +
      '请修改文书中的这些字符，或设置 YARDSTICK_FONT 为包含它们的字体。'
  )
}

function codePoint(ch: string): string {
  return (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/** A missing font is the installation's fault, not the user's input; the message says how to fix it. */
function fontError(message: string): AppError {
  return new AppError('INTERNAL', message)
}

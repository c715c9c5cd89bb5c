import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../shared/errors'
import { assertPrintable, findCjkFont, missingGlyphs } from './fonts'

let cleanup: (() => void)[] = []
afterEach(() => {
  for (const remove of cleanup) remove()
  cleanup = []
})

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-fonts-'))
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

function thrown(run: () => unknown): AppError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }
  throw new Error('expected an error')
}

describe('findCjkFont', () => {
  it('finds a Chinese font on this machine (CI installs fonts-wqy-microhei) and caches it', () => {
    const font = findCjkFont()
    expect(missingGlyphs(font, '行政处罚决定书汉阳市监处罚〔2026〕12号')).toEqual([])
    expect(findCjkFont()).toBe(font)
  })

  it('refuses a YARDSTICK_FONT that does not exist, saying what to do', () => {
    const error = thrown(() => findCjkFont({ env: { YARDSTICK_FONT: '/nonexistent/font.ttc' } }))
    expect(error.message).toContain('未找到可用的中文字体')
    expect(error.message).toContain('/nonexistent/font.ttc')
    expect(error.message).toContain('fonts-wqy-microhei')
    expect(error.message).toContain('YARDSTICK_FONT')
  })

  it('refuses when no font is found anywhere', () => {
    const error = thrown(() =>
      findCjkFont({ env: {}, systemFonts: [{ path: '/nonexistent/a.ttc' }] })
    )
    expect(error.message).toMatch(/^未找到可用的中文字体（已查找：\/nonexistent\/a\.ttc）/)
    expect(error.message).toContain('请安装 fonts-wqy-microhei')
  })

  it('refuses a file that is not a font', () => {
    const file = join(tempDir(), 'notes.ttf')
    writeFileSync(file, 'not a font')
    expect(thrown(() => findCjkFont({ path: file })).message).toContain('无法读取字体文件')
  })

  it('takes a named face from a collection, and refuses a face it does not have', () => {
    const system = findCjkFont()
    const named = findCjkFont({ path: `${system.path}#${system.postscriptName}` })
    expect(named.postscriptName).toBe(system.postscriptName)
    const error = thrown(() => findCjkFont({ path: `${system.path}#NoSuchFace-Regular` }))
    expect(error.message).toContain('没有名为 NoSuchFace-Regular 的中文字体')
  })

  it('prefers a font in <resources>/fonts to the system fonts', () => {
    const system = findCjkFont()
    const resources = tempDir()
    mkdirSync(join(resources, 'fonts'))
    symlinkSync(system.path, join(resources, 'fonts', 'bundled.ttc'))
    const font = findCjkFont({ env: {}, resourcesDir: resources, systemFonts: [] })
    expect(font.path).toBe(join(resources, 'fonts', 'bundled.ttc'))
  })
})

describe('missingGlyphs', () => {
  it('lists each character without a glyph once, ignoring spaces and control characters', () => {
    const font = findCjkFont()
    expect(missingGlyphs(font, '罚款\uE000 贰仟元\uE000😀\t\n\u0007')).toEqual(['\uE000', '😀'])
  })

  it('turns missing glyphs into a Chinese error naming them', () => {
    const font = findCjkFont()
    const error = thrown(() => assertPrintable(font, ['当事人：张\uE000', '😀']))
    expect(error.code).toBe('REFUSED')
    expect(error.message).toContain('缺少以下字符的字形')
    expect(error.message).toContain('U+E000')
    expect(error.message).toContain('U+1F600')
  })
})

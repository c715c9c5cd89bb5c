// The fonts the DOCX names and what Word or WPS should use where one is not installed. GB/T 9704 asks
// for 仿宋_GB2312, which recent Windows lacks (it has 仿宋); the font table's altName and GB2312
// charset let Word substitute a Chinese font instead of falling back to a Latin one.
import type { IFontAttributesProperties } from 'docx'

/** 三号仿宋 body text, GB/T 9704's face. */
export const BODY_FONT = '仿宋_GB2312'
/** Titles: 宋体 in bold stands in for 方正小标宋, which few machines have. */
export const TITLE_FONT = '宋体'
/** Digits and Latin letters. */
export const LATIN_FONT = 'Times New Roman'

type FontEntry = { altName?: string; charset: string; family: string; pitch: string }

const CHINESE: FontEntry = { charset: '86', family: 'modern', pitch: 'fixed' }
const KNOWN: Record<string, FontEntry> = {
  仿宋_GB2312: { altName: '仿宋', ...CHINESE },
  仿宋: { altName: 'FangSong', ...CHINESE },
  楷体_GB2312: { altName: '楷体', ...CHINESE },
  楷体: { altName: 'KaiTi', ...CHINESE },
  宋体: { altName: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  黑体: { altName: 'SimHei', ...CHINESE },
  'Times New Roman': { charset: '00', family: 'roman', pitch: 'variable' }
}

/** word/fontTable.xml listing `names`; a name we do not know is declared a GB2312 (Chinese) font. */
export function fontTableXml(names: readonly string[]): string {
  const fonts = [...new Set(names)].map((name) => {
    const entry = KNOWN[name] ?? CHINESE
    const alt = entry.altName ? `<w:altName w:val="${escapeXml(entry.altName)}"/>` : ''
    return (
      `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="${entry.charset}"/>` +
      `<w:family w:val="${entry.family}"/><w:pitch w:val="${entry.pitch}"/></w:font>`
    )
  })
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${fonts.join('')}</w:fonts>`
  )
}

/** Run fonts: Chinese in `eastAsia`, digits and Latin letters in Times New Roman. */
export function runFonts(eastAsia: string): IFontAttributesProperties {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, hint: 'eastAsia' }
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  isAllowedPrintNavigation,
  isAllowedPrintRequest,
  MAX_PRINT_BYTES,
  parsePrintRequest,
  PDF_VIEWER_HOST,
  printWindowOptions,
  PRINT_PARTITION,
  safePdfName
} from './print'

const PDF = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n', 'latin1')
const request = (fileName: unknown, bytes: Buffer | string) => ({
  fileName,
  contentBase64: typeof bytes === 'string' ? bytes : bytes.toString('base64')
})

function codeOf(result: ReturnType<typeof parsePrintRequest>): string | null {
  return result.ok ? null : result.error.code
}

describe('parsePrintRequest', () => {
  it('accepts a PDF and cleans its name', () => {
    const result = parsePrintRequest(request('汉阳市监罚〔2026〕1号 决定书.pdf', PDF))
    expect(result.ok && result.value.fileName).toBe('汉阳市监罚〔2026〕1号 决定书.pdf')
    expect(result.ok && result.value.bytes.equals(PDF)).toBe(true)
  })

  it.each([
    ['not an object', 'x'],
    ['null', null],
    ['a missing name', { contentBase64: PDF.toString('base64') }],
    ['a numeric name', request(3, PDF)],
    ['no content', { fileName: 'a.pdf' }],
    ['content that is not base64', request('a.pdf', '%PDF-1.7 raw!')],
    ['base64 of the wrong length', request('a.pdf', 'JVBERi0xLjc')],
    ['a Word file', request('a.docx', Buffer.from('PK\u0003\u0004word/document.xml'))],
    ['an HTML page', request('a.pdf', Buffer.from('<script>alert(1)</script>'))]
  ])('refuses %s', (_name, value) => {
    expect(codeOf(parsePrintRequest(value))).toBe('VALIDATION')
  })

  it('refuses an oversized file before decoding it', () => {
    const huge = 'A'.repeat(Math.ceil(MAX_PRINT_BYTES / 3) * 4 + 4)
    const result = parsePrintRequest(request('a.pdf', huge))
    expect(result.ok ? '' : result.error.message).toContain('过大')
  })
})

describe('safePdfName', () => {
  it.each([
    ['决定书.pdf', '决定书.pdf'],
    ['决定书', '决定书.pdf'],
    ['DECISION.PDF', 'DECISION.pdf'],
    ['../../etc/passwd', 'passwd.pdf'],
    ['C:\\Windows\\evil.pdf', 'evil.pdf'],
    ['a<b>c:d"e|f?g*h.pdf', 'abcdefgh.pdf'],
    ['line\nbreak\u0000.pdf', 'linebreak.pdf'],
    ['..pdf', '文书.pdf'],
    ['', '文书.pdf'],
    ['.hidden.pdf', 'hidden.pdf']
  ])('%j → %j', (input, expected) => expect(safePdfName(input)).toBe(expected))

  it('caps the length', () => {
    expect(safePdfName('文'.repeat(500)).length).toBe(124)
  })
})

describe('preview window rules', () => {
  const root = join('/tmp', 'yardstick-print-abc')
  const doc = pathToFileURL(join(root, 'job-1', '决定书.pdf')).href
  const viewer = `chrome-extension://${PDF_VIEWER_HOST}/index.html`

  it.each([doc, `${doc}#page=2`, viewer])('may navigate to %s', (url) => {
    expect(isAllowedPrintNavigation(url, root)).toBe(true)
  })

  it.each([
    pathToFileURL('/etc/passwd').href,
    pathToFileURL(join('/tmp', 'yardstick-print-abc-evil', 'x.pdf')).href,
    pathToFileURL(root).href,
    'file://server/share/x.pdf',
    'chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/index.html',
    'https://example.com/',
    'http://127.0.0.1/',
    'app://yardstick/index.html',
    'javascript:alert(1)',
    'chrome://settings',
    'not a url'
  ])('may not navigate to %s', (url) => {
    expect(isAllowedPrintNavigation(url, root)).toBe(false)
  })

  it('lets the viewer load its own resources, and nothing remote', () => {
    for (const url of [doc, viewer, 'chrome://resources/js/x.js', 'data:,', 'blob:null/1']) {
      expect(isAllowedPrintRequest(url, root), url).toBe(true)
    }
    for (const url of ['https://cdn.example/x.js', 'wss://x/', 'ftp://x/', 'file:///etc/hosts']) {
      expect(isAllowedPrintRequest(url, root), url).toBe(false)
    }
  })

  it('opens the preview sandboxed, in its own in-memory session, with only the PDF plugin', () => {
    const prefs = printWindowOptions('打印预览').webPreferences
    expect(prefs).toMatchObject({
      partition: PRINT_PARTITION,
      plugins: true,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false
    })
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false)
    expect(prefs).not.toHaveProperty('preload')
  })
})

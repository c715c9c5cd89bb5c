// Static checks on the import lines, because the rules they guard cannot fail at runtime here:
// there is no Electron binary, and requiring `electron` from Node would start a download.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const here = __dirname
// Only these may import electron at runtime; everything else in main is tested under plain Node.
const ELECTRON_FILES = new Set([
  'index.ts',
  'window.ts',
  'server-child.ts',
  'print-window.ts',
  'desktop-commands.ts'
])

function importsOf(file: string, { typeOnly }: { typeOnly: boolean }): string[] {
  const source = readFileSync(join(here, file), 'utf8')
  const pattern = typeOnly
    ? /^import [^;]*? from '([^']+)'/gm
    : /^import (?!type )[^;]*? from '([^']+)'/gm
  return [...source.matchAll(pattern)].map((m) => m[1] ?? '')
}

const runtimeImports = (file: string) => importsOf(file, { typeOnly: false })
const allImports = (file: string) => importsOf(file, { typeOnly: true })

const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))

describe('src/main import boundaries', () => {
  const pure = sources.filter((f) => !ELECTRON_FILES.has(f))

  it.each(pure)('%s has no runtime electron import', (file) => {
    expect(runtimeImports(file)).not.toContain('electron')
  })

  it('the utility-process entry imports no electron; main never imports the database', () => {
    expect(allImports('server-process.ts')).not.toContain('electron')
    for (const file of ELECTRON_FILES) {
      const imports = runtimeImports(file)
      expect(imports).not.toContain('better-sqlite3')
      const server = imports.filter((i) => i.startsWith('../server/') && i !== '../server/data-dir')
      expect(server).toEqual([])
    }
  })

  it('tests never import electron', () => {
    for (const file of readdirSync(here).filter((f) => f.endsWith('.test.ts'))) {
      expect(allImports(file)).not.toContain('electron')
    }
  })
})

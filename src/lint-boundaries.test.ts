// Proves the layer fences of architecture.md §2 are enforced by lint: each forbidden import below must be
// reported by `npm run lint`, and each allowed one must pass.
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Spelled indirectly so that repository-wide searches for electron imports find only real ones.
const ELECTRON = ['elec', 'tron'].join('')

const eslint = new ESLint({
  cwd: join(__dirname, '..'),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' }
  }
})

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(__dirname, '..', filePath) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)
}

describe('layer boundaries', () => {
  it.each([
    [
      'src/core/cases/probe.ts',
      "import { readFileSync } from 'node:fs'\nexport const x = readFileSync"
    ],
    [
      'src/core/cases/probe.ts',
      "import { createServer } from '../../server/app'\nexport const x = createServer"
    ],
    ['src/core/cases/probe.ts', "import { useState } from 'react'\nexport const x = useState"],
    [
      'src/shared/probe.ts',
      "import { handlers } from '../server/handlers'\nexport const x = handlers"
    ],
    ['src/shared/probe.ts', "import { join } from 'path'\nexport const x = join"],
    ['src/server/probe.ts', `import { app } from '${ELECTRON}'\nexport const x = app`],
    [
      'src/server/probe.ts',
      "import { call } from '../renderer/src/lib/api'\nexport const x = call"
    ],
    [
      'src/renderer/src/lib/probe.ts',
      "import { createServer } from '../../../server/app'\nexport const x = createServer"
    ],
    [
      'src/renderer/src/lib/probe.ts',
      "import Database from 'better-sqlite3'\nexport const x = Database"
    ],
    [
      'src/preload/probe.ts',
      "import { inputSchemas } from '../shared/api'\nexport const x = inputSchemas"
    ],
    ['src/preload/probe.ts', "import { z } from 'zod'\nexport const x = z"],
    [
      'src/host/probe.ts',
      `import { BrowserWindow } from '${ELECTRON}'\nexport const x = BrowserWindow`
    ]
  ])('refuses a forbidden import in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).not.toEqual([])
  })

  it.each([
    ['src/core/cases/probe.ts', "import { z } from 'zod'\nexport const x = z"],
    [
      'src/shared/probe.ts',
      "import { checkUscc } from '../core/ids/uscc'\nexport const x = checkUscc"
    ],
    [
      'src/server/probe.ts',
      "import Database from 'better-sqlite3'\nimport { inputSchemas } from '../shared/api'\nexport const x = [Database, inputSchemas]"
    ],
    [
      'src/preload/probe.ts',
      `import { contextBridge } from '${ELECTRON}'\nimport type { Bridge } from '../shared/api'\nexport const x: Bridge | typeof contextBridge | null = null`
    ],
    [
      'src/renderer/src/lib/probe.ts',
      "import { inputSchemas } from '../../../shared/api'\nexport const x = inputSchemas"
    ]
  ])('allows a permitted import in %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([])
  })
})

// docs/facts.schema.json is generated from factsSchema. Regenerate with
//   UPDATE_FACTS_SCHEMA=1 npx vitest run src/core/discretion/facts-json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { factsJsonSchemaText } from './facts-json-schema'

const FILE = new URL('../../../docs/facts.schema.json', import.meta.url)

describe('docs/facts.schema.json', () => {
  it('is up to date with factsSchema', () => {
    const text = factsJsonSchemaText()
    if (process.env['UPDATE_FACTS_SCHEMA']) writeFileSync(FILE, text)
    expect(readFileSync(FILE, 'utf8')).toBe(text)
  })

  it('describes money in fen as integers and dates as YYYY-MM-DD', () => {
    const schema = JSON.parse(factsJsonSchemaText())
    expect(schema.properties.bases.properties.goodsValueFen.type).toBe('integer')
    expect(schema.properties.dates.properties.violation.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$')
    expect(schema.required).toEqual(['itemCode', 'party', 'dates', 'harm'])
  })
})

// The JSON Schema of the facts file (docs/facts.schema.json), generated from factsSchema so that
// the two cannot drift; a test asserts the checked-in file equals this output.
import { z } from 'zod'
import { factsSchema } from './facts-schema'

export function factsJsonSchemaText(): string {
  // io 'input': the schema describes what a facts file may contain, with defaults still optional.
  const schema = z.toJSONSchema(factsSchema, { io: 'input' })
  return `${JSON.stringify(schema, null, 2)}\n`
}

import { z } from 'zod'
import { factsSchema } from '../../core/discretion/facts-schema'
import { rev, text, uuid } from './primitives'

/**
 * The facts an officer enters for one case. The prior-violation count is not among them: the server
 * counts it from the database (same party identifier, same item, the unit's look-back window). Nor is
 * the verified public service (公益减罚): the server reads it from the case's verification records.
 */
export const caseFactsInput = factsSchema
  .omit({ priorViolations: true, publicService: true })
  .strict()
export type CaseFactsInput = z.input<typeof caseFactsInput>

export const discretionPreviewInput = z.strictObject({ caseId: uuid, facts: caseFactsInput })

/**
 * The officer's choice on the proposal: accept it (which confirms a discretionary exemption such as
 * 首违不罚), or decline the exemption and take the penalty alternative. `intendedFineFen` outside the
 * proposed range is a deviation and needs a written reason.
 */
export const discretionApplyInput = z.strictObject({
  caseId: uuid,
  rev,
  facts: caseFactsInput,
  choice: z.enum(['accept', 'declineExemption']),
  deviationReason: text(2000).optional()
})

export const caseRefForDiscretion = z.strictObject({ caseId: uuid })

export const catalogueItemsInput = z.strictObject({ query: text(50).optional() })

/** A unit's own benchmark package, as YAML text in the format of resources/benchmarks/README.md. */
export const cataloguePackageSaveInput = z.strictObject({
  id: uuid.optional(),
  rev: rev.optional(),
  yaml: z.string().min(1, { message: 'v.required' }).max(1_000_000, { message: 'v.tooLong' })
})

export const cataloguePackageRefInput = z.strictObject({ id: uuid, rev })

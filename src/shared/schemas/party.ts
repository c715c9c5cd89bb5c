import { z } from 'zod'
import { checkIdNumber } from '../../core/ids/id-number'
import { checkUscc } from '../../core/ids/uscc'
import { requiredText, text } from './primitives'

const idNumber = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkIdNumber(value)
    if (problem) ctx.addIssue({ code: 'custom', message: `v.idNumber.${problem}` })
  })

export const usccField = z
  .string()
  .transform((s) => s.trim().toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkUscc(value)
    if (problem) ctx.addIssue({ code: 'custom', message: `v.uscc.${problem}` })
  })

const common = {
  name: requiredText(100),
  address: text(200),
  contact: text(100)
}

/** 自然人: identified by 身份证号. */
export const personParty = z.strictObject({
  kind: z.literal('person'),
  ...common,
  idNumber
})

/** 法人或者其他组织: identified by 统一社会信用代码, with a legal representative. */
export const organisationParty = z.strictObject({
  kind: z.literal('organisation'),
  ...common,
  uscc: usccField,
  legalRepresentative: text(50)
})

export const partyInput = z.discriminatedUnion('kind', [personParty, organisationParty])
export type PartyInput = z.input<typeof partyInput>
export type Party = z.output<typeof partyInput>

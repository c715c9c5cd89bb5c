import { z } from 'zod'
import { ROLES } from '../../core/cases/vocabulary'
import { requiredText, uuid } from './primitives'
import { usccField } from './party'

export const username = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  // No whitespace and no control characters (\p{Cc}): user names appear in the audit trail and documents.
  .pipe(z.string().regex(/^[^\s\p{Cc}]{2,32}$/u, { message: 'v.username' }))

/** Password policy: ≥ 10 characters with letters and digits (OWASP length-first guidance). */
export const password = z
  .string()
  .max(200, { message: 'v.tooLong' })
  .refine((p) => p.length >= 10 && /\p{L}/u.test(p) && /\d/.test(p), {
    message: 'v.password.policy'
  })

export const roles = z
  .array(z.enum(ROLES))
  .min(1, { message: 'v.roles.min' })
  .max(ROLES.length)
  .refine((r) => new Set(r).size === r.length, { message: 'v.invalid' })

const casePrefix = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.string().regex(/^[^\s〔〕()（）[\]]{1,20}$/u, { message: 'v.casePrefix' }))

export const setupInput = z.strictObject({
  unitCode: usccField,
  unitName: requiredText(100),
  casePrefix,
  adminUsername: username,
  adminDisplayName: requiredText(50),
  adminPassword: password
})
export type SetupInput = z.input<typeof setupInput>

export const loginInput = z.strictObject({
  username: z.string().min(1, { message: 'v.required' }).max(64),
  password: z.string().min(1, { message: 'v.required' }).max(200)
})
export type LoginInput = z.input<typeof loginInput>

export const userCreateInput = z.strictObject({
  username,
  displayName: requiredText(50),
  roles,
  password
})
export type UserCreateInput = z.input<typeof userCreateInput>

export const userUpdateInput = z.strictObject({
  id: uuid,
  rev: z.number().int().min(1),
  displayName: requiredText(50),
  roles,
  active: z.boolean()
})
export type UserUpdateInput = z.input<typeof userUpdateInput>

export const userPasswordResetInput = z.strictObject({ id: uuid, password })

export const emptyInput = z.strictObject({})

export const officerListInput = z.strictObject({ includeInactive: z.boolean().default(false) })

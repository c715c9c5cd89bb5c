import { caseHandlers } from './cases/handlers'
import type { Handlers } from './context'
import { sessionHandlers } from './session/handlers'
import { userHandlers } from './users/handlers'

/** Every handler of the contract, by name. `satisfies` makes a missing or mistyped handler a compile error. */
export const handlers = {
  ...sessionHandlers,
  ...userHandlers,
  ...caseHandlers
} satisfies Handlers

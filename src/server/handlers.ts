import { caseHandlers } from './cases/handlers'
import { catalogueHandlers } from './catalogue/handlers'
import { clockHandlers } from './clocks/handlers'
import type { Handlers } from './context'
import { discretionHandlers } from './discretion/handlers'
import { sessionHandlers } from './session/handlers'
import { userHandlers } from './users/handlers'

/** Every handler of the contract, by name. `satisfies` makes a missing or mistyped handler a compile error. */
export const handlers = {
  ...sessionHandlers,
  ...userHandlers,
  ...caseHandlers,
  ...clockHandlers,
  ...discretionHandlers,
  ...catalogueHandlers
} satisfies Handlers

import { caseHandlers } from './cases/handlers'
import { catalogueHandlers } from './catalogue/handlers'
import { dashboardHandlers } from './clocks/dashboard'
import { clockHandlers } from './clocks/handlers'
import type { Handlers } from './context'
import { discretionHandlers } from './discretion/handlers'
import { sessionHandlers } from './session/handlers'
import { userHandlers } from './users/handlers'
import { lifecycleHandlers } from './lifecycle/handlers'
import { documentHandlers } from './documents/handlers'
import { numberHandlers } from './documents/number-handlers'
import { evidenceHandlers } from './evidence/handlers'
import { reviewHandlers } from './review/handlers'
import { publicServiceHandlers } from './flexible/public-service-handlers'
import { flexibleHandlers } from './flexible/handlers'
import { clueHandlers } from './enterprise/clue-handlers'
import { lossHandlers } from './enterprise/loss-handlers'
import { inspectionHandlers } from './enterprise/inspection-handlers'
import { statisticsHandlers } from './statistics/handlers'
import { periodHandlers } from './periods/handlers'
import { exchangeHandlers } from './exchange/handlers'
import { backupHandlers } from './backup/handlers'

/** Every handler of the contract, by name. `satisfies` makes a missing or mistyped handler a compile error. */
export const handlers = {
  ...sessionHandlers,
  ...userHandlers,
  ...caseHandlers,
  ...clockHandlers,
  ...dashboardHandlers,
  ...discretionHandlers,
  ...catalogueHandlers,
  ...lifecycleHandlers,
  ...documentHandlers,
  ...numberHandlers,
  ...evidenceHandlers,
  ...reviewHandlers,
  ...publicServiceHandlers,
  ...flexibleHandlers,
  ...clueHandlers,
  ...lossHandlers,
  ...inspectionHandlers,
  ...statisticsHandlers,
  ...periodHandlers,
  ...exchangeHandlers,
  ...backupHandlers
} satisfies Handlers

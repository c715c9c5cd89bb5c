// Why an action was refused: one Chinese sentence naming the missing step and the rule behind it.
export type Refusal = { code: RefusalCode; message: string }

export type RefusalCode =
  | 'WRONG_STAGE' // the action does not fit the case's current stage
  | 'MISSING_STEP' // a required earlier step has not been recorded
  | 'DEADLINE' // a statutory period has run or has not yet run
  | 'LIMIT' // an amount or type outside what the procedure allows
  | 'DATE_ORDER' // a date before the step it follows, or in the future
  | 'CALENDAR' // the working-day calendar lacks a year the period needs
  | 'INVALID' // the action's own content is inconsistent

export function refuse(code: RefusalCode, message: string): Refusal {
  return { code, message }
}

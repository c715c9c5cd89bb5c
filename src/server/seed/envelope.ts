import { AppError, type Envelope } from '../../shared/errors'

/**
 * The value of a successful call, or the server's refusal rethrown as an AppError, so in-process
 * callers (the seeder, the CLI) use plain control flow and still report the server's own message.
 */
export function expectOk<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value
  throw new AppError(envelope.error.code, envelope.error.message, envelope.error.issues)
}

/** Compile-time exhaustiveness: a switch over a union ends with `assertNever(x)`. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}

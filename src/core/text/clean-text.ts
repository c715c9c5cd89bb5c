// Control characters (C0 and C1) and bidi overrides can hide or reorder text in names printed on legal
// documents or a terminal (perf-reliability-security.md C10), so free text refuses them. Tab and
// newline stay allowed.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

export function hasForbiddenChars(value: string): boolean {
  return FORBIDDEN.test(value)
}

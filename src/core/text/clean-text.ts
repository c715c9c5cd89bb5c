// Control characters (C0 and C1) and bidi overrides can hide or reorder text in names printed on legal
// documents or a terminal (perf-reliability-security.md C10), so free text refuses them. Tab and
// newline stay allowed.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

export function hasForbiddenChars(value: string): boolean {
  return FORBIDDEN.test(value)
}

/**
 * The bidi marks (LRM, RLM, ALM) reorder nothing by themselves but can move neutral characters such
 * as brackets and digits around a name; they arrive unseen in text pasted from other programs. Free
 * text typed into Yardstick drops them (normalised, not refused: the user cannot see what to delete).
 */
const BIDI_MARKS = /[\u200E\u200F\u061C]/g

export function stripBidiMarks(value: string): string {
  return value.replace(BIDI_MARKS, '')
}

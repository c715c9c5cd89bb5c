// The step form's values: one ClueStepInput being filled in, and its blank state per kind.
import { zodResolver } from '@hookform/resolvers/zod'
import type { z } from 'zod'
import { assertNever } from '../../../../core/assert'
import type { ClueStepKind } from '../../../../core/enterprise/vocabulary'
import type { ClueDetailView } from '../../../../shared/enterprise-views'
import { clueStepInput } from '../../../../shared/schemas/enterprise'
import { keyedIssues } from '../../lib/form'

export type StepDraft = z.input<typeof clueStepInput>
export type StepOutput = z.output<typeof clueStepInput>
export type StepField = 'toAgency' | 'deadlineOn' | 'finding'

export const stepResolver = zodResolver(clueStepInput, keyedIssues)

/**
 * A transfer starts from the agency the clue concerns and its current deadline (the usual case);
 * the step carries the clue's rev, so a step taken meanwhile by someone else is refused, not merged.
 */
export function blankStep(kind: ClueStepKind, clue: ClueDetailView, on: string): StepDraft {
  const base = { clueId: clue.id, rev: clue.rev, on, note: '' }
  switch (kind) {
    case 'transfer':
      return { kind, ...base, toAgency: clue.agency, deadlineOn: clue.deadlineOn }
    case 'urge':
      return { kind, ...base, deadlineOn: clue.deadlineOn }
    case 'handle':
      return { kind, ...base, finding: 'substantiated' }
    case 'feedback':
      return { kind, ...base }
    case 'refer':
      return { kind, ...base, toAgency: '' }
  }
  return assertNever(kind)
}

/** The fields a kind adds to the date and the note. */
export function stepFields(kind: ClueStepKind): StepField[] {
  switch (kind) {
    case 'transfer':
      return ['toAgency', 'deadlineOn']
    case 'urge':
      return ['deadlineOn']
    case 'handle':
      return ['finding']
    case 'feedback':
      return []
    case 'refer':
      return ['toAgency']
  }
  return assertNever(kind)
}

import { assertNever } from '../../../../core/assert'
import type { z } from 'zod'
import type { cataloguePackageSaveInput } from '../../../../shared/schemas/discretion'
import type { CataloguePackageView } from '../../../../shared/views'

export type EditorValues = z.input<typeof cataloguePackageSaveInput>

/** What the editor shows: a saved package (its id and rev go with the next save) or new text. */
export type Opened = { kind: 'saved'; pkg: CataloguePackageView } | { kind: 'new'; yaml: string }

export function blank(): Opened {
  return { kind: 'new', yaml: '' }
}

export function formValues(opened: Opened): EditorValues {
  switch (opened.kind) {
    case 'saved':
      return { id: opened.pkg.id, rev: opened.pkg.rev, yaml: opened.pkg.yaml }
    case 'new':
      return { yaml: opened.yaml }
  }
  return assertNever(opened)
}

/**
 * A published version never changes; a revision starts from its text as a new draft. The editor
 * must still give it a new id (and usually `supersedes:` the old one); the server insists on that.
 */
export function asNewVersion(pkg: CataloguePackageView): Opened {
  const yaml = pkg.yaml.replace(/^status:(\s*)(['"]?)published\2/m, 'status:$1draft')
  return { kind: 'new', yaml }
}

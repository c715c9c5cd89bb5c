import type { OfficerView } from '../../../../shared/views'

/** The `<option>`s of an officer select: an empty choice with its label, then each active officer. */
export function OfficerOptions({
  officers,
  emptyLabel
}: {
  officers: OfficerView[]
  emptyLabel: string
}) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {officers.map((o) => (
        <option key={o.id} value={o.id}>
          {o.displayName}
        </option>
      ))}
    </>
  )
}

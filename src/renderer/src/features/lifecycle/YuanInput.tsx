import { useState } from 'react'
import { yuanToFen } from '../../../../core/text/yuan-input'
import { fenToYuan } from './money'

type Props = {
  id: string
  value: number | null | undefined
  onChange: (fen: number | null) => void
  onBlur?: () => void
}

/**
 * A money field: the officer types yuan (12.5), the form holds integer fen (1250), null when empty
 * and NaN for malformed text (which the schema then rejects). The text is kept as typed.
 */
export function YuanInput({ id, value, onChange, onBlur }: Props) {
  const [text, setText] = useState(() =>
    typeof value === 'number' && Number.isFinite(value) ? fenToYuan(value) : ''
  )
  return (
    <input
      id={id}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(yuanToFen(e.target.value))
      }}
      onBlur={onBlur}
    />
  )
}

import { useState } from 'react'
import { tenthsToText, textToTenths } from './quantity'

type Props = {
  id: string
  value: number | null | undefined
  onChange: (tenths: number | null) => void
  onBlur?: () => void
}

/** Hours or points as typed (8 or 2.5); the form holds tenths. The text is kept as typed. */
export function QuantityInput({ id, value, onChange, onBlur }: Props) {
  const [text, setText] = useState(() => tenthsToText(value))
  return (
    <input
      id={id}
      inputMode="decimal"
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(textToTenths(e.target.value))
      }}
      onBlur={onBlur}
    />
  )
}

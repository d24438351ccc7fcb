import { useId, useState } from 'react'
import { readLeverNumber, shownLeverNumber } from './fieldNumbers'

interface NumberFieldProps {
  label: string
  value: number
  /** Shown and typed as a percentage in points (0.25 <-> 25). */
  percent?: boolean
  onCommit(value: number): void
}

/**
 * A number typed as text and committed on Enter or leaving the field, read as every number field
 * reads one (fieldNumbers). What the reader refuses stays in the field with a message naming the
 * field and the rule, and nothing is committed; Escape restores the saved value.
 */
export function NumberField({ label, value, percent = false, onCommit }: NumberFieldProps) {
  const id = useId()
  const [text, setText] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const commit = () => {
    if (text === null) return
    const read = readLeverNumber(label, text, percent)
    if (!read.ok) {
      setMessage(read.message)
      return
    }
    setMessage(null)
    setText(null)
    if (read.value !== value) onCommit(read.value)
  }
  return (
    <label className="lever-field">
      <span className="lever-field__label">{label}</span>
      <span className="lever-field__input">
        <input
          aria-label={label}
          aria-invalid={message !== null || undefined}
          aria-describedby={message !== null ? `${id}-msg` : undefined}
          value={text ?? shownLeverNumber(value, percent)}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            if (e.key === 'Escape') {
              setText(null)
              setMessage(null)
            }
          }}
        />
        {percent ? <span className="lever-field__unit">%</span> : null}
      </span>
      {message !== null ? (
        <span id={`${id}-msg`} className="lever-field__error" role="alert">
          {message}
        </span>
      ) : null}
    </label>
  )
}

interface SelectFieldProps<T extends string> {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange(value: T): void
}

export function SelectField<T extends string>({ label, value, options, onChange }: SelectFieldProps<T>) {
  return (
    <label className="lever-field">
      <span className="lever-field__label">{label}</span>
      <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** Horizon months as options, by their calendar names ("Jan 2027"). */
export function monthOptions(labels: readonly string[]): { value: string; label: string }[] {
  return labels.map((l, t) => ({ value: String(t), label: l }))
}

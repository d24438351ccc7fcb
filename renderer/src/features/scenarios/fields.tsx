import { useState } from 'react'

interface NumberFieldProps {
  label: string
  value: number
  /** Shown and typed as a percentage (0.25 <-> 25). */
  percent?: boolean
  onCommit(value: number): void
}

/** A number typed as text and committed on Enter or leaving the field; what is not a number is refused here. */
export function NumberField({ label, value, percent = false, onCommit }: NumberFieldProps) {
  const shown = percent ? String(Math.round(value * 1e6) / 1e4) : String(value)
  const [text, setText] = useState<string | null>(null)
  const [bad, setBad] = useState(false)
  const commit = () => {
    if (text === null) return
    const n = Number(text.replace(/[%\s,]/g, ''))
    if (text.trim() === '' || !Number.isFinite(n)) {
      setBad(true)
      return
    }
    setBad(false)
    setText(null)
    const next = percent ? n / 100 : n
    if (next !== value) onCommit(next)
  }
  return (
    <label className="lever-field">
      <span className="lever-field__label">{label}</span>
      <span className="lever-field__input">
        <input
          aria-label={label}
          aria-invalid={bad || undefined}
          value={text ?? shown}
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit()
            if (e.key === 'Escape') {
              setText(null)
              setBad(false)
            }
          }}
        />
        {percent ? <span className="lever-field__unit">%</span> : null}
      </span>
      {bad ? <span className="lever-field__error">must be a number</span> : null}
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

/** Horizon months as options: "Jan 2027 (month 0)". */
export function monthOptions(labels: readonly string[]): { value: string; label: string }[] {
  return labels.map((l, t) => ({ value: String(t), label: `${l} (m${t})` }))
}

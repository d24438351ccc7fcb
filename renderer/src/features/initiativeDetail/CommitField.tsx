import { useId, useState, type KeyboardEvent } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import { formatDate, formatIsoMonth, parseDateText, parseMonthText } from '../../../../shared/display/dates'
import { fieldMessage } from './fieldIssues'
import './forms.css'

export type FieldKind =
  | { type: 'text' }
  | { type: 'longText' }
  | { type: 'number'; step?: number; suffix?: string }
  | { type: 'date' }
  | { type: 'month' }
  | { type: 'select'; options: readonly { value: string; label: string }[] }

export interface CommitFieldProps {
  label: string
  /** Dotted field path the API names in its issues ('governance.hypothesis', 'discountRateAnnual'). */
  field: string
  kind: FieldKind
  /** The saved value, as shown in the input (a date as YYYY-MM-DD, a month as YYYY-MM: shown "7 Jul 2027", "Jul 2027"). */
  value: string
  /**
   * Turns the typed text into the value to save; a text that is no number is sent as is, so the API
   * names the rule. A date or month field hands it YYYY-MM-DD or YYYY-MM ('' when emptied).
   */
  parse: (text: string) => unknown
  /** Saves; resolves to the API's refusal or null. */
  onCommit: (value: unknown) => Promise<ApiError | null>
  hint?: string
  wide?: boolean
}

/**
 * One field saved on blur or Enter (Ctrl+Enter in long text), Escape restores the saved value.
 * The input is uncontrolled and keyed by the saved value: an undo elsewhere re-mounts it with the
 * new value, while a refused entry stays visible next to its message until it is fixed.
 */
export function CommitField({ label, field, kind, value, parse, onCommit, hint, wide }: CommitFieldProps) {
  const id = useId()
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  /** A drop-down's choice while it is saved; the drop-down keeps its focus (so Ctrl+Z can undo it there). */
  const [chosen, setChosen] = useState<string | null>(null)

  // Dates and months are written the app's one way; what is typed is read back to the model's form.
  const shown = kind.type === 'date' ? formatDate(value) : kind.type === 'month' ? formatIsoMonth(value) : value
  const commit = async (typed: string) => {
    if (typed === shown) {
      setMessage(null)
      return
    }
    let text = typed
    if ((kind.type === 'date' || kind.type === 'month') && typed.trim() !== '') {
      const read = kind.type === 'date' ? parseDateText(typed) : parseMonthText(typed)
      if (read === null) {
        setMessage(`${label} must be a ${kind.type} such as ${kind.type === 'date' ? '7 Jul 2027' : 'Jul 2027'}`)
        return
      }
      text = read
    } else if (kind.type === 'date' || kind.type === 'month') text = ''
    if (text === value) {
      setMessage(null)
      return
    }
    setSaving(true)
    const error = await onCommit(parse(text))
    setSaving(false)
    setMessage(error ? fieldMessage(error, field) : null)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const target = e.currentTarget
    if (e.key === 'Escape') {
      target.value = shown
      setMessage(null)
    } else if (e.key === 'Enter' && (kind.type !== 'longText' || e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void commit(target.value)
    }
  }

  const common = {
    id,
    'aria-invalid': message !== null,
    'aria-describedby': message ? `${id}-msg` : undefined,
    'data-field': field,
    defaultValue: shown,
    onBlur: (e: { currentTarget: { value: string } }) => void commit(e.currentTarget.value),
  }

  let control
  switch (kind.type) {
    case 'longText':
      control = <textarea key={value} rows={3} {...common} onKeyDown={onKeyDown} />
      break
    case 'select':
      control = (
        <select
          id={id}
          data-field={field}
          value={chosen ?? value}
          aria-invalid={message !== null}
          onChange={(e) => {
            const next = e.currentTarget.value
            setChosen(next)
            void commit(next).finally(() => setChosen(null))
          }}
        >
          {kind.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )
      break
    default:
      control = (
        <input
          key={value}
          type="text"
          inputMode={kind.type === 'number' ? 'decimal' : undefined}
          placeholder={kind.type === 'date' ? 'e.g. 7 Jul 2027' : kind.type === 'month' ? 'e.g. Jan 2027' : undefined}
          {...common}
          onKeyDown={onKeyDown}
        />
      )
  }

  return (
    <div className={`field${wide ? ' field--wide' : ''}${message ? ' field--error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {kind.type === 'number' && kind.suffix ? <span className="field__suffix"> ({kind.suffix})</span> : null}
        {saving ? <span className="field__saving"> saving…</span> : null}
      </label>
      {control}
      {message ? (
        <div id={`${id}-msg`} className="field__message" role="alert">
          {message}
        </div>
      ) : hint ? (
        <div className="field__hint">{hint}</div>
      ) : null}
    </div>
  )
}

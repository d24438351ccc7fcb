import { useState, type KeyboardEvent } from 'react'

export interface InlineInputProps {
  /** The saved value as text. */
  value: string
  /** Accessible name, also shown as the tooltip. */
  label: string
  /** Saves the typed text; resolves to a message when refused, or null. */
  onCommit: (text: string) => Promise<string | null>
  /** Characters wide. */
  size?: number
  suffix?: string
  testId?: string
}

/**
 * A small input inside a sentence, saved on Enter or blur; Escape restores the saved value. Keyed
 * by the saved value, so an undo elsewhere shows the restored value, while a refused entry stays
 * visible with its message until it is fixed.
 */
export function InlineInput({ value, label, onCommit, size = 4, suffix, testId }: InlineInputProps) {
  const [message, setMessage] = useState<string | null>(null)

  const commit = async (text: string) => {
    if (text.trim() === value) {
      setMessage(null)
      return
    }
    setMessage(await onCommit(text))
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.currentTarget.value = value
      setMessage(null)
    } else if (e.key === 'Enter') {
      e.preventDefault()
      void commit(e.currentTarget.value)
    }
  }
  return (
    <span className={`inline-input${message ? ' inline-input--error' : ''}`}>
      <input
        key={value}
        className="inline-input__field"
        type="text"
        inputMode="decimal"
        size={size}
        defaultValue={value}
        aria-label={label}
        title={label}
        aria-invalid={message !== null}
        data-testid={testId}
        onBlur={(e) => void commit(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {suffix ? <span className="inline-input__suffix">{suffix}</span> : null}
      {message ? (
        <span className="inline-input__message" role="alert">
          {message}
        </span>
      ) : null}
    </span>
  )
}

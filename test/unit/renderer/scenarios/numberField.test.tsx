// @vitest-environment jsdom
/**
 * A lever's number field as a person uses it: what the reader refuses stays typed beside a message
 * naming the field and the rule and commits nothing; Escape brings the saved value back; a
 * corrected entry commits and clears the message.
 */
import { cleanup, fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { NumberField } from '../../../../renderer/src/features/scenarios/fields'

afterEach(cleanup)

function field(label: string, value: number, percent: boolean) {
  const onCommit = vi.fn<(value: number) => void>()
  const { container } = render(<NumberField label={label} value={value} percent={percent} onCommit={onCommit} />)
  const input = container.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement
  const message = () => container.querySelector('[role="alert"]')?.textContent ?? null
  const type = (text: string, how: 'blur' | 'enter' = 'blur') => {
    fireEvent.change(input, { target: { value: text } })
    if (how === 'enter') fireEvent.keyDown(input, { key: 'Enter' })
    else fireEvent.blur(input)
  }
  return { input, onCommit, message, type }
}

describe('a lever number field', () => {
  it('commits "20", "20%" and "20 %" as 20% and a plain amount as typed', () => {
    for (const text of ['20', '20%', '20 %']) {
      const f = field('Change', -0.5, true)
      f.type(text, 'enter')
      expect(f.onCommit).toHaveBeenCalledExactlyOnceWith(0.2)
      expect(f.message()).toBeNull()
      cleanup()
    }
    const months = field('Months added', 3, false)
    months.type('1,000')
    expect(months.onCommit).toHaveBeenCalledExactlyOnceWith(1000)
  })

  it('refuses a decimal comma with the field and the rule, commits nothing and keeps what was typed', () => {
    const f = field('Change', -0.5, true)
    expect(f.input.value).toBe('-50')
    f.type('1,5', 'enter')
    expect(f.onCommit).not.toHaveBeenCalled()
    expect(f.message()).toBe('Change: must be a number (use "," only between thousands)')
    expect(f.input.value).toBe('1,5')
    expect(f.input.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(f.input.getAttribute('aria-describedby') ?? '')?.textContent).toBe(f.message())

    // Escape brings the saved value back and clears the message.
    fireEvent.keyDown(f.input, { key: 'Escape' })
    expect(f.input.value).toBe('-50')
    expect(f.message()).toBeNull()
    expect(f.input.getAttribute('aria-invalid')).toBeNull()
    expect(f.onCommit).not.toHaveBeenCalled()
  })

  it('a corrected entry commits and clears the message', () => {
    const f = field('Share moved', 0.3, true)
    f.type('')
    expect(f.message()).toBe('Share moved: must be a number')
    f.type('0,45')
    expect(f.message()).toBe('Share moved: must be a number (use "," only between thousands)')
    expect(f.onCommit).not.toHaveBeenCalled()
    f.type('45')
    expect(f.onCommit).toHaveBeenCalledExactlyOnceWith(0.45)
    expect(f.message()).toBeNull()
  })

  it('refuses a percentage typed as months, and commits nothing when the value is unchanged', () => {
    const f = field('Months added', 3, false)
    f.type('5%')
    expect(f.message()).toBe('Months added: must be an amount, not a percentage')
    f.type('3')
    expect(f.onCommit).not.toHaveBeenCalled()
    expect(f.message()).toBeNull()
    expect(f.input.value).toBe('3')
  })
})

import type { CustomCellEditorProps } from 'ag-grid-react'
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { GridRow } from './rows'

export interface ChoiceEditorParams {
  /** The stored values, in order, and the label each shows. */
  options: readonly { value: string; label: string }[]
}

/**
 * The option a typed letter picks: the next one after `from` whose label starts with it (cycling,
 * so "S" then "S" again goes Scaling, Sunset), or -1 when none does.
 */
function optionForKey(labels: readonly string[], key: string, from: number): number {
  const k = key.toLocaleLowerCase()
  for (let step = 1; step <= labels.length; step++) {
    const i = (from + step) % labels.length
    if (labels[i]?.toLocaleLowerCase().startsWith(k)) return i
  }
  return -1
}

/**
 * A choice cell's editor: the options as a list under the cell. The key that opened it picks
 * the first option starting with that letter, as does each letter typed; arrows move; Enter or
 * Tab keeps the choice, Escape the saved value; a click picks and keeps.
 */
export function ChoiceEditor(props: CustomCellEditorProps<GridRow, unknown> & ChoiceEditorParams) {
  const { options, eventKey, initialValue, onValueChange, stopEditing } = props
  const labels = options.map((o) => o.label)
  const [index, setIndex] = useState(() => {
    const current = options.findIndex((o) => o.value === initialValue)
    // The letter that opened the editor picks the first option starting with it, as in a spreadsheet's list.
    if (eventKey && eventKey.length === 1) {
      const typed = optionForKey(labels, eventKey, -1)
      if (typed >= 0) return typed
    }
    return current
  })
  const list = useRef<HTMLUListElement>(null)
  const announced = useRef(false)

  useEffect(() => {
    list.current?.focus()
  }, [])
  useEffect(() => {
    // An editor opened by a letter already chose: hand the choice to the grid even if nothing more is typed.
    if (announced.current) return
    announced.current = true
    const picked = options[index]
    if (picked && picked.value !== initialValue) onValueChange(picked.value)
  }, [index, options, initialValue, onValueChange])

  const choose = (i: number) => {
    const picked = options[i]
    if (!picked) return
    setIndex(i)
    onValueChange(picked.value)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      e.stopPropagation()
      const step = e.key === 'ArrowDown' ? 1 : -1
      choose(Math.min(Math.max((index < 0 ? -1 : index) + step, 0), options.length - 1))
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      const i = optionForKey(labels, e.key, index)
      if (i >= 0) choose(i)
      e.preventDefault()
    }
  }
  return (
    <ul
      ref={list}
      className="gpp-choice-editor"
      role="listbox"
      aria-label="Choose a value"
      tabIndex={0}
      aria-activedescendant={index >= 0 ? `gpp-choice-${String(index)}` : undefined}
      onKeyDown={onKeyDown}
    >
      {options.map((o, i) => (
        <li
          key={o.value}
          id={`gpp-choice-${String(i)}`}
          role="option"
          aria-selected={i === index}
          className={i === index ? 'gpp-choice-editor__option--on' : undefined}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            choose(i)
            // Kept at once, as a click on a drop-down's option does.
            setTimeout(() => stopEditing(), 0)
          }}
        >
          {o.label}
        </li>
      ))}
    </ul>
  )
}

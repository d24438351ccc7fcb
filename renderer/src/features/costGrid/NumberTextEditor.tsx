import type { CustomCellEditorProps } from 'ag-grid-react'
import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../../store'
import { editorText, type FieldKind, type FormatContext } from './fieldKinds'
import type { GridRow } from './rows'

export interface NumberTextEditorParams {
  kind: FieldKind
  ctx: FormatContext
}

/** The refused text of this cell, when its editor reopens for correction. */
function refusedText(rowId: string | undefined, colId: string): string | undefined {
  const e = useAppStore.getState().cellError
  return e && e.rowId === rowId && e.colId === colId ? e.typed : undefined
}

/**
 * The in-cell editor: plain text. It opens with the value at full precision in the form the
 * parser reads ("12.5%", "2026-03"), or with the key that started the edit, so typing replaces
 * the cell as in a spreadsheet, or with the text just refused there, to correct it. It hands back
 * the text; the grid's edit handler parses it, so a bad entry is refused with a message rather
 * than silently dropped.
 */
export function NumberTextEditor(props: CustomCellEditorProps<GridRow, unknown> & NumberTextEditorParams) {
  const { eventKey, initialValue, kind, ctx, onValueChange, data, column } = props
  const [refused] = useState(() => (eventKey ? undefined : refusedText(data?.id, column.getColId())))
  const [text, setText] = useState(() => {
    if (refused !== undefined) return refused
    if (eventKey === 'Backspace' || eventKey === 'Delete') return ''
    if (eventKey && eventKey.length === 1) return eventKey
    return editorText(kind, initialValue, ctx)
  })
  const input = useRef<HTMLInputElement>(null)
  const announced = useRef(false)
  useEffect(() => {
    // An edit started by a key already changed the text: hand it to the grid even if nothing more is typed.
    if (announced.current) return
    announced.current = true
    if (
      refused !== undefined ||
      (eventKey && (eventKey.length === 1 || eventKey === 'Backspace' || eventKey === 'Delete'))
    )
      onValueChange(input.current?.value ?? '')
  }, [eventKey, onValueChange, refused])
  useEffect(() => {
    const el = input.current
    if (!el) return
    el.focus()
    // Opened by F2, Enter or double-click: select all so typing replaces; opened by a key: caret at the end.
    if (eventKey && eventKey.length === 1) el.setSelectionRange(el.value.length, el.value.length)
    else el.select()
  }, [eventKey])
  return (
    <input
      ref={input}
      className="gpp-cell-editor"
      value={text}
      spellCheck={false}
      onKeyDown={(e) => {
        // Escape gives up the correction: the saved value stays, and the refusal is done with.
        if (e.key === 'Escape' && refused !== undefined) useAppStore.getState().setCellError(null)
      }}
      onChange={(e) => {
        setText(e.target.value)
        onValueChange(e.target.value)
      }}
    />
  )
}

import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useAppStore } from '../../store'

/**
 * The refused entry's message, pinned under its cell (or across the top of the grid when the
 * cell is not on screen). A later successful edit, Escape or × clears it.
 */
export function CellErrorPopover({ container }: { container: RefObject<HTMLDivElement | null> }) {
  const error = useAppStore((s) => s.cellError)
  const setCellError = useAppStore((s) => s.setCellError)
  const popover = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const root = container.current
    const box = popover.current
    if (!error || !root || !box) return
    const cell = root.querySelector(
      `.ag-row[row-id="${CSS.escape(error.rowId)}"] .ag-cell[col-id="${CSS.escape(error.colId)}"]`,
    )
    // Positioned by hand: the cell's place is only known from the DOM the grid drew.
    if (!cell) {
      box.classList.add('gpp-cell-error--floating')
      return
    }
    const outer = root.getBoundingClientRect()
    const at = cell.getBoundingClientRect()
    box.classList.remove('gpp-cell-error--floating')
    const below = at.bottom - outer.top + 4
    box.style.top = `${below + box.offsetHeight > outer.height ? Math.max(0, at.top - outer.top - box.offsetHeight - 4) : below}px`
    box.style.left = `${Math.max(4, Math.min(at.left - outer.left, outer.width - box.offsetWidth - 4))}px`
  }, [error, container])
  if (!error) return null
  return (
    <div ref={popover} className="gpp-cell-error" role="alert" data-testid="cell-error">
      <span>{error.message}</span>
      <button type="button" className="gpp-cell-error__close" aria-label="Dismiss" onClick={() => setCellError(null)}>
        ×
      </button>
    </div>
  )
}

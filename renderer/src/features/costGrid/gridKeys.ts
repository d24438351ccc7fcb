import type { SuppressKeyboardEventParams } from 'ag-grid-community'
import { useAppStore } from '../../store'
import type { GridController } from './gridController'
import type { GridRow } from './rows'

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
}

/**
 * Spreadsheet keys AG Grid Community does not have. Returns true when the grid must ignore the
 * key. Ctrl+Z / Ctrl+Y are left to the app-wide handler (they bubble to window).
 */
export function handleGridKey(
  p: SuppressKeyboardEventParams<GridRow>,
  c: GridController,
  openMix: (id: string) => void,
): boolean {
  const e = p.event
  if (p.editing || e.type !== 'keydown') return false
  const mod = e.ctrlKey || e.metaKey
  const key = e.key
  const lower = key.toLowerCase()
  if (mod && (lower === 'z' || lower === 'y')) return true
  if (key === 'Escape') {
    useAppStore.getState().setCellError(null)
    return false
  }
  if (p.node.rowPinned) return false
  const arrow = ARROWS[key]
  if (arrow && e.shiftKey && !mod) {
    e.preventDefault()
    c.extend(arrow[0], arrow[1])
    return true
  }
  if (mod && lower === 'a') {
    e.preventDefault()
    c.selectAll()
    return true
  }
  if (mod && key === 'Delete') {
    void c.deleteSelected()
    return true
  }
  if (!mod && (key === 'Delete' || key === 'Backspace')) {
    void c.clear()
    return true
  }
  if (mod && lower === 'd') {
    e.preventDefault()
    void (e.shiftKey ? c.duplicateSelected() : c.fillDown())
    return true
  }
  if (key === 'Insert') {
    c.addInitiative()
    return true
  }
  if (mod && key === 'Enter') {
    e.preventDefault()
    c.openSelected()
    return true
  }
  if (key === 'Enter' && p.column.getColId() === 'usage.modelMix' && p.data?.initiative) {
    openMix(p.data.id)
    return true
  }
  return false
}

import type { GridApi } from 'ag-grid-community'
import type { FormatContext } from './fieldKinds'
import type { Rect } from './range'
import type { GridRow } from './rows'

/**
 * What one mounted grid needs between events and is not render state: the grid API, the
 * format context of the latest render, the highlighted rectangle the class rules read, and
 * the mouse state of a drag-selection. One instance per grid (kept in component state).
 */
export class GridSession {
  private gridApi: GridApi<GridRow> | null = null
  private formatCtx: FormatContext
  private highlighted: { rect: Rect; columns: readonly string[] } | null = null
  private shiftDown = false
  private dragging = false

  constructor(ctx: FormatContext) {
    this.formatCtx = ctx
  }

  get api(): GridApi<GridRow> | null {
    return this.gridApi?.isDestroyed() ? null : this.gridApi
  }
  attach(api: GridApi<GridRow>): void {
    this.gridApi = api
  }

  get ctx(): FormatContext {
    return this.formatCtx
  }
  setCtx(ctx: FormatContext): void {
    this.formatCtx = ctx
  }

  get highlight(): { rect: Rect; columns: readonly string[] } | null {
    return this.highlighted
  }
  setHighlight(h: { rect: Rect; columns: readonly string[] } | null): void {
    this.highlighted = h
  }

  mouseDown(shift: boolean, primary: boolean): void {
    this.shiftDown = shift
    this.dragging = primary
  }
  mouseUp(): void {
    this.dragging = false
  }
  get extendingWithShift(): boolean {
    return this.shiftDown
  }
  get isDragging(): boolean {
    return this.dragging
  }
}

import type { GridApi, IRowNode } from 'ag-grid-community'
import {
  changedCells,
  renderedRows,
  snapshotOf,
  type Change,
  type FigureSnapshot,
  type RowChanges,
} from './changedFigures'
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
  private figures: FigureSnapshot = new Map()
  private changed: ReadonlyMap<string, RowChanges> = new Map()

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

  /** How the latest recompute changed a result, in a row that was in view before it; null: it did not. */
  changeOf(rowId: string, colId: string): Change | null {
    const row = this.changed.get(rowId)
    return row?.columns.has(colId) ? row.change : null
  }

  /**
   * After a recompute: marks the figures in view that moved (the edited row's, and others' when a
   * shared pool moved them), replacing the marks of the edit before. Returns the rows whose marks
   * were set or cleared, for the grid to redraw.
   */
  markChanged(api: GridApi<GridRow>): IRowNode<GridRow>[] {
    const rows = renderedRows(api)
    const after = snapshotOf(rows.flatMap((n) => (n.data ? [n.data] : [])))
    const previous = this.changed
    this.changed = changedCells(this.figures, after)
    this.figures = new Map([...this.figures, ...after])
    return rows.filter((n) => n.data && (previous.has(n.data.id) || this.changed.has(n.data.id)))
  }

  /** Rows coming into view: their figures as shown, the base the next recompute is compared with. */
  noteShown(api: GridApi<GridRow>): void {
    const shown = snapshotOf(renderedRows(api).flatMap((n) => (n.data ? [n.data] : [])))
    this.figures = new Map([...this.figures, ...shown])
  }

  /** Forgets the figures seen (another portfolio: nothing to compare with). */
  resetFigures(): void {
    this.figures = new Map()
    this.changed = new Map()
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

/**
 * What the cost grid does on keys, clipboard and toolbar buttons. Plain functions over the grid
 * API and the store, so the component only wires events.
 */
import type { GridApi } from 'ag-grid-community'
import type { FieldEdit } from '../../../../shared/api/contract'
import { readField } from '../../store/fieldPath'
import type { AppState } from '../../store/types'
import { cellErrorFromApi } from './apiErrorCell'
import { INPUT_COLUMNS_BY_ID, RESULT_COLUMNS_BY_ID } from './columnSpecs'
import type { CellPos, CellRange } from './costGridSlice'
import { clearedValue, editText, editorText, parseCell, type FormatContext } from './fieldKinds'
import { planClear, planFillDown, planPaste, type GridLayout } from './gridEdits'
import { blankInitiative, duplicateOf } from './newInitiative'
import { rectOf, singleCell, type Rect } from './range'
import type { GridRow } from './rows'
import { parseTsv, toTsv } from './tsv'

export interface GridControllerDeps {
  getApi(): GridApi<GridRow> | null
  getState(): AppState
  getCtx(): FormatContext
}

export function layoutOf(api: GridApi<GridRow>): GridLayout {
  return {
    columns: api.getAllDisplayedColumns().map((c) => c.getColId()),
    rowCount: api.getDisplayedRowCount(),
    rowAt(index) {
      const data = api.getDisplayedRowAtIndex(index)?.data
      return data?.initiative ? { id: data.id, name: data.initiative.name } : null
    },
  }
}

export function createGridController({ getApi, getState, getCtx }: GridControllerDeps) {
  const nameOf = (id: string) => getState().snapshot?.portfolio.initiatives.find((i) => i.id === id)?.name ?? id

  /** The selection, or the focused cell when nothing is selected; null on the total row. */
  function currentRange(api: GridApi<GridRow>): CellRange | null {
    const range = getState().range
    const f = api.getFocusedCell()
    const focused = f && f.rowPinned == null ? { rowIndex: f.rowIndex, colId: f.column.getColId() } : null
    if (!focused) return range
    // The grid's focus sits on one corner of a live selection (the anchor after Shift+arrows, the far
    // corner after Shift+click or a drag). Anywhere else, the selection is stale: the focus wins.
    const at = (p: CellPos) => p.rowIndex === focused.rowIndex && p.colId === focused.colId
    return range && (at(range.anchor) || at(range.focus)) ? range : singleCell(focused)
  }

  function currentRect(api: GridApi<GridRow>): { rect: Rect; layout: GridLayout } | null {
    const range = currentRange(api)
    const layout = layoutOf(api)
    const rect = range ? rectOf(range, layout.columns) : null
    return rect ? { rect, layout } : null
  }

  /** Saves the edits; a refusal is shown at its cell (with `typed`, the text to open its editor with again). */
  async function write(edits: FieldEdit[], label?: string, typed?: string): Promise<boolean> {
    if (edits.length === 0) return true
    const error = await getState().editInitiatives(edits, label)
    if (error) {
      const cellError = cellErrorFromApi(error, edits, nameOf)
      getState().setCellError(typed === undefined ? cellError : { ...cellError, typed })
      return false
    }
    getState().setCellError(null)
    return true
  }

  function cellText(api: GridApi<GridRow>, rowIndex: number, colId: string): string {
    const data = api.getDisplayedRowAtIndex(rowIndex)?.data
    if (!data) return ''
    const ctx = getCtx()
    const input = INPUT_COLUMNS_BY_ID.get(colId)
    if (input) return data.initiative ? editText(input.kind, readField(data.initiative, input.field), ctx) : ''
    const result = RESULT_COLUMNS_BY_ID.get(colId)
    if (!result || !data.figures) return ''
    const value = result.get(data.figures)
    if (Array.isArray(value)) return value.join(', ')
    if (result.kind === 'payback') return typeof value === 'number' ? editText('month', value, ctx) : ''
    return editText(result.kind === 'unpriced' ? 'text' : result.kind, value, ctx)
  }

  /** Ids of the initiatives in the selected rows, top to bottom. */
  function selectedIds(): string[] {
    const api = getApi()
    const found = api && currentRect(api)
    if (!found) return []
    const ids: string[] = []
    for (let r = found.rect.top; r <= found.rect.bottom; r++) {
      const row = found.layout.rowAt(r)
      if (row) ids.push(row.id)
    }
    return ids
  }

  function focusRow(id: string, colId: string, edit: boolean): void {
    const api = getApi()
    const index = api?.getRowNode(id)?.rowIndex
    if (!api || index === null || index === undefined) return
    api.ensureIndexVisible(index)
    api.ensureColumnVisible(colId)
    api.setFocusedCell(index, colId)
    if (edit) api.startEditingCell({ rowIndex: index, colKey: colId })
  }

  /** Focuses a row just added, once the grid has taken it in (a few frames after the store has it). */
  function focusWhenShown(id: string, colId: string, framesLeft = 30): void {
    const api = getApi()
    if (!api || framesLeft <= 0) return
    if (api.getRowNode(id)?.rowIndex != null) focusRow(id, colId, false)
    else requestAnimationFrame(() => focusWhenShown(id, colId, framesLeft - 1))
  }

  return {
    selectedIds,
    focusRow,
    /** The grid's API while it is mounted: the toolbar's CSV export reads the rows and columns as shown. */
    getApi,
    getCtx,
    /**
     * A typed value from the in-cell editor (text) or a select editor (the option). The grid calls
     * it while it closes the editor (the columns' valueSetter), so the API call leaves before the
     * grid moves the focus on; a refusal is shown once the grid has done so (next task), so the
     * focus can go back to the refused cell.
     */
    async commitTyped(row: GridRow, colId: string, newValue: unknown, oldValue: unknown): Promise<void> {
      const column = INPUT_COLUMNS_BY_ID.get(colId)
      const initiative = row.initiative
      if (!column || !initiative) return
      const ctx = getCtx()
      let value: unknown = newValue
      if (column.kind === 'stage' || column.kind === 'valueType') {
        if (newValue === oldValue) return
      } else {
        if (typeof newValue !== 'string') return
        // The editor opened with the value as shown; left as it was, it changes nothing.
        if (newValue === editText(column.kind, oldValue, ctx) || newValue === editorText(column.kind, oldValue, ctx))
          return
        const cleared = newValue.trim() === '' ? clearedValue(column.kind) : null
        const parsed = cleared !== null ? { ok: true as const, value: cleared } : parseCell(column.kind, newValue, ctx)
        if (!parsed.ok) {
          await new Promise((resolve) => setTimeout(resolve, 0))
          getState().setCellError({
            rowId: row.id,
            colId,
            message: `“${initiative.name}” · ${column.header} ${parsed.rule} (you typed “${newValue}”).\nNothing was changed.`,
            typed: newValue,
          })
          // Back into the refused cell with what was typed, so the person corrects it rather than retyping.
          focusRow(row.id, colId, true)
          return
        }
        value = parsed.value
      }
      const typed = typeof newValue === 'string' ? newValue : undefined
      if (!(await write([{ id: row.id, field: column.field, value }], undefined, typed)))
        focusRow(row.id, colId, typed !== undefined)
    },

    copyText(): string | null {
      const api = getApi()
      const found = api && currentRect(api)
      if (!api || !found) return null
      const { rect, layout } = found
      const rows: string[][] = []
      for (let r = rect.top; r <= rect.bottom; r++) {
        const cells: string[] = []
        for (let c = rect.left; c <= rect.right; c++) cells.push(cellText(api, r, layout.columns[c] ?? ''))
        rows.push(cells)
      }
      return toTsv(rows)
    },

    async paste(text: string): Promise<void> {
      const api = getApi()
      const found = api && currentRect(api)
      if (!api || !found) {
        getState().setNotice('Click the cell where the pasted block should start, then paste again.')
        return
      }
      const pasted = parseTsv(text)
      if (!pasted.ok) {
        getState().setNotice(`Nothing was pasted. ${pasted.message}`)
        return
      }
      const plan = planPaste(
        pasted.rows.map((r) => r.cells),
        found.rect,
        found.layout,
        getCtx(),
      )
      if (!plan.ok) {
        const fallback = found.layout.rowAt(found.rect.top)
        getState().setCellError({
          rowId: plan.cell?.rowId ?? fallback?.id ?? '',
          colId: plan.cell?.colId ?? found.layout.columns[found.rect.left] ?? '',
          message: plan.message,
        })
        return
      }
      if (await write(plan.edits, plan.label)) {
        const rows = new Set(plan.edits.map((e) => e.id)).size
        const cols = plan.edits.length / Math.max(rows, 1)
        const { top, left } = found.rect
        const end: CellPos = { rowIndex: top + rows - 1, colId: found.layout.columns[left + cols - 1] ?? '' }
        getState().setRange({ anchor: { rowIndex: top, colId: found.layout.columns[left] ?? '' }, focus: end })
      }
    },

    async clear(): Promise<void> {
      const api = getApi()
      const found = api && currentRect(api)
      if (found) await write(planClear(found.rect, found.layout), 'Clear cells')
    },

    async fillDown(): Promise<void> {
      const api = getApi()
      const found = api && currentRect(api)
      if (!found || found.rect.bottom === found.rect.top) return
      const valueAt = (id: string, field: string) =>
        readField(
          getState().snapshot?.portfolio.initiatives.find((i) => i.id === id),
          field,
        )
      await write(planFillDown(found.rect, found.layout, valueAt), 'Fill down')
    },

    /** Ctrl+A: every displayed cell. */
    selectAll(): void {
      const api = getApi()
      if (!api) return
      const layout = layoutOf(api)
      const first = layout.columns[0]
      const last = layout.columns.at(-1)
      if (layout.rowCount === 0 || !first || !last) return
      // The focus goes to the top-left corner first, so it sits on the anchor of the new selection.
      api.ensureIndexVisible(0)
      api.setFocusedCell(0, first)
      getState().setRange({
        anchor: { rowIndex: 0, colId: first },
        focus: { rowIndex: layout.rowCount - 1, colId: last },
      })
    },

    /** Shift+arrow: moves the far corner of the selection; the focused cell stays where it started. */
    extend(dRow: number, dCol: number): void {
      const api = getApi()
      if (!api) return
      const range = currentRange(api)
      if (!range) return
      const layout = layoutOf(api)
      const col = Math.min(Math.max(layout.columns.indexOf(range.focus.colId) + dCol, 0), layout.columns.length - 1)
      const rowIndex = Math.min(Math.max(range.focus.rowIndex + dRow, 0), layout.rowCount - 1)
      const colId = layout.columns[col] ?? range.focus.colId
      // Scroll first, so the cells joining the selection are drawn when it repaints.
      api.ensureIndexVisible(rowIndex)
      api.ensureColumnVisible(colId)
      getState().setRange({ anchor: range.anchor, focus: { rowIndex, colId } })
    },

    /**
     * Starts a new initiative below the selection (at the end when nothing is selected): a draft
     * that is named first, so no blank row is saved or shares a pool split evenly.
     */
    addInitiative(): void {
      const state = getState()
      const portfolio = state.snapshot?.portfolio
      if (!portfolio) return
      if (portfolio.priceBook.length === 0) {
        state.setNotice('Add a model to the price book first: a new initiative needs a model to price its queries.')
        return
      }
      const last = selectedIds().at(-1)
      const at = last ? portfolio.initiatives.findIndex((i) => i.id === last) + 1 : undefined
      state.setInitiativeDraft({ at })
    },

    /** Saves the draft under `name`: resolves to the refusal's message, or null once it is in the grid. */
    async createDraft(name: string): Promise<string | null> {
      const state = getState()
      const portfolio = state.snapshot?.portfolio
      const draft = state.initiativeDraft
      if (!portfolio || !draft) return null
      if (name.trim() === '') return 'Type a name first: the initiative is added once it has one.'
      const init = blankInitiative(portfolio, name.trim())
      if (!init) return 'Add a model to the price book first: a new initiative needs a model to price its queries.'
      const error = await state.createInitiative(init, draft.at)
      if (error) return error.message
      state.setInitiativeDraft(null)
      // On to its first input, to go on filling it in.
      focusWhenShown(init.id, 'governance.owner')
      return null
    },

    async duplicateSelected(): Promise<void> {
      const state = getState()
      const portfolio = state.snapshot?.portfolio
      const id = selectedIds()[0]
      const source = portfolio?.initiatives.find((i) => i.id === id)
      if (!portfolio || !source) {
        state.setNotice('Select the initiative to duplicate first.')
        return
      }
      const copy = duplicateOf(source, new Set(portfolio.initiatives.map((i) => i.name)))
      const error = await state.createInitiative(copy, portfolio.initiatives.indexOf(source) + 1)
      if (error) state.setNotice(`Could not duplicate “${source.name}”: ${error.message}`)
      else focusRow(copy.id, 'name', false)
    },

    /** Opens the focused (or first selected) initiative's detail: framing, charts, decisions. */
    openSelected(): void {
      const id = selectedIds()[0]
      if (!id) {
        getState().setNotice('Select an initiative to open first.')
        return
      }
      getState().navigate('initiative', id)
    },

    async deleteSelected(): Promise<void> {
      const ids = selectedIds()
      if (ids.length === 0) {
        getState().setNotice('Select the initiatives to delete first.')
        return
      }
      getState().setRange(null)
      const error = await getState().deleteInitiatives(ids)
      if (error) getState().setNotice(`Could not delete every selected initiative: ${error.message}`)
    },
  }
}

export type GridController = ReturnType<typeof createGridController>

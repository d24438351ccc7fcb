import type { GridApi, IRowNode } from 'ag-grid-community'
import { RESULT_COLUMNS } from './columnSpecs'
import type { GridRow } from './rows'

/** What a row showed: its initiative (a new object once edited) and its figures in RESULT_COLUMNS order. */
interface RowFiguresSeen {
  initiative: GridRow['initiative']
  values: readonly unknown[]
}

/** The figures each row in view showed, by row id. */
export type FigureSnapshot = ReadonlyMap<string, RowFiguresSeen>

/**
 * How a figure moved: 'edited' in a row whose own inputs changed (and on the portfolio total),
 * 'moved' in a row whose inputs did not (a shared pool's allocation carried the change there).
 */
export type Change = 'edited' | 'moved'

export interface RowChanges {
  change: Change
  columns: ReadonlySet<string>
}

const comparable = (value: unknown): unknown => (Array.isArray(value) ? value.join('\n') : value)

/** The result columns' values of these rows, as the grid shows them now. */
export function snapshotOf(rows: readonly GridRow[]): FigureSnapshot {
  const out = new Map<string, RowFiguresSeen>()
  for (const row of rows) {
    const f = row.figures
    if (f) out.set(row.id, { initiative: row.initiative, values: RESULT_COLUMNS.map((c) => comparable(c.get(f))) })
  }
  return out
}

/**
 * The result cells whose figure moved between two snapshots, by row id: only rows in both, so a
 * row scrolled into view or added is not "changed". Same value: not changed (Object.is, so a
 * figure going from null to 0 is).
 */
export function changedCells(before: FigureSnapshot, after: FigureSnapshot): Map<string, RowChanges> {
  const changed = new Map<string, RowChanges>()
  for (const [id, seen] of after) {
    const old = before.get(id)
    if (!old) continue
    const columns = new Set(
      RESULT_COLUMNS.flatMap((c, j) => (Object.is(old.values[j], seen.values[j]) ? [] : [c.colId])),
    )
    if (columns.size === 0) continue
    const ownInputs = seen.initiative === null || seen.initiative !== old.initiative
    changed.set(id, { change: ownInputs ? 'edited' : 'moved', columns })
  }
  return changed
}

/** The rows the grid has drawn, the pinned total included. */
export function renderedRows(api: GridApi<GridRow>): IRowNode<GridRow>[] {
  const nodes = api.getRenderedNodes()
  const total = api.getPinnedBottomRow(0) as IRowNode<GridRow> | undefined
  return total && !nodes.includes(total) ? [...nodes, total] : nodes
}

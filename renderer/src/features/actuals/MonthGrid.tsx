import type { CellEditRequestEvent, ColDef, GridApi } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useMemo, useRef, useState } from 'react'
import { formatIsoMonth } from '../../../../shared/display/dates'
import { parseAmount } from '../../../../shared/imports/numberText'
import { formatMoneyCents, formatNumber } from '../../format'
import { toTsv } from '../costGrid/tsv'
import { useGridClipboard, type ClipboardTarget } from '../costGrid/useGridClipboard'
import { useGridTheme } from '../priceBook/gridTheme'
import { planMonthPaste, type MonthCellEdit } from './monthGridEdits'

export interface MonthGridRow {
  id: string
  /** The initiative, shown once per group of rows. */
  group: string
  label: string
  kind: 'money' | 'number'
  values: Readonly<Record<string, number | null>>
}

/**
 * A grid of monthly actuals: rows per initiative and what is measured, one column per month. Cells
 * are typed in place or pasted from a spreadsheet as a block (the cost grid's clipboard handling and
 * tab-separated reader); each typed value or pasted block is one write and one undo step.
 */
export function MonthGrid({
  label,
  rows,
  months,
  currency,
  onWrite,
}: {
  label: string
  rows: readonly MonthGridRow[]
  months: readonly string[]
  currency: string
  onWrite: (edits: MonthCellEdit[], label: string) => Promise<string | null>
}) {
  const theme = useGridTheme()
  const api = useRef<GridApi<MonthGridRow> | null>(null)
  const box = useRef<HTMLDivElement | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const columns = useMemo<ColDef<MonthGridRow>[]>(() => {
    const show = (row: MonthGridRow, v: number | null | undefined) =>
      v === null || v === undefined ? '' : row.kind === 'money' ? formatMoneyCents(v, currency) : formatNumber(v)
    return [
      { colId: 'group', headerName: 'Initiative', field: 'group', pinned: 'left', width: 220 },
      { colId: 'label', headerName: 'Actual', field: 'label', pinned: 'left', width: 190 },
      ...months.map((m): ColDef<MonthGridRow> => ({
        colId: m,
        headerName: formatIsoMonth(m),
        width: 112,
        editable: true,
        cellClass: 'actuals-num',
        valueGetter: (p) => (p.data ? (p.data.values[m] ?? null) : null),
        valueFormatter: (p) => (p.data ? show(p.data, p.value as number | null) : ''),
      })),
    ]
  }, [months, currency])

  async function write(edits: MonthCellEdit[], stepLabel: string): Promise<void> {
    if (edits.length === 0) return
    setMessage(await onWrite(edits, stepLabel))
  }

  const focused = (): { rowIndex: number; monthIndex: number } | null => {
    const f = api.current?.getFocusedCell()
    if (!f) return null
    const monthIndex = months.indexOf(f.column.getColId())
    return monthIndex < 0 ? null : { rowIndex: f.rowIndex, monthIndex }
  }

  // A new target each render: it reads this render's rows and onWrite, and the hook binds it again.
  const clipboard: ClipboardTarget = {
    copyText(): string | null {
      const at = focused()
      const row = at ? rows[at.rowIndex] : undefined
      const month = at ? months[at.monthIndex] : undefined
      if (!row || !month) return null
      const v = row.values[month]
      return toTsv([[v === null || v === undefined ? '' : String(v)]])
    },
    async paste(text: string): Promise<void> {
      const at = focused()
      if (!at) {
        setMessage('Click the cell where the pasted block should start, then paste again.')
        return
      }
      const plan = planMonthPaste(text, at, rows, months)
      if (!plan.ok) setMessage(plan.message)
      else await write(plan.edits, `Paste ${String(plan.edits.length)} cells of ${label}`)
    },
    async clear(): Promise<void> {
      const at = focused()
      const row = at ? rows[at.rowIndex] : undefined
      const month = at ? months[at.monthIndex] : undefined
      if (row && month) await write([{ rowId: row.id, month, value: null }], `Clear a cell of ${label}`)
    },
  }
  useGridClipboard(box, clipboard)

  function onEdit(e: CellEditRequestEvent<MonthGridRow>): void {
    const row = e.data
    const month = e.column.getColId()
    if (!row || !months.includes(month)) return
    const text = e.newValue === null || e.newValue === undefined ? '' : String(e.newValue).trim()
    if (text === '') {
      void write([{ rowId: row.id, month, value: null }], `Clear a cell of ${label}`)
      return
    }
    const read = parseAmount(text)
    if (!read.ok) {
      setMessage(
        `${row.group} · ${row.label} · ${formatIsoMonth(month)} ${read.rule} (you typed “${text}”). Nothing was changed.`,
      )
      return
    }
    void write([{ rowId: row.id, month, value: read.value }], `Set ${row.label} of ${row.group}`)
  }

  return (
    <div className="actuals-grid-wrap">
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
      <div className="actuals-grid" ref={box} aria-label={label} role="region">
        <AgGridReact<MonthGridRow>
          theme={theme}
          rowData={rows as MonthGridRow[]}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          onGridReady={(e) => {
            api.current = e.api
          }}
          readOnlyEdit
          onCellEditRequest={onEdit}
          rowHeight={32}
        />
      </div>
    </div>
  )
}

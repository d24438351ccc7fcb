import type { CellEditRequestEvent, GridApi } from 'ag-grid-community'
import { AgGridReact } from 'ag-grid-react'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { PriceBookModel } from '../../../../shared/model'
import { formatDate } from '../../../../shared/display/dates'
import { useAppStore } from '../../store'
import { GridExportButton } from '../exportImport/GridExportButton'
import { shownGrid } from '../exportImport/shownGrid'
import '../initiativeDetail/forms.css'
import '../overview/views.css'
import { AddModelForm } from './AddModelForm'
import { DatedPrices } from './DatedPrices'
import { useGridTheme } from './gridTheme'
import { priceColumns, type PriceRow } from './priceColumns'
import { percentOrTyped } from '../../../../shared/imports/numberText'
import { parsePriceText, PRICE_FIELDS, withPriceField, type PriceField } from './priceEdits'
import { nextPriceAfter, priceInForce } from './priceInForce'
import { useToday } from '../../app/useToday'
import { PriceUpdateDialog } from './PriceUpdateDialog'
import { updateDoneText } from './priceUpdateText'
import './priceBook.css'

/** The model with the edited cell applied; null for a column that is not editable. */
function editedModel(row: PriceRow, colId: string, text: string): PriceBookModel | null {
  const { model, inForceIndex } = row
  if (colId === 'provider' || colId === 'name') return { ...model, [colId]: text.trim() }
  if (inForceIndex === null) return null
  if ((PRICE_FIELDS as readonly string[]).includes(colId))
    return withPriceField(model, inForceIndex, colId as PriceField, parsePriceText(text))
  if (colId === 'batchDiscount') return withPriceField(model, inForceIndex, 'batchDiscount', percentOrTyped(text))
  if (colId === 'source') return withPriceField(model, inForceIndex, 'source', text)
  return null
}

/** The price book: each model's price in force on a date, editable in place, with its dated prices below. */
export function PriceBookView() {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const upsertModel = useAppStore((s) => s.upsertModel)
  const theme = useGridTheme()
  const today = useToday()
  const [asOf, setAsOf] = useState(today)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [updating, setUpdating] = useState(false)
  const [updated, setUpdated] = useState<string | null>(null)
  const gridApi = useRef<GridApi<PriceRow> | null>(null)
  const currency = portfolio?.settings.currency ?? 'USD'

  const rows = useMemo<PriceRow[]>(() => {
    if (!portfolio) return []
    return portfolio.priceBook.map((model) => {
      const at = priceInForce(model, asOf)
      return {
        id: model.id,
        model,
        inForce: at?.price ?? null,
        inForceIndex: at?.index ?? null,
        nextFrom: nextPriceAfter(model, asOf)?.price.effectiveFrom ?? null,
        usedBy: portfolio.initiatives
          .filter((i) => i.usage.modelMix.some((m) => m.modelId === model.id))
          .map((i) => i.name),
      }
    })
  }, [portfolio, asOf])
  const columns = useMemo(() => priceColumns(currency), [currency])

  const onEdit = useCallback(
    async (e: CellEditRequestEvent<PriceRow>) => {
      const row = e.data
      const colId = e.column.getColId()
      if (!row) return
      const next = editedModel(row, colId, e.newValue === null || e.newValue === undefined ? '' : String(e.newValue))
      if (!next) return
      const error = await upsertModel(next)
      const header = e.column.getColDef().headerName ?? colId
      setMessage(error ? `${row.model.name} · ${header}: ${error.issues?.[0]?.rule ?? error.message}` : null)
    },
    [upsertModel],
  )

  if (!portfolio) return <div className="view view__empty">Loading the portfolio…</div>
  const selected = portfolio.priceBook.find((m) => m.id === selectedId) ?? null
  const selectedRow = rows.find((r) => r.id === selectedId)
  const unpricedCount = rows.filter((r) => r.inForce === null).length

  return (
    <div className="view" data-view="priceBook">
      <div className="view__header">
        <div>
          <h1 className="view__title">Price book</h1>
          <div className="view__subtitle">
            {`${String(rows.length)} models · prices per million tokens in ${currency} · ${String(unpricedCount)} with no price in force on ${formatDate(asOf)}. Double-click a cell to edit; an empty price means unpriced.`}
          </div>
        </div>
        <div className="view__tools">
          <label className="view__subtitle" htmlFor="pb-asof">
            Prices in force on
          </label>
          <input
            id="pb-asof"
            className="input"
            type="date"
            value={asOf}
            onChange={(e) => e.currentTarget.value && setAsOf(e.currentTarget.value)}
          />
          <GridExportButton
            table={() => (gridApi.current ? shownGrid(gridApi.current) : null)}
            fileName={`Price book ${asOf}.csv`}
          />
          <button type="button" className="btn" onClick={() => setUpdating(true)}>
            Update from file…
          </button>
        </div>
      </div>
      {updating && (
        <PriceUpdateDialog
          models={portfolio.priceBook}
          currency={currency}
          onClose={() => setUpdating(false)}
          onDone={(applied, fileName, effectiveFrom) => {
            setUpdated(updateDoneText(applied, fileName, effectiveFrom))
            setAsOf(effectiveFrom)
          }}
        />
      )}
      {updated ? (
        <div className="view-notice" role="status" data-testid="price-update-done">
          {updated}
        </div>
      ) : null}
      <AddModelForm takenIds={new Set(rows.map((r) => r.id))} onSave={upsertModel} onAdded={setSelectedId} />
      {message ? (
        <div className="view-notice view-notice--error" role="alert">
          {message}
        </div>
      ) : null}
      <div className="pb-grid">
        <AgGridReact<PriceRow>
          theme={theme}
          rowData={rows}
          columnDefs={columns}
          getRowId={(p) => p.data.id}
          onGridReady={(e) => {
            gridApi.current = e.api
          }}
          readOnlyEdit
          onCellEditRequest={(e) => void onEdit(e)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onRowClicked={(e) => setSelectedId(e.data?.id ?? null)}
          tooltipShowDelay={400}
          rowHeight={34}
        />
      </div>
      {selected && selectedRow ? (
        <DatedPrices key={selected.id} model={selected} asOf={asOf} currency={currency} usedBy={selectedRow.usedBy} />
      ) : (
        <div className="view__subtitle">
          Click a model to see all its dated prices, add a price change or delete it.
        </div>
      )}
    </div>
  )
}

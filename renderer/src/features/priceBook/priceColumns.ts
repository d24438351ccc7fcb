import type { ColDef, ValueFormatterParams } from 'ag-grid-community'
import type { ModelPrice, PriceBookModel } from '../../../../shared/model'
import { formatDate } from '../../../../shared/display/dates'
import { formatNumber, formatPercent, formatUnitMoney } from '../../format'
import { PRICE_FIELD_LABELS, PRICE_FIELDS } from './priceEdits'

/** One price-book row: the model, the dated price in force on the chosen date, and who uses it. */
export interface PriceRow {
  id: string
  model: PriceBookModel
  inForce: ModelPrice | null
  inForceIndex: number | null
  /** Effective date of the next dated price, when one is published. */
  nextFrom: string | null
  usedBy: string[]
}

const UNPRICED = 'unpriced'

function priceText(value: unknown, currency: string): string {
  return typeof value === 'number' ? formatUnitMoney(value, currency) : UNPRICED
}

function tierText(p: ModelPrice | null, currency: string): string {
  const t = p?.longContext
  if (!t) return '—'
  return `> ${formatNumber(t.thresholdTokens, 0)} tok: in ${priceText(t.inputPerM, currency)} · out ${priceText(t.outputPerM, currency)}`
}

/** Columns of the price grid; price cells are editable only where a dated price is in force. */
export function priceColumns(currency: string): ColDef<PriceRow>[] {
  const hasPrice = (p: { data?: PriceRow }) => p.data?.inForce != null
  const priceCols: ColDef<PriceRow>[] = PRICE_FIELDS.map((field) => ({
    colId: field,
    headerName: `${PRICE_FIELD_LABELS[field]} / 1M`,
    valueGetter: (p) => p.data?.inForce?.[field] ?? null,
    valueFormatter: (p: ValueFormatterParams<PriceRow>) => (p.data?.inForce ? priceText(p.value, currency) : UNPRICED),
    cellClass: (p) => (typeof p.value === 'number' ? 'pb-num' : 'pb-num pb-unpriced'),
    editable: hasPrice,
    cellDataType: false,
    width: 128,
  }))
  return [
    {
      colId: 'provider',
      headerName: 'Provider',
      field: 'model.provider',
      editable: true,
      cellDataType: false,
      width: 120,
      pinned: 'left',
    },
    {
      colId: 'name',
      headerName: 'Model',
      field: 'model.name',
      editable: true,
      cellDataType: false,
      width: 190,
      pinned: 'left',
    },
    {
      colId: 'effectiveFrom',
      headerName: 'Price from',
      valueGetter: (p) => p.data?.inForce?.effectiveFrom ?? null,
      valueFormatter: (p) => (typeof p.value === 'string' ? formatDate(p.value) : UNPRICED),
      cellClass: (p) => (typeof p.value === 'string' ? '' : 'pb-unpriced'),
      width: 112,
    },
    ...priceCols,
    {
      colId: 'batchDiscount',
      headerName: 'Batch discount',
      valueGetter: (p) => p.data?.inForce?.batchDiscount ?? null,
      valueFormatter: (p) => (typeof p.value === 'number' ? formatPercent(p.value) : '—'),
      cellClass: 'pb-num',
      editable: hasPrice,
      cellDataType: false,
      width: 118,
    },
    {
      colId: 'longContext',
      headerName: 'Long-context tier',
      valueGetter: (p) => tierText(p.data?.inForce ?? null, currency),
      width: 220,
    },
    {
      colId: 'nextFrom',
      headerName: 'Next price',
      valueGetter: (p) => p.data?.nextFrom ?? null,
      valueFormatter: (p) => (typeof p.value === 'string' ? `from ${formatDate(p.value)}` : '—'),
      width: 130,
    },
    {
      colId: 'source',
      headerName: 'Source',
      valueGetter: (p) => p.data?.inForce?.source ?? '',
      editable: hasPrice,
      cellDataType: false,
      tooltipValueGetter: (p) => (typeof p.value === 'string' ? p.value : ''),
      flex: 1,
      minWidth: 200,
    },
    {
      colId: 'usedBy',
      headerName: 'Used by',
      valueGetter: (p) => p.data?.usedBy.length ?? 0,
      valueFormatter: (p) =>
        typeof p.value === 'number' && p.value > 0
          ? `${String(p.value)} initiative${p.value > 1 ? 's' : ''}`
          : 'unused',
      tooltipValueGetter: (p) => p.data?.usedBy.join(', ') ?? '',
      cellClass: (p) => (typeof p.value === 'number' && p.value > 0 ? 'pb-used' : 'pb-unused'),
      width: 120,
      pinned: 'right',
    },
  ]
}

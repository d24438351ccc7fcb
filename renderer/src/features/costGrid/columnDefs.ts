import type {
  CellClassParams,
  ColDef,
  ColGroupDef,
  EditableCallbackParams,
  ValueFormatterParams,
  ValueGetterParams,
  ValueSetterParams,
} from 'ag-grid-community'
import { STAGES, VALUE_TYPES } from '../../../../shared/model'
import { formatMonthIndex } from '../../format'
import { fieldReader } from '../../store/fieldPath'
import {
  FLAGS_COLUMN,
  INPUT_GROUPS,
  KEY_RESULT_IDS,
  NAME_COLUMN,
  RESULT_COLUMNS,
  type InputColumn,
  type ResultColumn,
} from './columnSpecs'
import { ChoiceEditor } from './ChoiceEditor'
import { NumberTextEditor } from './NumberTextEditor'
import { formatCell, isNumericKind, type FormatContext } from './fieldKinds'
import type { GridRow } from './rows'

/** Class rules that read the current selection, refused cell and changed figures (the grid refreshes cells when they change). */
export interface CellMarks {
  inRange(rowIndex: number | null, colId: string, pinned: boolean): boolean
  isError(rowId: string, colId: string): boolean
  /** How the latest edit changed a result (GridSession.markChanged): in an edited row, moved elsewhere, or not. */
  changeOf(rowId: string, colId: string): 'edited' | 'moved' | null
}

type GridColDef = ColDef<GridRow>

/** Writes an edited cell through the store (the grid's row objects are the store's, never changed in place). */
export type CommitEdit = (row: GridRow, colId: string, newValue: unknown, oldValue: unknown) => unknown

function markRules(marks: CellMarks): GridColDef['cellClassRules'] {
  return {
    'gpp-cell--range': (p: CellClassParams<GridRow>) =>
      marks.inRange(p.node.rowIndex, p.column.getColId(), p.node.rowPinned != null),
    'gpp-cell--error': (p: CellClassParams<GridRow>) => marks.isError(p.data?.id ?? '', p.column.getColId()),
  }
}

const notTotalRow = (p: EditableCallbackParams<GridRow>) => p.node.rowPinned == null

function inputDef(c: InputColumn, ctx: FormatContext, marks: CellMarks, commit: CommitEdit): GridColDef {
  const read = fieldReader(c.field)
  const def: GridColDef = {
    colId: c.field,
    headerName: c.header,
    headerTooltip: c.help ?? c.header,
    width: c.width,
    valueGetter: (p: ValueGetterParams<GridRow>) =>
      p.data?.initiative ? read(p.data.initiative) : (p.data?.sums?.get(c.field) ?? null),
    valueFormatter: (p: ValueFormatterParams<GridRow>) => formatCell(c.kind, p.value, ctx),
    editable: c.kind === 'mix' ? false : notTotalRow,
    // Called as the editor closes, before the grid moves on (its cellEditRequest event comes a task
    // later, after the focus has moved: ~20 ms of each edit before the API call left). Returns false:
    // the row changes when the store has the saved initiative.
    valueSetter: (p: ValueSetterParams<GridRow>) => {
      if (p.data) void commit(p.data, c.field, p.newValue, p.oldValue)
      return false
    },
    cellClass: [
      'gpp-cell--input',
      isNumericKind(c.kind) ? 'gpp-cell--num' : '',
      c.kind === 'mix' ? 'gpp-cell--mix' : '',
    ].filter(Boolean),
    cellClassRules: markRules(marks),
    // Quick filter matches what the cell shows.
    getQuickFilterText: (p) => formatCell(c.kind, p.value, ctx),
  }
  // Long text (names, owners, the model mix) is cut to the column width; the tooltip shows all of it.
  if (c.kind === 'text' || c.kind === 'mix') def.tooltipValueGetter = (p) => formatCell(c.kind, p.value, ctx) || null
  if (c.kind === 'stage' || c.kind === 'valueType') {
    const values = c.kind === 'stage' ? STAGES : VALUE_TYPES
    def.cellEditor = ChoiceEditor
    def.cellEditorPopup = true
    def.cellEditorPopupPosition = 'under'
    def.cellEditorParams = { options: values.map((v) => ({ value: v, label: formatCell(c.kind, v, ctx) })) }
  } else if (c.kind !== 'mix') {
    def.cellEditor = NumberTextEditor
    def.cellEditorParams = { kind: c.kind, ctx }
  }
  return def
}

function resultText(c: ResultColumn, value: unknown, ctx: FormatContext): string {
  if (c.kind === 'payback') return typeof value === 'number' ? formatMonthIndex(ctx.startMonth, value) : 'Not reached'
  if (c.kind === 'unpriced')
    return Array.isArray(value) && value.length > 0
      ? `⚠ ${value.map((id: string) => ctx.modelNames.get(id) ?? id).join(', ')}`
      : ''
  if (value === null || value === undefined) return '—'
  return formatCell(c.kind, value, ctx)
}

const UNPRICED_TIP = 'Lower bound: a model price this month needs is unknown and counted as 0'

function resultDef(c: ResultColumn, ctx: FormatContext, marks: CellMarks): GridColDef {
  // A unit cost of an unpriced month reads "≥ $0.0040": never a true cost.
  const unpriced = (p: { data?: GridRow; value?: unknown }): boolean =>
    typeof p.value === 'number' && !!p.data?.figures && (c.unpriced?.(p.data.figures) ?? false)
  return {
    colId: c.colId,
    headerName: c.header,
    headerTooltip: c.help,
    width: c.width,
    editable: false,
    valueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.figures ? c.get(p.data.figures) : null),
    valueFormatter: (p: ValueFormatterParams<GridRow>) =>
      unpriced(p) ? `≥ ${resultText(c, p.value, ctx)}` : resultText(c, p.value, ctx),
    tooltipValueGetter: (p) => (unpriced(p) ? UNPRICED_TIP : null),
    cellClass: ['gpp-cell--result', c.kind === 'unpriced' ? 'gpp-cell--warn' : 'gpp-cell--num'],
    cellClassRules: {
      ...markRules(marks),
      'gpp-cell--negative': (p: CellClassParams<GridRow>) => typeof p.value === 'number' && p.value < 0,
      'gpp-cell--changed': (p: CellClassParams<GridRow>) =>
        marks.changeOf(p.data?.id ?? '', p.column.getColId()) === 'edited',
      'gpp-cell--moved': (p: CellClassParams<GridRow>) =>
        marks.changeOf(p.data?.id ?? '', p.column.getColId()) === 'moved',
      'gpp-cell--unpriced': unpriced,
    },
    headerClass: 'gpp-header--result',
    getQuickFilterText: () => '',
  }
}

const messagesOf = (value: unknown): readonly string[] => (Array.isArray(value) ? (value as string[]) : [])

/** The flags column: a count with a flag mark; the tooltip lists every message, one per line. */
function flagsDef(marks: CellMarks): GridColDef {
  return {
    colId: FLAGS_COLUMN.colId,
    headerName: FLAGS_COLUMN.header,
    headerTooltip: FLAGS_COLUMN.help,
    width: FLAGS_COLUMN.width,
    pinned: 'right',
    lockPinned: true,
    editable: false,
    valueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.figures ? FLAGS_COLUMN.get(p.data.figures) : []),
    valueFormatter: (p: ValueFormatterParams<GridRow>) => {
      const n = messagesOf(p.value).length
      return n > 0 ? `⚑ ${n}` : ''
    },
    tooltipValueGetter: (p) => {
      const messages = messagesOf(p.value)
      return messages.length > 0 ? messages.map((m) => `• ${m}`).join('\n') : null
    },
    comparator: (a: unknown, b: unknown) => messagesOf(a).length - messagesOf(b).length,
    // The cell draws the count; its tooltip reads the messages (figures in them move with every
    // recompute) when shown. Same count: the cell is left as drawn (redrawing re-applies its classes,
    // which restyled every flag cell in view on each edit).
    equals: (a: unknown, b: unknown) => messagesOf(a).length === messagesOf(b).length,
    cellClass: ['gpp-cell--result', 'gpp-cell--flags'],
    cellClassRules: markRules(marks),
    headerClass: 'gpp-header--result',
    getQuickFilterText: () => '',
  }
}

export function buildColumnDefs(
  ctx: FormatContext,
  marks: CellMarks,
  commit: CommitEdit,
): (ColDef<GridRow> | ColGroupDef<GridRow>)[] {
  return [
    {
      ...inputDef(NAME_COLUMN, ctx, marks, commit),
      pinned: 'left',
      lockPinned: true,
      cellClass: ['gpp-cell--input', 'gpp-cell--name'],
      valueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.initiative ? p.data.initiative.name : 'Portfolio total'),
    },
    // Each group folds to its first column (the chevron in its header), bringing the results nearer.
    ...INPUT_GROUPS.map((g): ColGroupDef<GridRow> => ({
      groupId: `inputs.${g.header}`,
      headerName: g.header,
      marryChildren: true,
      openByDefault: true,
      children: g.columns.map((c, j) => ({
        ...inputDef(c, ctx, marks, commit),
        ...(j > 0 ? { columnGroupShow: 'open' as const } : {}),
      })),
    })),
    {
      groupId: 'results',
      headerName: 'Results',
      headerClass: 'gpp-header--result',
      marryChildren: true,
      children: RESULT_COLUMNS.filter((c) => !KEY_RESULT_IDS.has(c.colId)).map((c) => resultDef(c, ctx, marks)),
    },
    {
      groupId: 'keyResults',
      headerName: 'Key results',
      headerClass: 'gpp-header--result',
      marryChildren: true,
      children: RESULT_COLUMNS.filter((c) => KEY_RESULT_IDS.has(c.colId)).map((c) => ({
        ...resultDef(c, ctx, marks),
        pinned: 'right' as const,
        lockPinned: true,
      })),
    },
    flagsDef(marks),
  ]
}

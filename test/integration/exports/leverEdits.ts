import ExcelJS from 'exceljs'
import { LEVER_COLUMNS } from '../../../electron/exports/xlsx/leversSheet'

/** A reader's edit of one lever's cell, made the way a spreadsheet user makes it: by typing into it. */
export type CellEdit =
  | { lever: number; field: 'on' | 'amount'; value: number }
  | { lever: number; field: 'start' | 'full'; value: Date }
  | { lever: number; initiative: string; applies: 0 | 1 }
  | { lever: number; model: string; applies: 0 | 1 }

/** An edit on a named levers sheet. */
export type LeverEdit = CellEdit & { sheet: string }

const COLUMN: Record<'on' | 'amount' | 'start' | 'full', (typeof LEVER_COLUMNS)[number]> = {
  on: 'On (1 = on)',
  amount: 'Amount',
  start: 'Starts',
  full: 'Full effect at',
}

const text = (cell: ExcelJS.Cell): string => (typeof cell.value === 'string' ? cell.value : '')

function findRow(ws: ExcelJS.Worksheet, test: (row: ExcelJS.Row) => boolean, what: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r)
    if (test(row)) return row
  }
  throw new Error(`${what} not found on ${ws.name}`)
}

/** The cell a flag edit changes: the lever's column of the scope (or models) table, the initiative's (or model's) row. */
function flagCell(ws: ExcelJS.Worksheet, lever: number, firstHeader: string, key: string): ExcelJS.Cell {
  const header = findRow(ws, (row) => text(row.getCell(1)) === firstHeader && text(row.getCell(3)) !== '', firstHeader)
  let col = 0
  header.eachCell((cell, c) => {
    if (text(cell) === `Lever ${lever}`) col = c
  })
  if (col === 0) throw new Error(`lever ${lever} has no column in the ${firstHeader} table of ${ws.name}`)
  const row = findRow(ws, (r) => r.number > header.number && text(r.getCell(2)) === key, key)
  return row.getCell(col)
}

/** Opens a workbook with exceljs, types the edits into its levers sheets and saves it under a new name. */
export async function editWorkbook(from: string, to: string, edits: readonly LeverEdit[]): Promise<void> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(from)
  for (const edit of edits) {
    const ws = workbook.getWorksheet(edit.sheet)
    if (!ws) throw new Error(`no sheet ${edit.sheet}`)
    if ('field' in edit) {
      const row = findRow(ws, (r) => text(r.getCell(1)).startsWith(`${edit.lever}. `), `lever ${edit.lever}`)
      row.getCell(LEVER_COLUMNS.indexOf(COLUMN[edit.field]) + 1).value = edit.value
    } else if ('initiative' in edit) flagCell(ws, edit.lever, 'Initiative', edit.initiative).value = edit.applies
    else flagCell(ws, edit.lever, 'Model', edit.model).value = edit.applies
  }
  await workbook.xlsx.writeFile(to)
}

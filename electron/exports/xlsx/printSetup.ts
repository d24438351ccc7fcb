import type ExcelJS from 'exceljs'
import { columnName } from '../../../shared/exports/cellRef'

/** How a sheet prints beyond its orientation. */
export interface PrintOptions {
  /** Pages across (1: fit to the page's width); wider tables print across pages, their label columns repeated. */
  pagesWide?: number
  /** Columns repeated on every page across, e.g. 'A:C'. */
  titleColumns?: string
}

/**
 * Print setup of every sheet: fit to the page's width (or to a few pages across for wide tables,
 * read across then down), as many pages down as it takes, the header rows repeated on each page,
 * narrow margins, and a footer with the sheet's name and page numbers. Passed when the sheet is
 * added: the streaming writer writes the "fit to page" flag first.
 */
export function printSetup(
  orientation: 'landscape' | 'portrait',
  titleRows: number,
  options: PrintOptions = {},
): Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> {
  const pagesWide = Math.max(1, options.pagesWide ?? 1)
  return {
    pageSetup: {
      orientation,
      fitToPage: true,
      fitToWidth: pagesWide,
      fitToHeight: 0,
      pageOrder: pagesWide > 1 ? 'overThenDown' : 'downThenOver',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.25, footer: 0.3 },
      ...(titleRows > 0 ? { printTitlesRow: `1:${titleRows}` } : {}),
      ...(options.titleColumns ? { printTitlesColumn: options.titleColumns } : {}),
    },
    headerFooter: { oddFooter: '&L&8&A&R&8Page &P of &N' },
  }
}

/**
 * The print area: from A1 to the last column and row worth printing. exceljs puts a "$" before
 * each corner when it writes the name; the row's "$" here makes both corners fully absolute.
 */
export function setPrintArea(sheet: ExcelJS.Worksheet, lastCol: number, lastRow: number): void {
  sheet.pageSetup.printArea = `A$1:${columnName(Math.max(1, lastCol))}$${Math.max(1, lastRow)}`
}

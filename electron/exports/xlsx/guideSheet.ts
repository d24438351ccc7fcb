import type ExcelJS from 'exceljs'
import { formatDate } from '../../../shared/display/dates'
import { printSetup, setPrintArea } from './printSetup'
import { SheetWriter, wrappedLines } from './sheetWriter'
import type { WorkbookStyles } from './styles'

export const GUIDE_SHEET = 'How this workbook works'
const WIDTH = 92

/** What a reader needs to keep working in the workbook: where the figures come from and what to change. */
function sections(portfolioName: string, exportedOn: string): [string, string[]][] {
  return [
    [
      'What this is',
      [
        `The economics of “${portfolioName}”, exported by Gen AI Portfolio Planner on ${formatDate(exportedOn)}. Every projected figure is a formula over the input sheets: change an input and the projections, the Summary and the Decision matrix follow. Each formula also stores the app’s own result, so a viewer that does not recalculate still shows the right numbers; Excel and LibreOffice recalculate as you edit.`,
        'Blue figures are inputs; black figures are formulas or fixed facts of the export. Money is in the portfolio’s currency; months are dates (the first day of the month, shown as “Jan 2027”); any day you type counts as its month.',
      ],
    ],
    [
      'How the sheets connect',
      [
        'Assumptions holds the settings, every initiative’s inputs (launch month, users, tokens, costs, value), the model mixes, the shared cost pools and the dated price book. Prices by month holds the price of each model in force in each month (the price book resolved on the first day of the month); the projections read these prices.',
        'Each scenario has a levers sheet (“S1 levers”, …) and a projection sheet; the baseline’s projection is “Baseline”. The Summary compares every scenario: horizon cost by driver, value, net, NPV, ROI, payback month, cost per query, user and outcome, and the cost spent before the horizon; amber figures leave out an unknown model price (their notes say which). The Decision matrix places the baseline’s initiatives and recommends an action.',
      ],
    ],
    [
      'Projection sheets',
      [
        'Rows: the month effect of each lever (scenarios only), the shared pools’ monthly cost, the portfolio totals, then one block per initiative: months since launch, active users, queries, outcomes, input tokens per query, the scenario’s rates and model shares where its levers change them, the eight cost drivers, total cost, value, net and cumulative net. At the bottom, copies of each initiative’s queries and inference cost that the pools allocate by.',
        'Columns: the labels, then one column per calendar year and the horizon total, then the months. Year columns add up flows (queries, outcomes, costs, value, net); every other line (active users, tokens per query, rates, shares, lever effects, cumulative net) shows the year’s last month.',
      ],
    ],
    [
      'Changing a scenario’s levers',
      [
        'On a levers sheet each lever is one row: On (1 = on, 0 = off), Amount (e.g. −50% for a price cut, 30% for thirty points of cache hits, the share of traffic a router moves, months for a ramp), Starts and Full effect at (the lever rises linearly from nothing in its start month to its full effect; the same month for both is a step). A yearly-rate lever compounds from its start month. Below, the scope table says which initiatives each lever applies to (1 or 0), and for price levers which models’ prices change.',
        'The lever’s kind, its yearly-rate timing, the models a routing lever moves traffic between and a rate lever’s add/set mode are fixed at export: change those in the app and export again. Levers compose as in the app: prices, routing, cache and batch rates (each in list order, rates clamped after each lever), factors multiply, ramps add months (at least 0), then the discount rate.',
      ],
    ],
    [
      'Formulas in brief',
      [
        'Users ramp linearly from users at launch to the target over the ramp months, then grow by the yearly growth compounded monthly. Queries = users × queries per user; outcomes = queries × outcomes per query. Inference = queries × Σ over the model mix of share × (1 − batch share × batch discount) × price per request / 1,000,000, with the long-context prices when the prompt exceeds the tier’s threshold. Build is spread over the build months before launch; one-offs fall in the month before launch; yearly compliance on each launch anniversary. Shared pools are allocated by inference cost, queries, evenly or by fixed shares. Value = realisation × (outcomes × value per outcome + fixed monthly value).',
        'Summary: horizon sums; NPV = NPV(monthly rate, net per month), discounting each month’s net at its end as the app does; ROI = (value − cost) / cost, undiscounted; payback = the first month from launch by which money has been spent and the cumulative net is at least 0; unit costs = the month’s total cost over its queries, active users or outcomes, in the first active month and the last month.',
      ],
    ],
    [
      'Named inputs and printing',
      [
        'The main inputs have names (Formulas → Name Manager; listed on the Contents sheet): StartMonth, Horizon, DiscountRate, MonthlyRate, AnnualBudget, InvestmentThreshold, InitiativeCount, one per input column of the initiatives table (TargetUsers, LaunchMonth, …) and the matrix thresholds.',
        'Every sheet prints landscape (Contents and this sheet portrait), fitted to the page width, with its header rows repeated on each page and the sheet’s name and page number in the footer. A projection’s print area is its yearly view (labels, years and total); to print the months, widen the print area (Page Layout → Print Area).',
      ],
    ],
  ]
}

/** The "How this workbook works" sheet. */
export function writeGuide(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  portfolioName: string,
  exportedOn: string,
  styles: WorkbookStyles,
): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET, printSetup('portrait', 0))
  // Headings in a narrow first column (their text runs on across the second), paragraphs in the second:
  // LibreOffice fits a sheet to the page's width only when its content spans more than one column.
  sheet.columns = [{ width: 2 }, { width: WIDTH }]
  const cursor = new SheetWriter(sheet, styles.ids)
  let row = cursor.row()
  row.text(1, GUIDE_SHEET, styles.title)
  row.done()
  for (const [heading, paragraphs] of sections(portfolioName, exportedOn)) {
    cursor.skip()
    row = cursor.row()
    row.text(1, heading, styles.section)
    row.done()
    for (const paragraph of paragraphs) {
      row = cursor.row()
      row.text(2, paragraph, styles.wrapped)
      row.lines(wrappedLines(paragraph, WIDTH, 12))
      row.done()
    }
  }
  setPrintArea(sheet, 2, cursor.rowNumber - 1)
  cursor.end()
}

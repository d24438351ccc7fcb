import { compareRuns, evaluateScenarios, type Comparison, type KpiRow } from '../../../shared/engine/scenarios'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio } from '../loadPortfolio'

const usage = `Usage: npm run -s cli -- compare PORTFOLIO [--scenario NAME]... [--json]

Evaluates the baseline and each named scenario of PORTFOLIO with the cost engine and prints the
comparison table: per initiative and for the portfolio, horizon cost by driver, value, net, NPV,
ROI, payback month, cost per query / user / outcome in the first active month (the launch
month, or month 0 when launched before the horizon; the portfolio's: the earliest of its
initiatives') and in the last month, spend (and for the portfolio, spend over budget) per
calendar year; each with its difference to the baseline in amount and percent, and whether it
leaves out an unknown model price ("unpriced" per column in --json, * in the table).

  PORTFOLIO         a portfolio JSON document or a .aiportfolio file saved by the app
  --scenario NAME   a scenario by name (case-insensitive) or id; repeat for more.
                    Without any, every scenario of the portfolio is compared.
  --json            print the comparison as JSON (unrounded) instead of a table

Exit codes: 0 done; 1 failure (a file that cannot be read); 2 bad input (missing file, rule
broken, unknown scenario) or usage error. PORTFOLIO is only read: an older .aiportfolio file is
migrated in memory, never in place.
`

function fmt(row: KpiRow, v: number | null): string {
  if (v === null) return '—'
  if (row.unit === 'ratio') return `${(v * 100).toFixed(1)}%`
  if (row.unit === 'month') return String(v)
  if (row.unit === 'unitMoney') return v.toPrecision(4)
  return Math.round(v).toLocaleString('en-US')
}

/**
 * The difference to the baseline in brackets: percent for amounts, percentage points for ratios
 * (ROI 173.6% -> 184.8% is +11.2 pp, not +6.5%) and months for a payback month.
 */
function delta(row: KpiRow, d: KpiRow['deltas'][number] | undefined): string {
  if (!d || d.amount === null) return ''
  const sign = (x: number) => (x >= 0 ? '+' : '')
  if (row.unit === 'ratio') return ` (${sign(d.amount)}${(d.amount * 100).toFixed(1)} pp)`
  if (row.unit === 'month') return ` (${sign(d.amount)}${d.amount} mo)`
  return d.percent === null ? '' : ` (${sign(d.percent)}${(d.percent * 100).toFixed(1)}%)`
}

/** The portfolio block as an aligned text table; --json carries every initiative too. */
export function renderComparison(c: Comparison): string {
  const header = ['KPI', ...c.columns.map((col) => col.name)]
  const mark = (row: KpiRow, i: number, v: number | null) => (v !== null && row.unpriced[i] ? '*' : '')
  const rows = c.portfolio.rows.map((row) => [
    row.label,
    ...row.values.map((v, i) =>
      i === 0 ? `${fmt(row, v)}${mark(row, i, v)}` : `${fmt(row, v)}${mark(row, i, v)}${delta(row, row.deltas[i])}`,
    ),
  ])
  const unpriced = c.portfolio.rows.some((row) => row.values.some((v, i) => v !== null && row.unpriced[i]))
  const all = [header, ...rows]
  const widths = header.map((_, col) => Math.max(...all.map((r) => (r[col] ?? '').length)))
  const line = (r: string[]) =>
    r.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')
  const footnote = unpriced
    ? '\n* leaves out a model price that is unknown (counted as 0): costs are lower bounds, net, NPV and ROI upper bounds.'
    : ''
  return `${c.portfolio.name}: baseline and scenarios (differences to the baseline in brackets)\n\n${all.map(line).join('\n')}\n${footnote}\nNPV as of the first day of the horizon; ROI undiscounted. Per-initiative tables: use --json.\n`
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['json', 'help'], options: ['scenario'] })
  if (!parsed.ok) {
    io.stderr(`compare: ${parsed.error}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [path, ...extra] = positionals
  if (path === undefined || extra.length > 0) {
    io.stderr(
      `compare: ${path === undefined ? 'name one PORTFOLIO file' : `unexpected argument "${extra[0] ?? ''}"`}\n\n${usage}`,
    )
    return EXIT_BAD_INPUT
  }
  const loaded = await loadPortfolio(path)
  if (!loaded.ok) {
    io.stderr(describeLoadFailure(loaded))
    return EXIT_BAD_INPUT
  }
  const portfolio = loaded.portfolio
  const scenarios = portfolio.scenarios ?? []
  const asked = options.get('scenario') ?? scenarios.map((s) => s.id)
  const { runs, unknown } = evaluateScenarios(portfolio, asked)
  if (unknown.length > 0) {
    const known = scenarios.map((s) => `  - ${s.name} (id ${s.id})`).join('\n') || '  (none)'
    io.stderr(
      `compare: unknown scenario ${unknown.map((u) => `"${u}"`).join(', ')} in "${path}". Scenarios in this portfolio:\n${known}\n`,
    )
    return EXIT_BAD_INPUT
  }
  const comparison = compareRuns(portfolio, runs)
  io.stdout(flags.has('json') ? `${JSON.stringify(comparison, null, 2)}\n` : renderComparison(comparison))
  return EXIT_OK
}

export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'compare the baseline with scenarios of a portfolio file (JSON or .aiportfolio)',
  usage,
  run,
}

import { findScenarios } from '../../../shared/engine/scenarios'
import { simulationJob } from '../../../shared/jobs/simulationJob'
import { simulationReport } from '../../../shared/jobs/simulation/report'
import type { EntitySummary, FigureSummary } from '../../../shared/jobs/simulation/summary'
import type { SimulationResult } from '../../../shared/jobs/simulation/simulate'
import { DEFAULT_UNCERTAINTY, DrawCountSchema, SeedSchema } from '../../../shared/model'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio } from '../loadPortfolio'
import { renderTable, type Column } from '../report/table'

const usage = `Usage: npm run -s cli -- simulate PORTFOLIO [--scenario NAME] [--draws N] [--seed N] [--json]

Simulates the ranges of PORTFOLIO (docs/uncertainty.md): N draws of every ranged input and shared
factor (nested Latin hypercube from the seed), each evaluated by the cost engine, and prints per
initiative and for the portfolio the mean and P10 / P50 / P90 of horizon cost, value, NPV, ROI and
cost per outcome, P(NPV > 0), P(payback within the horizon), P(a year's spend over the annual
budget), and which ranges contribute most to the spread of the portfolio's NPV. The same file,
scenario, seed and draws give the same figures as the app.

  PORTFOLIO        a portfolio JSON document or a .aiportfolio file saved by the app
  --scenario NAME  simulate a scenario (by name, case-insensitive, or id) instead of the baseline
  --draws N        draws, 1 to 100,000 (default: the portfolio's, else ${DEFAULT_UNCERTAINTY.draws})
  --seed N         seed, 0 to 4,294,967,295 (default: the portfolio's, else ${DEFAULT_UNCERTAINTY.seed})
  --json           print every figure as JSON (fan charts and the NPV histogram too)

Exit codes: 0 done; 1 failure; 2 bad input (missing file, rule broken, unknown scenario, a bad
--draws or --seed) or usage error. PORTFOLIO is only read.
`

/** A whole number option checked by its schema; the message names the option. */
function wholeOption(
  values: readonly string[] | undefined,
  name: string,
  schema: typeof SeedSchema,
): number | undefined | string {
  if (values === undefined) return undefined
  if (values.length > 1) return `--${name} is given twice`
  const text = values[0] ?? ''
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN
  const r = schema.safeParse(n)
  return r.success ? r.data : `--${name} ${r.error.issues[0]?.message ?? 'is not valid'} (got "${text}")`
}

const money = (x: number) => Math.round(x).toLocaleString('en-US')
const percent = (x: number) => `${(x * 100).toFixed(1)}%`

function band(s: FigureSummary, format: (x: number) => string): string {
  return s === null ? '—' : `${format(s.p10)} / ${format(s.p50)} / ${format(s.p90)}`
}

function renderText(r: SimulationResult): string {
  const columns: Column<EntitySummary>[] = [
    { header: 'Initiative', align: 'left', cell: (e) => e.name },
    { header: 'Cost P10 / P50 / P90', align: 'right', cell: (e) => band(e.cost, money) },
    { header: 'NPV P10 / P50 / P90', align: 'right', cell: (e) => band(e.npv, money) },
    { header: 'NPV mean', align: 'right', cell: (e) => (e.npv ? money(e.npv.mean) : '—') },
    { header: 'ROI P10 / P50 / P90', align: 'right', cell: (e) => band(e.roi, percent) },
    { header: 'P(NPV > 0)', align: 'right', cell: (e) => percent(e.npvPositive.probability) },
    { header: 'P(payback)', align: 'right', cell: (e) => percent(e.payback.probability) },
  ]
  const budget = r.budget
    ? `\nP(a year's spend over the budget of ${money(r.budget.annualBudget)}): ${r.budget.years
        .map((y) => `year ${y.year} ${percent(y.overBudget.probability)}`)
        .join(', ')}; any year ${percent(r.budget.anyYear.probability)}\n`
    : ''
  const top = r.contributions.filter((c) => c.share > 0).slice(0, 10)
  const contributions =
    top.length > 0
      ? `\nShare of the variance of the portfolio's NPV (squared correlation):\n${top
          .map((c) => `  ${percent(c.share).padStart(6)}  ${c.label}`)
          .join('\n')}\n`
      : ''
  return `${r.portfolio.name}: ${r.scenarioName}, ${r.draws.toLocaleString('en-US')} draws, seed ${r.seed} (${r.ranges} ranges, ${r.factors} shared factors)\n${r.method}\n\n${renderTable(columns, r.initiatives, [r.portfolio])}${budget}${contributions}`
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['json', 'help'], options: ['scenario', 'draws', 'seed'] })
  if (!parsed.ok) {
    io.stderr(`simulate: ${parsed.error}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [path, ...extra] = positionals
  const draws = wholeOption(options.get('draws'), 'draws', DrawCountSchema)
  const seed = wholeOption(options.get('seed'), 'seed', SeedSchema)
  const scenarios = options.get('scenario') ?? []
  const problem =
    path === undefined
      ? 'name one PORTFOLIO file'
      : extra.length > 0
        ? `unexpected argument "${extra[0] ?? ''}"`
        : scenarios.length > 1
          ? 'name one --scenario at most'
          : typeof draws === 'string'
            ? draws
            : typeof seed === 'string'
              ? seed
              : null
  if (problem !== null || path === undefined || typeof draws === 'string' || typeof seed === 'string') {
    io.stderr(`simulate: ${problem ?? ''}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const loaded = await loadPortfolio(path)
  if (!loaded.ok) {
    io.stderr(describeLoadFailure(loaded))
    return EXIT_BAD_INPUT
  }
  const portfolio = loaded.portfolio
  const { found, unknown } = findScenarios(portfolio, scenarios)
  if (unknown.length > 0) {
    io.stderr(`simulate: no scenario is named "${unknown[0] ?? ''}"\n`)
    return EXIT_BAD_INPUT
  }
  const result = simulationJob({
    portfolio,
    scenarioId: found[0]?.id ?? null,
    ...(seed === undefined ? {} : { seed }),
    ...(draws === undefined ? {} : { draws }),
  })
  io.stdout(flags.has('json') ? `${JSON.stringify(simulationReport(result), null, 2)}\n` : renderText(result))
  return EXIT_OK
}

export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'simulate the ranges of a portfolio: P10 / P50 / P90, probabilities, what drives the spread',
  usage,
  run,
}

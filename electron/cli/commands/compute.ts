import { computePortfolio } from '../../../shared/engine'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio } from '../loadPortfolio'
import { computeReport } from '../report/kpis'
import { renderComputeReport } from '../report/textReport'

const usage = `Usage: npm run -s cli -- compute PORTFOLIO [--json]

Computes every initiative of PORTFOLIO with the cost engine and prints, per initiative and for
the portfolio: horizon cost by driver, total cost, value, net, NPV, ROI, payback month (index
and YYYY-MM), cost per query / active user / outcome (inference only and fully loaded) in the
first active month (the launch month, or month 0 when launched before the horizon; the
portfolio's: the earliest of its initiatives') and in the last month, the build and one-offs
spent before the horizon (sunk: not in cost, NPV, ROI or payback), and unpriced flags (a unit
cost of an unpriced month carries "unpriced": true in --json and a * in the table). NPV is as
of the first day of the horizon; ROI is undiscounted.

  PORTFOLIO   a portfolio JSON document (genai-portfolio-planner format, any version)
              or a .aiportfolio file saved by the app
  --json      print the figures as JSON (unrounded) instead of tables

Exit codes: 0 done; 1 failure (a file that cannot be read); 2 bad input (missing file, bad JSON,
rule broken) or usage error. PORTFOLIO is only read: an older .aiportfolio file is migrated in
memory, never in place.
`

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['json', 'help'], options: [] })
  if (!parsed.ok) {
    io.stderr(`compute: ${parsed.error}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const { positionals, flags } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [path, ...extra] = positionals
  if (path === undefined || extra.length > 0) {
    io.stderr(
      `compute: ${path === undefined ? 'name one PORTFOLIO file' : `unexpected argument "${extra[0] ?? ''}"`}\n\n${usage}`,
    )
    return EXIT_BAD_INPUT
  }
  const loaded = await loadPortfolio(path)
  if (!loaded.ok) {
    io.stderr(describeLoadFailure(loaded))
    return EXIT_BAD_INPUT
  }
  const report = computeReport(loaded.portfolio, computePortfolio(loaded.portfolio))
  io.stdout(flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : renderComputeReport(report))
  return EXIT_OK
}

export const computeCommand: CliCommand = {
  name: 'compute',
  summary: 'compute KPIs and unit costs of a portfolio file (JSON or .aiportfolio)',
  usage,
  run,
}

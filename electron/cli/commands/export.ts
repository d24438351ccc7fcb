import { ExportFormat } from '../../../shared/api/methods/exports'
import { today } from '../../../shared/engine/calendar'
import { ExportRefused } from '../../exports/exportRefused'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio } from '../loadPortfolio'

const usage = `Usage: npm run -s cli -- export PORTFOLIO --format xlsx|pptx|csv|json [--scenario NAME]... --out PATH

Writes PORTFOLIO with the same code as the app's File → Export:
  xlsx  workbook: cover, assumptions, levers and a monthly projection per scenario (live formulas
        over the assumption cells), scenario comparison, decision matrix
  pptx  board deck with native, editable charts and speaker notes
  csv   each scenario's monthly projection in long format: scenario,initiative,month,driver,value
  json  the whole portfolio in the versioned JSON format (every scenario; --scenario is ignored)

  PORTFOLIO         a portfolio JSON document or a .aiportfolio file saved by the app
  --format F        xlsx, pptx, csv or json
  --scenario NAME   a scenario by name (case-insensitive) or id, after the baseline; repeat for
                    more. Without any, every scenario of the portfolio is exported.
  --out PATH        the file to write (replaced whole; an interrupted export leaves no partial file)

Exit codes: 0 written; 1 failure (disk full); 2 bad input (missing file, unknown scenario or format,
unwritable path) or usage error. PORTFOLIO is only read: an older .aiportfolio file is migrated in
memory, never in place.
`

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['help'], options: ['format', 'scenario', 'out'] })
  const refuse = (message: string, withUsage = true): number => {
    io.stderr(`export: ${message}\n${withUsage ? `\n${usage}` : ''}`)
    return EXIT_BAD_INPUT
  }
  if (!parsed.ok) return refuse(parsed.error)
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [path, ...extra] = positionals
  if (path === undefined) return refuse('name one PORTFOLIO file')
  if (extra.length > 0) return refuse(`unexpected argument "${extra[0] ?? ''}"`)
  const formats = options.get('format') ?? []
  if (formats.length !== 1) return refuse(formats.length === 0 ? '--format is required' : 'give --format once')
  const format = ExportFormat.safeParse(formats[0])
  if (!format.success) return refuse(`--format "${formats[0] ?? ''}" must be xlsx, pptx, csv or json`)
  const outs = options.get('out') ?? []
  if (outs.length !== 1) return refuse(outs.length === 0 ? '--out is required' : 'give --out once')
  const out = outs[0] ?? ''

  const loaded = await loadPortfolio(path)
  if (!loaded.ok) {
    io.stderr(`export: ${describeLoadFailure(loaded)}`)
    return EXIT_BAD_INPUT
  }
  // Loaded here, so other commands (and usage errors) never pay for the spreadsheet and deck libraries.
  const { exportToFile } = await import('../../exports/exportFile')
  try {
    const written = await exportToFile(
      out,
      {
        portfolio: loaded.portfolio,
        format: format.data,
        scenarios: options.get('scenario'),
        exportedOn: today(() => new Date()),
      },
      [path],
    )
    io.stdout(`Wrote ${written.path} (${written.bytes.toLocaleString('en-US')} bytes)\n`)
    return EXIT_OK
  } catch (e) {
    if (e instanceof ExportRefused) return refuse(`${e.message}`, false)
    throw e
  }
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a portfolio as an XLSX workbook, PPTX deck, CSV projection or JSON file',
  usage,
  run,
}

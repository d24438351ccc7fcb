import { existsSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { ACTUALS_FORMATS, type ActualsFormat } from '../../../shared/actuals/line'
import { planActualsImport } from '../../../shared/actuals/importPlan'
import type { ActualsPreview } from '../../../shared/actuals/results'
import { ExchangeRate } from '../../../shared/actuals/stored'
import type { ModelAlias } from '../../../shared/modelNames'
import { modelFinder } from '../../../shared/imports/modelNames'
import { ApiFailure } from '../../api/failure'
import { PortfolioFileError } from '../../db/errors'
import { parseArgs } from '../args'
import { EXIT_BAD_INPUT, EXIT_OK, type CliCommand, type CliIo } from '../io'
import { PORTFOLIO_FILE_EXTENSION } from '../loadPortfolio'

/** What --format takes: the reader formats, with `csv` for a CSV/XLSX of any other tool. */
const FORMAT_WORDS = ACTUALS_FORMATS.map((f) => (f === 'mapped' ? 'csv' : f))

const usage = `Usage: npm run -s cli -- actuals import FILE --into PORTFOLIO [--format FORMAT] [--rate MONTH:CUR=RATE]... [--model 'Name=model']... [--dry-run] [--json]
       npm run -s cli -- actuals list PORTFOLIO --json

Imports a provider, cloud or gateway export into a portfolio file with the same code as the app's
Actuals import, or lists the actual lines a portfolio holds.

  FILE        a CSV, JSON, JSON Lines or XLSX export (read from disk a megabyte at a time)
  --into      a .aiportfolio file saved by the app
  --format    ${FORMAT_WORDS.join('|')} (detected from the file when omitted, and said)
  --rate      'YYYY-MM:EUR=0.92': one EUR is 0.92 of the portfolio's currency for that month's
              charges. A month in a currency other than the portfolio's is refused without one.
  --model     'Name=model': a model name of the file the price book does not know means that model
              (its id or name); saved in the portfolio as a model alias. Repeatable.
  --dry-run   read, check and preview; write nothing
  --json      print the preview (and the import's record) as JSON

Importing an overlapping period again replaces the days it covers: importing a file twice is
importing it once. Exit codes: 0 done; 1 failure (disk full); 2 bad input (an unreadable file, a
refused line, a month without a rate, usage). Nothing is written when the exit code is not 0.
`

type Failure = { message: string; reasons: readonly string[] }

function ratesOf(texts: readonly string[]): ExchangeRate[] | Failure {
  const rates: ExchangeRate[] = []
  for (const text of texts) {
    const m = /^(\d{4}-\d{2}):([A-Za-z]{3})=(.+)$/.exec(text.trim())
    const parsed = m ? ExchangeRate.safeParse({ month: m[1], currency: m[2], rate: Number(m[3]) }) : null
    if (!parsed?.success)
      return {
        message: `--rate "${text}" must be written MONTH:CUR=RATE, such as 2026-01:EUR=0.92 (a rate above 0)`,
        reasons: [],
      }
    rates.push(parsed.data)
  }
  return rates
}

function modelsOf(priceBook: Parameters<typeof modelFinder>[0], texts: readonly string[]): ModelAlias[] | Failure {
  const find = modelFinder(priceBook)
  const models: ModelAlias[] = []
  for (const text of texts) {
    const eq = text.lastIndexOf('=')
    const name = eq < 0 ? '' : text.slice(0, eq).trim()
    const modelId = eq < 0 ? null : find(text.slice(eq + 1))
    if (name === '' || modelId === null)
      return { message: `--model "${text}" must be written Name=model, naming a model of the price book`, reasons: [] }
    models.push({ name, modelId })
  }
  return models
}

const money = (cents: number, currency: string): string =>
  `${currency} ${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`

function describePreview(p: ActualsPreview, file: string, currency: string): string {
  const how = p.detected ? 'detected' : 'as asked'
  const lines = [
    `Read "${file}" as ${p.label} (${how}): ${p.sourceRows.toLocaleString('en-US')} source rows, ${p.lines.toLocaleString('en-US')} lines, months ${p.months[0] ?? '-'} to ${p.months.at(-1) ?? '-'}.`,
    p.message,
    ...p.cells.map(
      (c) =>
        `  ${c.month} ${c.initiativeId ?? 'Unallocated'}: adds ${money(c.addedCents, currency)}, replaces ${money(c.replacedCents, currency)}; ${money(c.beforeCents, currency)} -> ${money(c.afterCents, currency)}`,
    ),
    ...p.models
      .filter((m) => m.priceModelId === null)
      .map((m) => `  Model not in the price book: ${m.provider} "${m.model}" (map it with --model)`),
    ...p.warnings.map((w) => `Note: ${w}`),
  ]
  return `${lines.join('\n')}\n`
}

const reasonsOf = (p: ActualsPreview): string[] => [
  ...p.refused.map((r) => r.message),
  ...(p.refusedCount > p.refused.length ? [`(and ${p.refusedCount - p.refused.length} more)`] : []),
]

async function importCommandRun(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['dry-run', 'json', 'help'], options: ['into', 'format', 'rate', 'model'] })
  if (!parsed.ok) return fail(io, { message: parsed.error, reasons: [] }, true)
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [file, ...extra] = positionals
  const into = options.get('into') ?? []
  const formats = options.get('format') ?? []
  const formatWord = formats[0]
  const problem =
    file === undefined
      ? 'name one FILE to import'
      : extra.length > 0
        ? `unexpected argument "${extra[0] ?? ''}"`
        : into.length !== 1 || into[0] === undefined
          ? 'name one PORTFOLIO with --into'
          : extname(into[0]).toLowerCase() !== PORTFOLIO_FILE_EXTENSION
            ? `--into must name a ${PORTFOLIO_FILE_EXTENSION} file: a JSON portfolio does not hold actuals`
            : formats.length > 1 || (formatWord !== undefined && !FORMAT_WORDS.includes(formatWord as never))
              ? `--format must be one of ${FORMAT_WORDS.join(', ')}`
              : null
  if (problem !== null || file === undefined || into[0] === undefined)
    return fail(io, { message: problem ?? 'usage', reasons: [] }, true)
  if (!existsSync(into[0])) return fail(io, { message: `cannot import into "${into[0]}": no such file`, reasons: [] })
  const format: ActualsFormat | undefined = formatWord === 'csv' ? 'mapped' : (formatWord as ActualsFormat | undefined)
  const rates = ratesOf(options.get('rate') ?? [])
  if (!Array.isArray(rates)) return fail(io, rates)
  const { readActualsPath } = await import('../../actuals/actualsSource')
  const { checkPortfolioFile } = await import('../../db/fileCheck')
  const checked = checkPortfolioFile(into[0])
  const models = modelsOf(checked.portfolio.priceBook, options.get('model') ?? [])
  if (!Array.isArray(models)) return fail(io, models)
  const read = await readActualsPath(file, basename(file), { format })
  const request = { read, fileName: basename(file), rates, models }
  const currency = checked.portfolio.settings.currency
  const show = (p: ActualsPreview, record: unknown): void =>
    io.stdout(
      flags.has('json') ? `${JSON.stringify({ preview: p, record }, null, 2)}\n` : describePreview(p, file, currency),
    )

  const { LATEST_VERSION } = await import('../../db/migrations')
  if (flags.has('dry-run')) {
    // An older file is not migrated by a dry run: it holds no actuals yet, so the plan starts from none.
    const preview =
      checked.version < LATEST_VERSION
        ? planActualsImport({
            ...request,
            stored: [],
            rules: [],
            portfolio: {
              currency,
              priceBook: checked.portfolio.priceBook,
              modelAliases: checked.portfolio.modelAliases ?? [],
            },
            source: { importId: 'preview', importedAt: '', fileName: basename(file) },
          }).preview
        : await withFile(into[0], async (f) =>
            (await import('../../actuals/importActuals')).previewActualsImport(f, request),
          )
    show(preview, null)
    return preview.acceptable ? EXIT_OK : fail(io, { message: preview.message, reasons: reasonsOf(preview) })
  }
  try {
    const done = await withFile(into[0], async (f) =>
      (await import('../../actuals/importActuals')).importActuals(f, request),
    )
    show(done.preview, done.record)
    if (!flags.has('json'))
      io.stdout(done.record ? `Imported into "${into[0]}".\n` : `Nothing to import into "${into[0]}".\n`)
    return EXIT_OK
  } catch (e) {
    if (e instanceof ApiFailure || (e instanceof PortfolioFileError && e.kind !== 'migration_failed'))
      return fail(io, { message: e.message, reasons: (e.issues ?? []).map((i) => i.message) })
    throw e
  }
}

async function withFile<T>(
  path: string,
  work: (file: import('../../db/portfolioFile').PortfolioFile) => Promise<T>,
): Promise<T> {
  const { PortfolioFile } = await import('../../db/portfolioFile')
  const file = PortfolioFile.open(path)
  try {
    return await work(file)
  } finally {
    file.close()
  }
}

async function listCommandRun(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['json', 'help'], options: [] })
  if (!parsed.ok) return fail(io, { message: parsed.error, reasons: [] }, true)
  const [path, ...extra] = parsed.args.positionals
  if (path === undefined || extra.length > 0 || extname(path).toLowerCase() !== PORTFOLIO_FILE_EXTENSION)
    return fail(io, { message: `name one ${PORTFOLIO_FILE_EXTENSION} PORTFOLIO`, reasons: [] }, true)
  if (!existsSync(path)) return fail(io, { message: `"${path}": no such file`, reasons: [] })
  const { checkPortfolioFile } = await import('../../db/fileCheck')
  const { LATEST_VERSION } = await import('../../db/migrations')
  const checked = checkPortfolioFile(path)
  const listed =
    checked.version < LATEST_VERSION
      ? { lines: [], imports: [] }
      : await withFile(path, async (f) =>
          f.readActuals((a) => ({ lines: a.lines().map((r) => r.line), imports: a.imports() })),
        )
  if (parsed.args.flags.has('json')) io.stdout(`${JSON.stringify(listed, null, 2)}\n`)
  else
    io.stdout(
      `${[
        `${listed.lines.length} actual line(s) from ${listed.imports.filter((i) => i.active).length} import(s) in "${path}".`,
        ...listed.lines.map(
          (l) =>
            `  ${l.month} ${l.provider} ${l.model || '(no model)'} ${l.chargeCategory}: ${l.cost ?? '-'} ${l.currency ?? ''}`,
        ),
      ].join('\n')}\n`,
    )
  return EXIT_OK
}

function fail(io: CliIo, f: Failure, showUsage = false): number {
  const reasons = f.reasons.slice(0, 200).map((r) => `  - ${r}`)
  const more = f.reasons.length > 200 ? [`  (and ${f.reasons.length - 200} more)`] : []
  io.stderr(`actuals: ${[f.message, ...reasons, ...more].join('\n')}\n${showUsage ? `\n${usage}` : ''}`)
  return EXIT_BAD_INPUT
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv
  try {
    if (sub === 'import') return await importCommandRun(rest, io)
    if (sub === 'list') return await listCommandRun(rest, io)
  } catch (e) {
    // A portfolio file that is not one, or breaks the rules, is bad input; a failed migration (a full disk) is not.
    if (e instanceof PortfolioFileError && e.kind !== 'migration_failed')
      return fail(io, { message: e.message, reasons: [] })
    throw e
  }
  if (sub === '--help' || sub === 'help') {
    io.stdout(usage)
    return EXIT_OK
  }
  return fail(io, { message: 'say "import" or "list"', reasons: [] }, true)
}

export const actualsCommand: CliCommand = {
  name: 'actuals',
  summary: 'import provider and gateway exports into a portfolio file, or list its actual lines',
  usage,
  run,
}

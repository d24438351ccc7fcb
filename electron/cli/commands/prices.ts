import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { serializePortfolio } from '../../../shared/format'
import { megabytes } from '../../../shared/imports/limits'
import type { ModelAlias } from '../../../shared/modelNames'
import { nameKey } from '../../../shared/modelNames'
import { DateString } from '../../../shared/model/primitives'
import { Portfolio as PortfolioSchema, type Portfolio } from '../../../shared/model/portfolio'
import { toValidationIssues } from '../../../shared/model/validation'
import { MAX_PRICE_FILE_BYTES } from '../../../shared/prices/limits'
import type { PriceFile } from '../../../shared/prices/priceFile'
import { planPriceUpdate, type UpdateRequest } from '../../../shared/prices/planUpdate'
import { appliedUpdate, withPriceBookState } from '../../../shared/prices/priceBookState'
import type { PriceUpdateApplied, PriceUpdatePreview } from '../../../shared/prices/preview'
import { ApiFailure } from '../../api/failure'
import { PortfolioFileError } from '../../db/errors'
import { applyPriceUpdate } from '../../prices/applyPriceUpdate'
import { readPriceFileBytes } from '../../prices/priceFileBytes'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio } from '../loadPortfolio'
import { priceUpdateReport } from '../report/priceUpdateReport'
import { today } from '../../../shared/engine/calendar'

const usage = `Usage: npm run -s cli -- prices update PORTFOLIO --from FILE [--effective YYYY-MM-DD]
         [--map 'NAME=model-id']... [--add NAME]... [--dry-run] [--json]

Updates PORTFOLIO's price book from a price file, with the same code as the app's Price book →
Update from file. A changed price is added as a new dated price from the effective date: nothing is
overwritten, and updating again from the same file adds nothing.

  PORTFOLIO    a .aiportfolio file saved by the app, or a portfolio JSON document
  --from       LiteLLM's model_prices_and_context_window.json, or OpenRouter's models list (the JSON
               of https://openrouter.ai/api/v1/models), saved on this computer
  --effective  the date the new prices take effect (default: today)
  --map        'NAME=model-id': the file's entry NAME prices that price-book model; 'NAME=' leaves
               the entry out. Saved in the portfolio, as a choice in the app is. Repeatable.
  --add        NAME: adds the file's entry NAME to the price book as a new model. Repeatable.
  --dry-run    report what would change, write nothing
  --json       print the preview (and what was written) as JSON

A .aiportfolio PORTFOLIO of an earlier file format is updated to the current one first (not by
--dry-run), after a backup copy of it is written beside it (the output says where).

Exit codes: 0 done (also when nothing changed); 1 failure (disk full, the update of an older file
failed); 2 bad input (an unreadable file, a --map or --add naming what the file or the price book
lacks, usage). No price is written when the exit code is not 0.
`

type Outcome = { ok: true; text: string; json: unknown } | { ok: false; message: string }

/** Today on this machine (local time), YYYY-MM-DD. */
const todayHere = (): string => today(() => new Date())

function readFile(path: string): { ok: true; file: PriceFile } | { ok: false; message: string } {
  try {
    const stat = statSync(path)
    if (!stat.isFile()) return { ok: false, message: `Cannot read "${path}": it is not a file.` }
    const size = stat.size
    // Checked before reading, so a huge file is never loaded.
    if (size > MAX_PRICE_FILE_BYTES)
      return {
        ok: false,
        message: `"${path}" is larger than ${megabytes(MAX_PRICE_FILE_BYTES)}, the most a price file may be.`,
      }
    const read = readPriceFileBytes(readFileSync(path), basename(path))
    return read.ok ? read : { ok: false, message: read.message }
  } catch (e) {
    const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : ''
    return { ok: false, message: `Cannot read "${path}": ${code === 'ENOENT' ? 'no such file' : String(e)}.` }
  }
}

/** --map and --add checked against the file and the price book, as choices of the person. */
function choicesOf(
  maps: readonly string[],
  adds: readonly string[],
  file: PriceFile,
  portfolio: Portfolio,
): ModelAlias[] | string {
  const names = new Map(file.entries.map((e) => [nameKey(e.name), e.name]))
  const ids = new Set(portfolio.priceBook.map((m) => m.id))
  const choices: ModelAlias[] = []
  for (const m of maps) {
    const eq = m.lastIndexOf('=')
    if (eq <= 0) return `--map "${m}" must be written NAME=model-id`
    const name = names.get(nameKey(m.slice(0, eq)))
    const modelId = m.slice(eq + 1).trim()
    if (name === undefined) return `--map "${m}": the file has no entry "${m.slice(0, eq).trim()}"`
    if (modelId !== '' && !ids.has(modelId)) return `--map "${m}": the price book has no model "${modelId}"`
    choices.push({ name, modelId: modelId === '' ? null : modelId })
  }
  const missing = adds.find((a) => !names.has(nameKey(a)))
  return missing === undefined ? choices : `--add "${missing}": the file has no entry of that name`
}

function summaryOf(applied: PriceUpdateApplied, path: string, dryRun: boolean): string {
  const { pricesAdded: p, modelsAdded: m } = applied
  if (p + m === 0) {
    if (applied.after.aliases === applied.before.aliases) return 'Nothing to update.'
    return `${dryRun ? 'Would save' : 'Saved'} the model names chosen in "${path}".`
  }
  return `${dryRun ? 'Would add' : 'Added'} ${String(p)} dated price(s) and ${String(m)} model(s) to "${path}".`
}

/** A JSON portfolio: planned and carried out in memory, checked whole, then written atomically. */
async function updateJson(
  portfolio: Portfolio,
  path: string,
  file: PriceFile,
  request: UpdateRequest,
  dryRun: boolean,
): Promise<Outcome> {
  const plan = planPriceUpdate(portfolio, file, request)
  const applied = appliedUpdate(portfolio, plan)
  const next = withPriceBookState(portfolio, applied.after)
  const checked = PortfolioSchema.safeParse(next)
  if (!checked.success)
    return {
      ok: false,
      message: toValidationIssues(checked.error, next)
        .map((i) => i.message)
        .join('\n'),
    }
  if (!dryRun && applied.before.models.length + Number(applied.before.aliases !== applied.after.aliases) > 0) {
    const { writeTextAtomically } = await import('../../exports/atomicWrite')
    await writeTextAtomically(path, serializePortfolio(checked.data))
  }
  return report(plan.preview, applied, path, dryRun)
}

/**
 * A portfolio file: one write, planned under the write lock (another window may have the file open).
 * Opening it for writing brings an older file format up to date first, after a backup copy.
 */
async function updateFile(path: string, file: PriceFile, request: UpdateRequest): Promise<Outcome> {
  const { PortfolioFile } = await import('../../db')
  const target = PortfolioFile.open(path)
  try {
    const { plan, applied } = target.write((change) => applyPriceUpdate(change, file, request))
    const m = target.migration
    const migrated = m
      ? `Updated "${path}" from file format ${String(m.fromVersion)} to ${String(m.toVersion)}; the file as it was is kept at "${m.backupPath}".\n`
      : ''
    return report(plan.preview, applied, path, false, migrated)
  } finally {
    target.close()
  }
}

function report(
  preview: PriceUpdatePreview,
  applied: PriceUpdateApplied,
  path: string,
  dryRun: boolean,
  migrated = '',
): Outcome {
  return {
    ok: true,
    text: `${priceUpdateReport(preview)}${migrated}${summaryOf(applied, path, dryRun)}\n`,
    json: { preview, dryRun, ...applied },
  }
}

/** A dry run reads the portfolio as loaded (an older file migrated in memory) and writes nothing. */
function dryRunOf(portfolio: Portfolio, path: string, file: PriceFile, request: UpdateRequest): Outcome {
  const plan = planPriceUpdate(portfolio, file, request)
  return report(plan.preview, appliedUpdate(portfolio, plan), path, true)
}

async function update(args: {
  portfolio: string
  from: string
  effective: string
  maps: string[]
  adds: string[]
  dryRun: boolean
}): Promise<Outcome> {
  const read = readFile(args.from)
  if (!read.ok) return read
  const loaded = await loadPortfolio(args.portfolio)
  if (!loaded.ok) return { ok: false, message: describeLoadFailure(loaded).trimEnd() }
  const choices = choicesOf(args.maps, args.adds, read.file, loaded.portfolio)
  if (typeof choices === 'string') return { ok: false, message: choices }
  const request: UpdateRequest = {
    fileName: basename(args.from),
    effectiveFrom: args.effective,
    readOn: todayHere(),
    choices,
    add: args.adds,
  }
  try {
    if (loaded.kind === 'json')
      return await updateJson(loaded.portfolio, args.portfolio, read.file, request, args.dryRun)
    if (args.dryRun) return dryRunOf(loaded.portfolio, args.portfolio, read.file, request)
    return await updateFile(args.portfolio, read.file, request)
  } catch (e) {
    if (e instanceof ApiFailure) return { ok: false, message: e.message }
    // A migration that failed (a full disk) is not bad input: it ends the command with exit code 1.
    if (e instanceof PortfolioFileError && e.kind !== 'migration_failed') return { ok: false, message: e.message }
    throw e
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['help', 'dry-run', 'json'], options: ['from', 'effective', 'map', 'add'] })
  if (!parsed.ok) {
    io.stderr(`prices: ${parsed.error}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [sub, portfolio, ...extra] = positionals
  const from = options.get('from') ?? []
  const effective = options.get('effective') ?? [todayHere()]
  const problem =
    sub !== 'update'
      ? `unknown subcommand "${sub ?? ''}" (prices has one: update)`
      : portfolio === undefined
        ? 'name the PORTFOLIO to update'
        : extra.length > 0
          ? `unexpected argument "${extra[0] ?? ''}"`
          : from.length !== 1
            ? 'name one price file with --from'
            : effective.length !== 1 || !DateString.safeParse(effective[0]).success
              ? '--effective must be one date written YYYY-MM-DD'
              : null
  if (problem !== null || portfolio === undefined || from[0] === undefined || effective[0] === undefined) {
    io.stderr(`prices: ${problem ?? 'usage'}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const outcome = await update({
    portfolio,
    from: from[0],
    effective: effective[0],
    maps: options.get('map') ?? [],
    adds: options.get('add') ?? [],
    dryRun: flags.has('dry-run'),
  })
  if (!outcome.ok) {
    io.stderr(`prices: ${outcome.message}\n`)
    return EXIT_BAD_INPUT
  }
  io.stdout(flags.has('json') ? `${JSON.stringify(outcome.json, null, 2)}\n` : outcome.text)
  return EXIT_OK
}

export const pricesCommand: CliCommand = {
  name: 'prices',
  summary: 'update a portfolio’s price book from LiteLLM’s price map or OpenRouter’s models list',
  usage,
  run,
}

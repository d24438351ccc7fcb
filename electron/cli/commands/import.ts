import { existsSync } from 'node:fs'
import { basename, extname, resolve } from 'node:path'
import type { ColumnMapping, ModelChoice } from '../../../shared/api/methods/imports'
import { serializePortfolio } from '../../../shared/format'
import { matchHeader } from '../../../shared/imports/headerMatch'
import { modelFinder, modelKey } from '../../../shared/imports/modelNames'
import type { Portfolio } from '../../../shared/model'
import type { ValidationIssue } from '../../../shared/model/validation'
import { ApiFailure } from '../../api/failure'
import { PortfolioFileError } from '../../db/errors'
import { applyPlan, checkedInsert, initiativesOf, refusalHeadline, toIssue } from '../../imports/applyImport'
import { planSheetImport } from '../../imports/importPlan'
import { checkTarget, readPortfolioSource } from '../../imports/portfolioJson'
import { formatOf } from '../../imports/readSource'
import { parseArgs } from '../args'
import { type CliCommand, type CliIo, EXIT_BAD_INPUT, EXIT_OK } from '../io'
import { describeLoadFailure, loadPortfolio, PORTFOLIO_FILE_EXTENSION } from '../loadPortfolio'

const usage = `Usage: npm run -s cli -- import FILE --into PORTFOLIO [--map 'Header=field']... [--model 'Name=model']... [--sheet NAME] [--replace] [--dry-run]

Imports FILE into PORTFOLIO with the same code as the app's File → Import.

  FILE        .csv or .xlsx: one initiative per row, appended to PORTFOLIO (which must exist).
              Columns are matched to fields by their header (label, field id or a common
              synonym); all rows or none are imported.
              .json: a portfolio document of any format version (older ones are migrated);
              PORTFOLIO is created from it.
  --into      a .aiportfolio file saved by the app, or a portfolio JSON document
  --map       'Header=field': the column with that header fills that field (a field id such as
              usage.cacheHitRate, or its label); 'Header=' skips the column. Repeatable.
  --model     'Name=model': a model name in the file's model column that the price book does not
              know means that model (its id or name in the price book). Repeatable.
  --sheet     XLSX: the worksheet to read (default: the first one holding cells)
  --replace   .json FILE: replace PORTFOLIO when it exists
  --dry-run   check everything and report, write nothing

A .aiportfolio PORTFOLIO of an earlier file format is updated to the current one first, after a
backup copy of it is written beside it (the output says where).

Exit codes: 0 done; 1 failure (disk full, the update of an older file failed); 2 bad input
(unreadable file, a row breaking a rule, usage). Nothing is imported when the exit code is not 0.
`

type Outcome = { ok: true; message: string } | { ok: false; message: string; issues?: readonly ValidationIssue[] }

const describe = (o: Extract<Outcome, { ok: false }>): string =>
  `${[o.message, ...(o.issues ?? []).slice(0, 200).map((i) => `  - ${i.message}`)].join('\n')}${(o.issues?.length ?? 0) > 200 ? `\n  (and ${(o.issues?.length ?? 0) - 200} more)` : ''}\n`

/** Applies --map overrides ('Header=field') to the suggested mapping. */
function mappingWith(
  headers: readonly string[],
  suggested: ColumnMapping,
  maps: readonly string[],
): ColumnMapping | string {
  const mapping = [...suggested]
  for (const m of maps) {
    const eq = m.indexOf('=')
    if (eq < 0) return `--map "${m}" must be written Header=field`
    const header = m.slice(0, eq).trim()
    const fieldText = m.slice(eq + 1).trim()
    const column = headers.findIndex((h) => h.toLowerCase() === header.toLowerCase())
    if (column < 0)
      return `--map "${m}": the file has no column "${header}" (its columns: ${headers.map((h) => `"${h}"`).join(', ')})`
    const field = fieldText === '' ? null : matchHeader(fieldText)
    if (fieldText !== '' && field === null) return `--map "${m}": "${fieldText}" is not a field an import can fill`
    mapping[column] = field
  }
  return mapping
}

/** Reads --model choices ('Name in the file=model id or name'), each naming a model of the price book. */
function modelChoices(priceBook: Portfolio['priceBook'], models: readonly string[]): ModelChoice[] | string {
  const find = modelFinder(priceBook)
  const choices: ModelChoice[] = []
  for (const m of models) {
    const eq = m.lastIndexOf('=')
    const name = eq < 0 ? '' : m.slice(0, eq).trim()
    const modelId = eq < 0 ? null : find(m.slice(eq + 1))
    if (name === '') return `--model "${m}" must be written Name=model`
    if (modelId === null) return `--model "${m}": "${m.slice(eq + 1).trim()}" is not a model of the price book`
    choices.push({ name, modelId })
  }
  return choices
}

async function importRows(
  file: string,
  into: string,
  choices: { maps: readonly string[]; models: readonly string[] },
  sheet: string | undefined,
  dryRun: boolean,
): Promise<Outcome> {
  const loaded = await loadPortfolio(into)
  if (!loaded.ok) return { ok: false, message: describeLoadFailure(loaded).trimEnd() }
  const models = modelChoices(loaded.portfolio.priceBook, choices.models)
  if (typeof models === 'string') return { ok: false, message: models }
  const source = { fileName: basename(file), path: file, sheet, models }
  const first = await planSheetImport(source, loaded.portfolio)
  if (!first.ok) return first
  const mapping = mappingWith(first.plan.preview.headers, first.plan.preview.suggestedMapping, choices.maps)
  if (typeof mapping === 'string') return { ok: false, message: mapping }
  const planned = choices.maps.length > 0 ? await planSheetImport({ ...source, mapping }, loaded.portfolio) : first
  if (!planned.ok) return planned
  const { preview } = planned.plan
  const mapped = preview.mapping.flatMap((f, i) => (f === null ? [] : [`${preview.headers[i] ?? ''} → ${f}`]))
  if (planned.plan.allIssues.length > 0) {
    // The headline, then every issue on its own line (the API's message also repeats the first few).
    const issues = planned.plan.allIssues.map(toIssue)
    const unknown = preview.unmatchedModels.filter((u) => !models.some((c) => modelKey(c.name) === modelKey(u.name)))
    const hint =
      unknown.length > 0
        ? ` Models the price book does not know: ${unknown.map((u) => `"${u.name}"`).join(', ')}; map each with --model 'Name=model'.`
        : ''
    return { ok: false, message: `${refusalHeadline(source.fileName, issues.length)}${hint}`, issues }
  }
  const notes = preview.warnings.map((w) => `\nNote: ${w}`).join('')
  const summary = `${preview.counts.rows} row(s) read from "${file}"${preview.sheet ? ` (sheet "${preview.sheet}")` : ''}; columns: ${mapped.join(', ')}${notes}`
  try {
    if (loaded.kind === 'json') {
      const initiatives = initiativesOf(planned.plan, source.fileName)
      const portfolio = loaded.portfolio
      const added = checkedInsert(portfolio, initiatives, portfolio.initiatives.length)
      if (!dryRun) {
        const { writeTextAtomically } = await import('../../exports/atomicWrite')
        await writeTextAtomically(
          into,
          serializePortfolio({ ...portfolio, initiatives: [...portfolio.initiatives, ...added] }),
        )
      }
      return {
        ok: true,
        message: `${summary}\n${dryRun ? 'Would import' : 'Imported'} ${added.length} initiative(s) into "${into}".`,
      }
    }
    if (dryRun) {
      // Checked against the portfolio as read (without opening the file for writing, which would migrate an older one).
      const initiatives = initiativesOf(planned.plan, source.fileName)
      checkedInsert(loaded.portfolio, initiatives, loaded.portfolio.initiatives.length)
      return { ok: true, message: `${summary}\nWould import ${initiatives.length} initiative(s) into "${into}".` }
    }
    // Loaded only for portfolio files, so JSON use never needs the native SQLite module.
    const { PortfolioFile } = await import('../../db')
    const target = PortfolioFile.open(into)
    try {
      const applied = applyPlan(target, planned.plan, source.fileName)
      const m = target.migration
      const migrated = m
        ? `\nUpdated "${into}" from file format ${m.fromVersion} to ${m.toVersion}; the file as it was is kept at "${m.backupPath}".`
        : ''
      return {
        ok: true,
        message: `${summary}${migrated}\nImported ${applied.initiatives.length} initiative(s) into "${into}".`,
      }
    } finally {
      target.close()
    }
  } catch (e) {
    if (e instanceof ApiFailure) return { ok: false, message: e.message, issues: e.issues ?? [] }
    // A migration that failed (a full disk) is not bad input: it ends the command with exit code 1.
    if (e instanceof PortfolioFileError && e.kind !== 'migration_failed')
      return { ok: false, message: e.message, issues: e.issues ?? [] }
    throw e
  }
}

async function importPortfolio(file: string, into: string, replace: boolean, dryRun: boolean): Promise<Outcome> {
  const read = readPortfolioSource({ fileName: basename(file), path: file })
  if (!read.ok) return { ok: false, message: read.message, issues: read.issues }
  try {
    checkTarget(resolve(into), null, replace)
  } catch (e) {
    if (e instanceof ApiFailure) return { ok: false, message: `${e.message} Pass --replace to replace it.` }
    throw e
  }
  const from = read.fromVersion
  const what = `portfolio "${read.portfolio.settings.name}" (${read.portfolio.initiatives.length} initiatives, format version ${from})`
  if (dryRun) return { ok: true, message: `Would write ${what} to "${into}".` }
  if (extname(into).toLowerCase() === PORTFOLIO_FILE_EXTENSION) {
    const { writeNewPortfolioFile } = await import('../../db/fileWrite')
    await writeNewPortfolioFile(resolve(into), read.portfolio)
  } else {
    const { writeTextAtomically } = await import('../../exports/atomicWrite')
    await writeTextAtomically(into, serializePortfolio(read.portfolio))
  }
  return { ok: true, message: `Wrote ${what} to "${into}".` }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, { flags: ['help', 'replace', 'dry-run'], options: ['into', 'map', 'model', 'sheet'] })
  if (!parsed.ok) {
    io.stderr(`import: ${parsed.error}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const { positionals, flags, options } = parsed.args
  if (flags.has('help')) {
    io.stdout(usage)
    return EXIT_OK
  }
  const [file, ...extra] = positionals
  const into = options.get('into') ?? []
  const sheets = options.get('sheet') ?? []
  const problem =
    file === undefined
      ? 'name one FILE to import'
      : extra.length > 0
        ? `unexpected argument "${extra[0] ?? ''}"`
        : into.length !== 1
          ? 'name one PORTFOLIO with --into'
          : sheets.length > 1
            ? 'name at most one --sheet'
            : null
  if (problem !== null || file === undefined || into[0] === undefined) {
    io.stderr(`import: ${problem ?? 'usage'}\n\n${usage}`)
    return EXIT_BAD_INPUT
  }
  const format = formatOf(file)
  if (!format.ok) {
    io.stderr(`import: ${format.message}\n`)
    return EXIT_BAD_INPUT
  }
  if (format.format !== 'json' && !existsSync(into[0])) {
    io.stderr(
      `import: cannot import into "${into[0]}": no such file. Create the portfolio first (or import a JSON portfolio to create it).\n`,
    )
    return EXIT_BAD_INPUT
  }
  const dryRun = flags.has('dry-run')
  const outcome =
    format.format === 'json'
      ? await importPortfolio(file, into[0], flags.has('replace'), dryRun)
      : await importRows(
          file,
          into[0],
          { maps: options.get('map') ?? [], models: options.get('model') ?? [] },
          sheets[0],
          dryRun,
        )
  if (!outcome.ok) {
    io.stderr(`import: ${describe(outcome)}`)
    return EXIT_BAD_INPUT
  }
  io.stdout(`${outcome.message}\n`)
  return EXIT_OK
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import initiatives from CSV/XLSX, or a JSON portfolio, into a portfolio file',
  usage,
  run,
}

import { modelMatcher, withChoices, type ModelAlias } from '../modelNames'
import type { PriceBookModel } from '../model/priceBook'
import { priceInForce } from '../model/priceInForce'
import { attributeActuals, type AttributableLine } from './attribution'
import { moneyFromNumber, moneyToNumber } from './decimal'
import type { ActualLine } from './line'
import { mergeImport } from './merge'
import type { ActualsReadResult } from './readActuals'
import type { ActualsImportRecord, ActualsPreview, ActualsSummary, PreviewCell } from './results'
import type { AttributionRule, ExchangeRate, LineSource, StoredActualLine } from './stored'

/**
 * An actuals import, planned from the file as read and what the portfolio holds: the models mapped,
 * the currencies converted, the re-import rule applied, and the preview the person confirms. The
 * import writes exactly this plan, so the preview never promises what the import does not do.
 */

export interface StoredRowRef {
  id: number
  line: StoredActualLine
}

export interface ImportPlanInput {
  read: ActualsReadResult
  /** Every stored line that counts now, with its row id. */
  stored: readonly StoredRowRef[]
  rules: readonly AttributionRule[]
  portfolio: { currency: string; priceBook: readonly PriceBookModel[]; modelAliases: readonly ModelAlias[] }
  rates: readonly ExchangeRate[]
  /** Models the person chose for names the price book does not know (saved as aliases by the import). */
  models: readonly ModelAlias[]
  source: LineSource
}

export interface ImportPlan {
  preview: ActualsPreview
  /** Null when the import is refused or changes nothing. */
  record: ActualsImportRecord | null
  lines: StoredActualLine[]
  replacedRowIds: number[]
  /** The saved model aliases after the import (the choices saved over them). */
  aliases: ModelAlias[]
}

/** A line's cost in the portfolio's currency, exactly: the decimal cost times the rate, rounded to 10^-12. */
function portfolioCostOf(line: ActualLine, rate: number | null): number | null {
  if (line.cost === null) return null
  if (rate === null) return line.cost
  const exact = moneyFromNumber(line.cost)
  const scaledRate = moneyFromNumber(rate)
  if (exact === null || scaledRate === null) return null
  return moneyToNumber((exact * scaledRate) / 10n ** 12n)
}

/** What the line's tokens cost at the price book's price in force on the month's first day: a weight for token-share splits. */
export function priceBookPricer(priceBook: readonly PriceBookModel[]): (line: AttributableLine) => number | null {
  const byId = new Map(priceBook.map((m) => [m.id, m]))
  return (line) => {
    const model = line.priceModelId === null ? undefined : byId.get(line.priceModelId)
    const price = model ? priceInForce(model, `${line.month}-01`)?.price : undefined
    if (!price) return null
    const t = line.tokens
    const input = (t.uncachedInput ?? 0) + (t.inputUnsplit ?? 0)
    return (
      (input * (price.inputPerM ?? 0) +
        (t.cacheRead ?? 0) * (price.cachedInputPerM ?? price.inputPerM ?? 0) +
        (t.cacheWrite ?? 0) * (price.cacheWritePerM ?? price.inputPerM ?? 0) +
        (t.output ?? 0) * (price.outputPerM ?? 0)) /
      1e6
    )
  }
}

/** JSON with every object's keys sorted, so two equal values give one text whatever order built them. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(value) ?? 'null'
}

/** The same line apart from where it came from: a re-import of the same rows changes nothing. */
const sameLine = (a: StoredActualLine, b: StoredActualLine): boolean =>
  canonical({ ...a, source: null }) === canonical({ ...b, source: null })

function previewCells(
  before: ActualsSummary,
  after: ActualsSummary,
  added: ActualsSummary,
  replaced: ActualsSummary,
): PreviewCell[] {
  const cells = new Map<string, PreviewCell>()
  const cell = (month: string, initiativeId: string | null): PreviewCell => {
    const key = `${month}\u001f${initiativeId ?? ''}`
    let c = cells.get(key)
    if (!c) {
      c = { month, initiativeId, addedCents: 0, replacedCents: 0, beforeCents: 0, afterCents: 0 }
      cells.set(key, c)
    }
    return c
  }
  for (const c of added.costs) cell(c.month, c.initiativeId).addedCents += c.cents
  for (const c of replaced.costs) cell(c.month, c.initiativeId).replacedCents += c.cents
  for (const c of before.costs) cell(c.month, c.initiativeId).beforeCents += c.cents
  for (const c of after.costs) cell(c.month, c.initiativeId).afterCents += c.cents
  return [...cells.values()]
    .filter((c) => c.addedCents !== 0 || c.replacedCents !== 0 || c.beforeCents !== c.afterCents)
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) || (a.initiativeId ?? '\uffff').localeCompare(b.initiativeId ?? '\uffff'),
    )
}

function refusedPreview(read: Extract<ActualsReadResult, { ok: false }>): ActualsPreview {
  return {
    format: read.format,
    label: read.format ?? 'unknown',
    detected: true,
    acceptable: false,
    message: read.message,
    sourceRows: 0,
    lines: 0,
    replacedLines: 0,
    addedLines: 0,
    months: [],
    cells: [],
    refused: read.issues,
    refusedCount: read.issueCount,
    ratesNeeded: [],
    models: [],
    warnings: read.warnings,
  }
}

export function planActualsImport(input: ImportPlanInput): ImportPlan {
  const { read, portfolio } = input
  const aliases = withChoices(portfolio.modelAliases, input.models)
  if (!read.ok) return { preview: refusedPreview(read), record: null, lines: [], replacedRowIds: [], aliases }
  const currency = portfolio.currency.toUpperCase()
  const rateOf = new Map(input.rates.map((r) => [`${r.month}\u001f${r.currency}`, r.rate]))
  const ratesNeeded = read.currencies
    .filter((c) => c.currency !== currency && !rateOf.has(`${c.month}\u001f${c.currency}`))
    .map((c) => ({ month: c.month, currency: c.currency }))
  const refused = ratesNeeded.map((r) => ({
    row: null,
    field: 'currency',
    rule: `needs a rate from ${r.currency} to ${currency} for ${r.month}`,
    message: `The charges of ${r.month} are in ${r.currency}, not the portfolio's ${currency}: give the rate for ${r.month} to import them.`,
  }))

  const matcher = modelMatcher(portfolio.priceBook, aliases)
  const chosen = new Set(input.models.map((m) => m.name.toLowerCase()))
  const models = read.models.map((m) => {
    const found = matcher.match({ name: m.model, platform: m.provider })
    const priceModelId = found && found.kind !== 'ambiguous' ? found.modelId : null
    const how = chosen.has(m.model.toLowerCase())
      ? 'chosen'
      : !found || found.kind === 'ambiguous' || priceModelId === null
        ? 'none'
        : found.kind
    return {
      provider: m.provider,
      model: m.model,
      lines: m.lines,
      priceModelId,
      how,
    } as ActualsPreview['models'][number]
  })
  const modelOf = new Map(models.map((m) => [`${m.provider}\u001f${m.model}`, m.priceModelId]))

  const stamp = (line: ActualLine, source: LineSource): StoredActualLine => {
    const rate =
      line.currency === null || line.currency === currency
        ? null
        : (rateOf.get(`${line.month}\u001f${line.currency}`) ?? null)
    return {
      ...line,
      priceModelId: modelOf.get(`${line.provider}\u001f${line.model}`) ?? null,
      rate,
      portfolioCost: portfolioCostOf(line, rate),
      source,
    }
  }
  const incoming = read.lines.map((l) => stamp(l, input.source))
  const scopes = new Set(read.coverage.map((c) => `${c.format}\u001f${c.scope}`))
  const candidates = input.stored.filter((r) => scopes.has(`${r.line.lineage.format}\u001f${r.line.lineage.scope}`))
  const merged = mergeImport(
    candidates.map((r) => r.line),
    { lines: incoming, coverage: read.coverage },
  ).lines.map((l) => {
    const line = l as StoredActualLine
    return { ...line, portfolioCost: portfolioCostOf(line, line.rate) }
  })
  const mergedByKey = new Map(merged.map((l) => [l.lineage.lineKey, l]))
  const replaced = candidates.filter((r) => {
    const m = mergedByKey.get(r.line.lineage.lineKey)
    return m === undefined || !sameLine(m, r.line)
  })
  const unchangedKeys = new Set(candidates.filter((r) => !replaced.includes(r)).map((r) => r.line.lineage.lineKey))
  const lines = merged.filter((l) => !unchangedKeys.has(l.lineage.lineKey)).map((l) => ({ ...l, source: input.source }))

  const options = { currency, priceOf: priceBookPricer(portfolio.priceBook) }
  const replacedIds = new Set(replaced.map((r) => r.id))
  const storedLines = input.stored.map((r) => r.line)
  const afterLines = [...input.stored.filter((r) => !replacedIds.has(r.id)).map((r) => r.line), ...lines]
  const before = attributeActuals(storedLines, input.rules, options)
  const after = attributeActuals(afterLines, input.rules, options)
  const cells = previewCells(
    before,
    after,
    attributeActuals(lines, input.rules, options),
    attributeActuals(
      replaced.map((r) => r.line),
      input.rules,
      options,
    ),
  )
  const acceptable = refused.length === 0
  const changes = lines.length > 0 || replaced.length > 0
  const message = !acceptable
    ? `Nothing can be imported yet: ${refused.length} month${refused.length === 1 ? '' : 's'} need${refused.length === 1 ? 's' : ''} an exchange rate.`
    : changes
      ? `${read.label}${read.detected ? ' (detected)' : ''}: ${lines.length} line${lines.length === 1 ? '' : 's'} to add, ${replaced.length} stored line${replaced.length === 1 ? '' : 's'} replaced.`
      : `${read.label}${read.detected ? ' (detected)' : ''}: every line is stored already; importing it changes nothing.`
  const preview: ActualsPreview = {
    format: read.format,
    label: read.label,
    detected: read.detected,
    acceptable,
    message,
    sourceRows: read.sourceRows,
    lines: read.lines.length,
    replacedLines: replaced.length,
    addedLines: lines.length,
    months: [...new Set(read.lines.map((l) => l.month))].sort(),
    cells,
    refused,
    refusedCount: refused.length,
    ratesNeeded,
    models,
    warnings: read.warnings,
  }
  const record: ActualsImportRecord | null =
    acceptable && changes
      ? {
          importId: input.source.importId,
          format: read.format,
          fileName: input.source.fileName,
          importedAt: input.source.importedAt,
          lines: lines.length,
          replacedLines: replaced.length,
          active: true,
        }
      : null
  return { preview, record, lines, replacedRowIds: replaced.map((r) => r.id), aliases }
}

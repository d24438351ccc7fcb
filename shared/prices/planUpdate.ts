import { modelMatcher, nameKey, withChoices, type ModelAlias } from '../modelNames'
import type { Portfolio } from '../model/portfolio'
import type { PriceBookModel } from '../model/priceBook'
import { midMonthNote } from './effectiveMonth'
import { entryPrice, type FilePrice } from './entryPrice'
import { newModelRow } from './newModel'
import { FORMAT_LABELS, type FileEntry, type PriceFile } from './priceFile'
import type { PriceUpdatePreview, RefusedEntry, UnusedEntry, UpdateRow } from './preview'
import { entrySummary, updateRow, type MatchedEntry, type UpdateContext } from './updateRow'

/** What the person asks of one update. */
export interface UpdateRequest {
  fileName: string
  /** YYYY-MM-DD from which the new prices are in force. */
  effectiveFrom: string
  /** YYYY-MM-DD the file was read, recorded in each new price's source. */
  readOn: string
  /** The person's choices: the price-book model a name of the file means (null: none). Saved when applied. */
  choices: readonly ModelAlias[]
  /** Names of entries the person adds to the price book as new models. */
  add: readonly string[]
}

export interface PriceUpdatePlan {
  preview: PriceUpdatePreview
  /** Models the update changes or adds, as they would be after it, in price-book order, then the new ones. */
  models: PriceBookModel[]
  /** The saved names after the update: the person's choices and the names of models added. */
  aliases: ModelAlias[]
}

/** What the file's entries come to before the price book's models are looked at. */
interface Sorted {
  byModel: Map<string, MatchedEntry[]>
  toAdd: { entry: FileEntry; price: FilePrice }[]
  unused: UnusedEntry[]
  refused: RefusedEntry[]
  skipped: Map<string, number>
}

function sortEntries(
  portfolio: Portfolio,
  file: PriceFile,
  choices: readonly ModelAlias[],
  add: ReadonlySet<string>,
): Sorted {
  const matcher = modelMatcher(portfolio.priceBook, withChoices(portfolio.modelAliases ?? [], choices))
  const sorted: Sorted = {
    byModel: new Map(),
    toAdd: [],
    unused: [],
    refused: file.unreadable.map((u) => ({ ...u, modelId: null })),
    skipped: new Map(),
  }
  for (const entry of file.entries) {
    if (entry.mode !== 'chat') {
      sorted.skipped.set(entry.mode, (sorted.skipped.get(entry.mode) ?? 0) + 1)
      continue
    }
    const match = matcher.match({ name: entry.name, platform: entry.platform })
    const found = match && match.kind !== 'ambiguous' && match.modelId !== null ? match : null
    const read = entryPrice(entry)
    if (!read.ok) sorted.refused.push({ name: entry.name, reason: read.reason, modelId: found?.modelId ?? null })
    else if (found) {
      const list = sorted.byModel.get(found.modelId) ?? []
      list.push({ entry, price: read.price, kind: found.kind })
      sorted.byModel.set(found.modelId, list)
    } else if (add.has(nameKey(entry.name))) sorted.toAdd.push({ entry, price: read.price })
    else {
      sorted.unused.push({
        ...entrySummary(entry, read.price),
        leftOut: match?.kind === 'saved',
        candidates: match?.kind === 'ambiguous' ? match.candidates : [],
      })
    }
  }
  // Refusals of entries that match a price-book model first: those are the ones that matter.
  sorted.refused.sort((a, b) => Number(b.modelId !== null) - Number(a.modelId !== null))
  return sorted
}

const count = (rows: readonly UpdateRow[], status: UpdateRow['status']): number =>
  rows.filter((r) => r.status === status).length

/**
 * Plans an update of the price book from a price file: which entry prices which price-book model
 * (saved choices first, then the matcher's rules), what each model's new dated price would be, and
 * what is left out and why. Pure: the same portfolio, file and request always give the same plan, so
 * the preview and the update that follows it agree, and updating twice from one file adds nothing
 * the second time (every price then equals the one in force).
 */
export function planPriceUpdate(portfolio: Portfolio, file: PriceFile, request: UpdateRequest): PriceUpdatePlan {
  const inFile = new Set(file.entries.map((e) => nameKey(e.name)))
  const ids = new Set(portfolio.priceBook.map((m) => m.id))
  // Only choices about this file's names and of models the price book holds are taken (and saved).
  const choices = request.choices.filter(
    (c) => inFile.has(nameKey(c.name)) && (c.modelId === null || ids.has(c.modelId)),
  )
  const add = new Set(request.add.map(nameKey))
  const sorted = sortEntries(portfolio, file, choices, add)
  const ctx: UpdateContext = {
    fileName: request.fileName,
    formatLabel: FORMAT_LABELS[file.format],
    effectiveFrom: request.effectiveFrom,
    readOn: request.readOn,
  }
  const rows: UpdateRow[] = []
  const models: PriceBookModel[] = []
  const notInFile: PriceUpdatePreview['notInFile'] = []
  for (const model of portfolio.priceBook) {
    const matched = sorted.byModel.get(model.id)
    if (!matched) {
      notInFile.push({ modelId: model.id, name: model.name })
      continue
    }
    const usedBy = portfolio.initiatives.filter((i) => i.usage.modelMix.some((m) => m.modelId === model.id)).length
    const { row, after } = updateRow(model, matched, usedBy, ctx)
    rows.push(row)
    if (after) models.push(after)
  }
  const taken = new Set(portfolio.priceBook.map((m) => m.id))
  const added: ModelAlias[] = []
  for (const { entry, price } of sorted.toAdd) {
    const { row, model } = newModelRow(entry, price, taken, ctx)
    rows.push(row)
    if (model) {
      models.push(model)
      added.push({ name: entry.name, modelId: model.id })
    }
  }
  const warnings = request.add
    .filter((name) => !inFile.has(nameKey(name)))
    .map((name) => `"${name}" is not in the file: no model was added for it.`)
  const midMonth = midMonthNote(request.effectiveFrom)
  if (midMonth !== null && models.length > 0) warnings.push(midMonth)
  // Both files price in US dollars; the price book counts in the portfolio's currency.
  const currency = portfolio.settings.currency
  if (currency !== 'USD')
    warnings.unshift(
      `The file's prices are in US dollars and this portfolio counts in ${currency}: they are taken as written, not converted.`,
    )
  const skipped = [...sorted.skipped].map(([mode, n]) => ({ mode, count: n })).sort((a, b) => b.count - a.count)
  const preview: PriceUpdatePreview = {
    format: file.format,
    formatLabel: ctx.formatLabel,
    fileName: request.fileName,
    effectiveFrom: request.effectiveFrom,
    readOn: request.readOn,
    rows,
    unused: sorted.unused,
    refused: sorted.refused,
    skipped,
    notInFile,
    warnings,
    counts: {
      entries: file.entries.length + file.unreadable.length,
      changed: count(rows, 'changed'),
      unchanged: count(rows, 'unchanged'),
      added: count(rows, 'new'),
      ambiguous: count(rows, 'ambiguous'),
      blocked: count(rows, 'blocked'),
      unused: sorted.unused.length,
      refused: sorted.refused.length,
      skipped: skipped.reduce((sum, s) => sum + s.count, 0),
    },
  }
  return { preview, models, aliases: withChoices(portfolio.modelAliases ?? [], [...choices, ...added]) }
}

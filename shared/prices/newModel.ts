import { platformLabel, platformOf } from '../modelNames'
import { PriceBookModel } from '../model/priceBook'
import type { FilePrice } from './entryPrice'
import { mergePrice } from './mergePrice'
import type { FileEntry } from './priceFile'
import type { UpdateRow } from './preview'
import { datedPrice, type UpdateContext } from './updateRow'

const MAX_ID_CHARS = 64

/** The entry's name without its platform's prefix: "gemini/gemini-2.5-flash" billed by gemini is "gemini-2.5-flash". */
function modelPart(entry: FileEntry): string {
  const slash = entry.name.indexOf('/')
  if (slash <= 0 || entry.platform === null) return entry.name
  return platformOf(entry.name.slice(0, slash)) === platformOf(entry.platform)
    ? entry.name.slice(slash + 1)
    : entry.name
}

/** A free price-book id for the entry, written as the app's ids are: "google:gemini-2.5-flash". */
function newModelId(entry: FileEntry, taken: ReadonlySet<string>): string {
  const platform = entry.platform === null ? 'model' : platformOf(entry.platform) || 'model'
  const base = `${platform}:${modelPart(entry)}`
    .replace(/[^A-Za-z0-9._:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_ID_CHARS - 4)
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}-${String(n)}`
  return id
}

/** Provider and name for display: OpenRouter's "Google: Gemini 2.5 Flash", or the platform and the entry's name. */
function displayNames(entry: FileEntry): { provider: string; name: string } {
  const colon = entry.label?.indexOf(': ') ?? -1
  if (entry.label && colon > 0) return { provider: entry.label.slice(0, colon), name: entry.label.slice(colon + 2) }
  const provider = entry.platform === null ? 'Unknown provider' : platformLabel(platformOf(entry.platform))
  return { provider, name: entry.label ?? modelPart(entry) }
}

/**
 * A model the person adds to the price book from an entry of the file, its first dated price from the
 * effective date. Prices the file does not give are unknown (null) and its batch discount is 0 unless
 * the file gives one. `taken` holds the ids in use, this one is added to it.
 */
export function newModelRow(
  entry: FileEntry,
  filePrice: FilePrice,
  taken: Set<string>,
  ctx: UpdateContext,
): { row: UpdateRow; model: PriceBookModel | null } {
  const id = newModelId(entry, taken)
  taken.add(id)
  const merged = mergePrice(null, filePrice)
  const price = datedPrice(merged.values, ctx, entry, [], null)
  const { provider, name } = displayNames(entry)
  const candidate = { id, provider: provider.slice(0, 200), name: name.slice(0, 200), prices: [price] }
  const checked = PriceBookModel.safeParse(candidate)
  const notes = [...filePrice.notes, ...merged.notes]
  const row: UpdateRow = {
    status: checked.success ? 'new' : 'blocked',
    modelId: id,
    modelName: candidate.name,
    provider: candidate.provider,
    usedBy: 0,
    entry: entry.name,
    match: 'saved',
    candidates: [],
    changes: merged.changes,
    kept: merged.kept,
    inForceFrom: null,
    notes,
    reason: checked.success ? null : `The model breaks a rule: ${checked.error.issues[0]?.message ?? 'invalid'}.`,
    price: checked.success ? price : null,
  }
  return { row, model: checked.success ? checked.data : null }
}

import { MAX_ENTRY_NAME_CHARS } from './limits'
import { isRecord, type FileEntry, type PriceFile, type PriceKey, type RawTier } from './priceFile'

const PRICE_FIELDS: Readonly<Record<PriceKey, string>> = {
  input: 'prompt',
  cachedInput: 'input_cache_read',
  cacheWrite: 'input_cache_write',
  output: 'completion',
}

function pricesOf(pricing: Record<string, unknown>): FileEntry['prices'] {
  const prices: FileEntry['prices'] = {}
  for (const [key, field] of Object.entries(PRICE_FIELDS) as [PriceKey, string][]) {
    if (Object.hasOwn(pricing, field) && pricing[field] !== null) prices[key] = pricing[field]
  }
  return prices
}

/** OpenRouter's overrides: prices from `min_prompt_tokens` input tokens on (its long-context tiers). */
function tiersOf(pricing: Record<string, unknown>): RawTier[] {
  const overrides = Array.isArray(pricing.overrides) ? (pricing.overrides as unknown[]) : []
  return overrides.filter(isRecord).map((o) => ({
    thresholdTokens: typeof o.min_prompt_tokens === 'number' ? o.min_prompt_tokens : NaN,
    prices: pricesOf(o),
  }))
}

/** 'chat' when the model writes text; otherwise its modality ("text->image"), to be skipped and counted. */
function modeOf(model: Record<string, unknown>): string {
  const architecture = isRecord(model.architecture) ? model.architecture : {}
  const outputs = architecture.output_modalities
  if (!Array.isArray(outputs) || outputs.includes('text')) return 'chat'
  return typeof architecture.modality === 'string' ? architecture.modality.slice(0, 40) : 'no text output'
}

/**
 * OpenRouter's models list (GET /api/v1/models): `data[]` with `id` ("anthropic/claude-sonnet-4.5"),
 * `name` and `pricing` per token as decimal strings (prompt, completion, input_cache_read,
 * input_cache_write; "0" for a free model, "-1" for a router whose price is set per request) and
 * `overrides` from a prompt size on. The part of the id before "/" is the model's vendor.
 */
export function readOpenRouter(data: readonly unknown[]): PriceFile {
  const file: PriceFile = { format: 'openrouter', entries: [], unreadable: [] }
  data.forEach((model, i) => {
    const id = isRecord(model) && typeof model.id === 'string' ? model.id.trim() : ''
    if (!isRecord(model) || id === '') {
      file.unreadable.push({ name: `model #${String(i + 1)}`, reason: 'has no id' })
      return
    }
    if (id.length > MAX_ENTRY_NAME_CHARS) {
      file.unreadable.push({ name: id.slice(0, 60), reason: `a name must be 1 to ${MAX_ENTRY_NAME_CHARS} characters` })
      return
    }
    const pricing = isRecord(model.pricing) ? model.pricing : {}
    const slash = id.indexOf('/')
    file.entries.push({
      name: id,
      platform: slash > 0 ? id.slice(0, slash) : null,
      label: typeof model.name === 'string' ? model.name.slice(0, MAX_ENTRY_NAME_CHARS) : null,
      mode: modeOf(model),
      prices: pricesOf(pricing),
      batch: {},
      tiers: tiersOf(pricing),
    })
  })
  return file
}

/** Whether a JSON array looks like OpenRouter's models: objects with an id and a pricing object. */
export function isOpenRouterList(data: readonly unknown[]): boolean {
  return data.slice(0, 50).some((m) => isRecord(m) && typeof m.id === 'string' && isRecord(m.pricing))
}

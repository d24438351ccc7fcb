import { MAX_ENTRY_NAME_CHARS } from './limits'
import { isRecord, type FileEntry, type PriceFile, type PriceKey, type RawTier } from './priceFile'

/** Modes whose entries price text generation per token; the others (embedding, image_generation, ...) are skipped. */
const TOKEN_MODES: ReadonlySet<string> = new Set(['chat', 'completion', 'responses'])

const BASE_FIELDS: Readonly<Record<PriceKey, string>> = {
  input: 'input_cost_per_token',
  cachedInput: 'cache_read_input_token_cost',
  cacheWrite: 'cache_creation_input_token_cost',
  output: 'output_cost_per_token',
}

const TIER_KEYS: Readonly<Record<string, PriceKey>> = {
  input_cost_per_token: 'input',
  cache_read_input_token_cost: 'cachedInput',
  cache_creation_input_token_cost: 'cacheWrite',
  output_cost_per_token: 'output',
}

/** "input_cost_per_token_above_200k_tokens": the price above 200,000 input tokens (not the _priority or _flex variants). */
const TIER_FIELD =
  /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)_above_(\d{1,6})k_tokens$/

/** A field's value; absent and null both mean the file does not give it. */
const given = (entry: Record<string, unknown>, field: string): unknown =>
  Object.hasOwn(entry, field) && entry[field] !== null ? entry[field] : undefined

function tiersOf(entry: Record<string, unknown>): RawTier[] {
  const byThreshold = new Map<number, RawTier>()
  for (const [field, value] of Object.entries(entry)) {
    const m = TIER_FIELD.exec(field)
    if (!m || value === null) continue
    const key = TIER_KEYS[m[1] ?? '']
    if (!key) continue
    const thresholdTokens = Number(m[2]) * 1000
    const tier = byThreshold.get(thresholdTokens) ?? { thresholdTokens, prices: {} }
    tier.prices[key] = value
    byThreshold.set(thresholdTokens, tier)
  }
  return [...byThreshold.values()]
}

function entryOf(name: string, entry: Record<string, unknown>): FileEntry {
  const mode = typeof entry.mode === 'string' ? entry.mode.slice(0, 40) : '(no mode)'
  const prices: FileEntry['prices'] = {}
  for (const [key, field] of Object.entries(BASE_FIELDS) as [PriceKey, string][]) {
    const value = given(entry, field)
    if (value !== undefined) prices[key] = value
  }
  const batch: FileEntry['batch'] = {}
  const batchInput = given(entry, 'input_cost_per_token_batches')
  const batchOutput = given(entry, 'output_cost_per_token_batches')
  if (batchInput !== undefined) batch.input = batchInput
  if (batchOutput !== undefined) batch.output = batchOutput
  return {
    name,
    platform: typeof entry.litellm_provider === 'string' ? entry.litellm_provider.slice(0, 100) : null,
    label: null,
    mode: TOKEN_MODES.has(mode) ? 'chat' : mode,
    prices,
    batch,
    tiers: tiersOf(entry),
  }
}

/**
 * LiteLLM's model_prices_and_context_window.json: one object per model name, prices per token
 * (input_cost_per_token, output_cost_per_token, cache_read_input_token_cost,
 * cache_creation_input_token_cost, *_batches, *_above_Nk_tokens), `litellm_provider` and `mode`.
 * Its "sample_spec" entry documents the fields and is no model.
 */
export function readLiteLlm(root: Record<string, unknown>): PriceFile {
  const file: PriceFile = { format: 'litellm', entries: [], unreadable: [] }
  for (const [name, entry] of Object.entries(root)) {
    if (name === 'sample_spec') continue
    if (name.length > MAX_ENTRY_NAME_CHARS || name.trim() === '')
      file.unreadable.push({
        name: name.slice(0, 60),
        reason: `a name must be 1 to ${MAX_ENTRY_NAME_CHARS} characters`,
      })
    else if (!isRecord(entry)) file.unreadable.push({ name, reason: 'is not an object of prices' })
    else file.entries.push(entryOf(name, entry))
  }
  return file
}

/** Whether a JSON object looks like LiteLLM's price map: its sample_spec, or entries naming a litellm_provider. */
export function isLiteLlm(root: Record<string, unknown>): boolean {
  if (Object.hasOwn(root, 'sample_spec')) return true
  const values = Object.values(root).slice(0, 50)
  return values.length > 0 && values.some((v) => isRecord(v) && typeof v.litellm_provider === 'string')
}

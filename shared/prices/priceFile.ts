/**
 * The two price files practitioners keep prices current from, read into one shape. Prices stay as the
 * file wrote them (per token, a JSON number or a decimal string) until entryPrice.ts converts them.
 */

/** A price the file gives per token, as written there. */
export type RawPrice = unknown

export type PriceKey = 'input' | 'cachedInput' | 'cacheWrite' | 'output'

/** Prices above a prompt size: LiteLLM's *_above_200k_tokens fields, OpenRouter's overrides. */
export interface RawTier {
  /** Requests with more input tokens than this are billed at the tier's prices. */
  thresholdTokens: number
  prices: Partial<Record<PriceKey, RawPrice>>
}

/** One model as the file lists it. */
export interface FileEntry {
  /** The file's name for it: LiteLLM's key ("gemini/gemini-2.5-flash"), OpenRouter's id ("google/gemini-2.5-flash"). */
  name: string
  /** Who bills it, as the file says: LiteLLM's litellm_provider, the vendor part of OpenRouter's id. */
  platform: string | null
  /** A display name when the file gives one (OpenRouter's "Google: Gemini 2.5 Flash"). */
  label: string | null
  /** What the entry prices: 'chat' for text generation priced per token; anything else is skipped. */
  mode: string
  prices: Partial<Record<PriceKey, RawPrice>>
  /** Batch-API prices (LiteLLM's *_cost_per_token_batches). */
  batch: { input?: RawPrice; output?: RawPrice }
  tiers: RawTier[]
}

export type PriceFileFormat = 'litellm' | 'openrouter'

export const FORMAT_LABELS: Readonly<Record<PriceFileFormat, string>> = {
  litellm: 'LiteLLM price map',
  openrouter: 'OpenRouter models list',
}

/** A file read: its entries, and the names the file lists but that are no model at all (LiteLLM's sample_spec). */
export interface PriceFile {
  format: PriceFileFormat
  entries: FileEntry[]
  /** Entries refused while reading (no object, a name too long), with the reason. */
  unreadable: { name: string; reason: string }[]
}

export type PriceFileRead = { ok: true; file: PriceFile } | { ok: false; message: string }

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

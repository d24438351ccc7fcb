import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { PriceFile } from '../../../shared/prices/priceFile'
import { readPriceFile } from '../../../shared/prices/readPriceFile'

/** The trimmed real-shaped price files under test/fixtures/prices (see its README.md). */
const PRICE_FIXTURES = resolve(import.meta.dirname, '../../fixtures/prices')
export const LITELLM_FILE = 'litellm-model_prices_and_context_window.json'
export const OPENROUTER_FILE = 'openrouter-models.json'

export function fixtureFile(name: string): PriceFile {
  const r = readPriceFile(readFileSync(resolve(PRICE_FIXTURES, name), 'utf8'), name)
  if (!r.ok) throw new Error(r.message)
  return r.file
}

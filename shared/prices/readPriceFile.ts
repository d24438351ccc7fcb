import { isLiteLlm, readLiteLlm } from './litellm'
import { MAX_PRICE_FILE_ENTRIES } from './limits'
import { isOpenRouterList, readOpenRouter } from './openRouter'
import { isRecord, type PriceFileRead } from './priceFile'

const NOT_A_PRICE_FILE =
  "is neither LiteLLM's model_prices_and_context_window.json nor OpenRouter's models list (the JSON of https://openrouter.ai/api/v1/models)"

const tooMany = (fileName: string, n: number): PriceFileRead => ({
  ok: false,
  message: `"${fileName}" lists ${n.toLocaleString('en-US')} models; a price file may list ${MAX_PRICE_FILE_ENTRIES.toLocaleString('en-US')} at most.`,
})

/**
 * Reads a price file's text, telling the two formats apart by their shape: an object whose values
 * name a litellm_provider (LiteLLM), or `{ "data": [...] }` of models with an id and pricing
 * (OpenRouter; a bare array of them too). Anything else is refused, naming what was expected.
 */
export function readPriceFile(text: string, fileName: string): PriceFileRead {
  let root: unknown
  try {
    root = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (e) {
    return { ok: false, message: `"${fileName}" is not valid JSON (${e instanceof Error ? e.message : String(e)}).` }
  }
  const list = Array.isArray(root) ? root : isRecord(root) && Array.isArray(root.data) ? (root.data as unknown[]) : null
  if (list !== null && (list.length === 0 || isOpenRouterList(list))) {
    if (list.length > MAX_PRICE_FILE_ENTRIES) return tooMany(fileName, list.length)
    return { ok: true, file: readOpenRouter(list) }
  }
  if (isRecord(root) && isLiteLlm(root)) {
    const n = Object.keys(root).length
    if (n > MAX_PRICE_FILE_ENTRIES) return tooMany(fileName, n)
    return { ok: true, file: readLiteLlm(root) }
  }
  return { ok: false, message: `"${fileName}" ${NOT_A_PRICE_FILE}.` }
}

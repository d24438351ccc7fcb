import { isObject, type JsonObject } from '../jsonInput'

/** One time bucket of a usage or cost API response, with its results. */
export interface Bucket {
  start: unknown
  end: unknown
  results: JsonObject[]
}

/**
 * The buckets of an API export saved as JSON: one page ({ data: [buckets] }), several pages in an
 * array (as a script that follows next_page saves them), or an array of buckets. OpenAI names the
 * times start_time/end_time (Unix seconds) and Anthropic starting_at/ending_at (RFC 3339); results
 * are under `results` (OpenAI's older responses say `result`).
 */
export function bucketsOf(document: unknown): Bucket[] | null {
  const pages = Array.isArray(document) ? document : [document]
  const buckets: Bucket[] = []
  for (const page of pages) {
    if (!isObject(page)) return null
    const list = Array.isArray(page['data']) ? page['data'] : 'results' in page || 'result' in page ? [page] : null
    if (list === null) return null
    for (const b of list) {
      if (!isObject(b)) return null
      const results = b['results'] ?? b['result']
      if (!Array.isArray(results) || !results.every(isObject)) return null
      buckets.push({ start: b['start_time'] ?? b['starting_at'], end: b['end_time'] ?? b['ending_at'], results })
    }
  }
  return buckets
}

/** Whether the first result of any bucket passes `test` (a bucket list of empty buckets passes none). */
export function someResult(document: unknown, test: (result: JsonObject) => boolean): boolean {
  const buckets = bucketsOf(document)
  if (!buckets || buckets.length === 0) return false
  const first = buckets.find((b) => b.results.length > 0)?.results[0]
  return first !== undefined && test(first)
}

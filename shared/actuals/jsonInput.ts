import { MAX_JSON_DEPTH } from './limits'

export type JsonObject = Record<string, unknown>

export type JsonDocument =
  | {
      ok: true
      value: unknown
      /** The document's records when it is a list of objects (an array, `data: [...]` or JSON Lines); else null. */
      records: JsonObject[] | null
    }
  | { ok: false; message: string }

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Nesting deeper than any export needs is refused rather than walked (a hostile file may nest a million deep). */
function depthWithin(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      if (++depth > limit) return false
    } else if (c === 125 || c === 93) depth--
  }
  return true
}

function recordsOf(value: unknown): JsonObject[] | null {
  const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value['data']) ? value['data'] : null
  if (list === null || !list.every(isObject)) return null
  return list
}

/** Parses one JSON document, or JSON Lines (one object per line, as Helicone and log exports write). */
export function readJsonDocument(text: string): JsonDocument {
  const body = text.replace(/^\uFEFF/, '')
  if (!depthWithin(body, MAX_JSON_DEPTH))
    return {
      ok: false,
      message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels, which no export this app reads does.`,
    }
  try {
    const value: unknown = JSON.parse(body)
    return { ok: true, value, records: recordsOf(value) }
  } catch (e) {
    const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '')
    if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) {
      const records: JsonObject[] = []
      for (let i = 0; i < lines.length; i++) {
        try {
          const v: unknown = JSON.parse(lines[i] ?? '')
          if (!isObject(v)) return { ok: false, message: `Line ${i + 1} of the JSON Lines file is not an object.` }
          records.push(v)
        } catch (lineError) {
          return {
            ok: false,
            message: `Line ${i + 1} of the JSON Lines file is not valid JSON (${errorText(lineError)}).`,
          }
        }
      }
      return { ok: true, value: records, records }
    }
    return { ok: false, message: `The file is not valid JSON (${errorText(e)}).` }
  }
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200)

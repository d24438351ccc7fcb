import type { ModelChoice } from './previewSchema'
import type { MixEntry } from '../model/initiative'
import type { PriceBookModel } from '../model/priceBook'

type BookModel = Pick<PriceBookModel, 'id' | 'name'>

/** A model name as compared: case, spaces, "-" and "_" aside, so "GPT-4.1 mini" is "gpt_4.1_mini". */
export const modelKey = (name: string): string =>
  name
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')

/** The price-book model a name in a file means, or null. */
export type FindModel = (name: string) => string | null

/**
 * Finds models by id ("openai:gpt-4.1-mini"), by id without its provider ("gpt-4.1-mini") or by
 * display name ("GPT-4.1 mini"), each compared by modelKey. `choices` come first; a choice naming
 * no model of the price book is ignored.
 */
export function modelFinder(priceBook: readonly BookModel[], choices: readonly ModelChoice[] = []): FindModel {
  const byKey = new Map<string, string>()
  const add = (text: string, id: string) => {
    const key = modelKey(text)
    if (key !== '' && !byKey.has(key)) byKey.set(key, id)
  }
  for (const m of priceBook) add(m.id, m.id)
  for (const m of priceBook) add(m.name, m.id)
  for (const m of priceBook) add(m.id.slice(m.id.indexOf(':') + 1), m.id)
  const ids = new Set(priceBook.map((m) => m.id))
  const chosen = new Map<string, string>()
  for (const c of choices) if (ids.has(c.modelId)) chosen.set(modelKey(c.name), c.modelId)
  return (name) => {
    const key = modelKey(name)
    return chosen.get(key) ?? byKey.get(key) ?? null
  }
}

/** One entry of a model-mix cell as written: the model's name and its share (null: the only model, 100%). */
interface MixPart {
  name: string
  share: number | null
}

type MixParts = { ok: true; parts: MixPart[] } | { ok: false; rule: string }

/**
 * Splits a model-mix cell: one model (it takes 100%), or entries "Model A 70%; Model B 30%" (also
 * "70% Model A" and "Model A: 70%"), separated by ";" or by "," when no ";" is used. A cell
 * naming a known model as a whole is that model, even if its name holds a "%" or a ",".
 */
function mixParts(text: string, find: FindModel): MixParts {
  const whole = text.trim()
  if (find(whole) !== null || !whole.includes('%')) return { ok: true, parts: [{ name: whole, share: null }] }
  const parts: MixPart[] = []
  for (const part of whole
    .split(whole.includes(';') ? ';' : ',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const m = /^(.*?)[\s:=]*(\d+(?:\.\d+)?)\s*%$/.exec(part) ?? /^(\d+(?:\.\d+)?)\s*%\s*(.*)$/.exec(part)
    if (!m)
      return {
        ok: false,
        rule: `must name models with their shares, such as "Model A 70%; Model B 30%" (cannot read "${part.slice(0, 60)}")`,
      }
    const [name, share] = /^\d/.test(part) ? [m[2] ?? '', m[1] ?? ''] : [m[1] ?? '', m[2] ?? '']
    parts.push({ name: name.trim(), share: Number(share) / 100 })
  }
  return { ok: true, parts }
}

const unknown = (name: string): string => `must name a model in the price book (unknown model "${name.slice(0, 60)}")`

/** A model-mix cell as the initiative's mix, or the rule it breaks (the first unknown model named). */
export function readModelMix(
  text: string,
  find: FindModel,
): { ok: true; value: MixEntry[] } | { ok: false; rule: string } {
  const split = mixParts(text, find)
  if (!split.ok) return split
  if (split.parts.length === 0) return { ok: false, rule: unknown(text.trim()) }
  const mix: MixEntry[] = []
  for (const part of split.parts) {
    const id = find(part.name)
    if (id === null) return { ok: false, rule: unknown(part.name) }
    mix.push({ modelId: id, share: part.share ?? 1 })
  }
  return { ok: true, value: mix }
}

/** A model name in a file that names no model of the price book, with the rows naming it. */
export interface UnmatchedModel {
  name: string
  rows: number[]
}

/**
 * Every model name of the mix cells (`cells`, with their row numbers) that `find` does not know,
 * in the order first met, with the first spelling met.
 */
export function unmatchedModels(cells: readonly { row: number; text: string }[], find: FindModel): UnmatchedModel[] {
  const byKey = new Map<string, UnmatchedModel>()
  for (const { row, text } of cells) {
    if (text.trim() === '') continue
    const split = mixParts(text, find)
    if (!split.ok) continue
    for (const { name } of split.parts) {
      if (name === '' || find(name) !== null) continue
      const key = modelKey(name)
      const entry = byKey.get(key) ?? { name, rows: [] }
      if (entry.rows.at(-1) !== row) entry.rows.push(row)
      byKey.set(key, entry)
    }
  }
  return [...byKey.values()]
}

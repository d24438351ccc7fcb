import type { ColumnMapping } from './previewSchema'
import { FIELD_BY_ID, IMPORT_FIELDS } from './fields'

/** Header names that could reach an object's prototype if used as keys; never mapped. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * A header reduced to letters and digits, lower case: "Cache hit rate", "cache_hit_rate",
 * "CacheHitRate" and "usage.cacheHitRate"'s leaf all become "cachehitrate". "/" reads as "per" and
 * "yr"/"mo" as "year"/"month", so "Queries / user / mo" matches "queries per user per month".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\//g, ' per ')
    .replace(/\byr\b/g, 'year')
    .replace(/\bmo\b/g, 'month')
    .replace(/[^a-z0-9]+/g, '')
}

/**
 * Words a planning sheet adds that do not change which field a header names: "Avg input tokens",
 * "Monthly users", "Cache hit %", "Estimated number of users", "User growth rate".
 */
const FILLER_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'avg',
  'average',
  'mean',
  'typical',
  'expected',
  'estimated',
  'est',
  'approx',
  'approximate',
  'number',
  'no',
  'num',
  'count',
  'total',
  'monthly',
  'yearly',
  'annual',
  'rate',
  'share',
  'percent',
  'percentage',
  'pct',
])

/** "queries" -> "query", "users" -> "user"; applied alike to headers and spellings, so it need not be English. */
const singular = (word: string): string =>
  word.length > 4 && word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.length > 3 && word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word

/**
 * A looser key for headers that match no spelling exactly: words in the singular, filler words and
 * a unit in brackets ("(USD)", "(%)") left out, and a trailing "per month"/"per year" dropped, so
 * "Avg input tokens", "Prompts per user" and "Platform cost (USD) per month" find their field.
 */
function looseHeader(header: string): string {
  const words = header
    .normalize('NFKC')
    .replace(/\([^)\s]{1,4}\)/g, ' ')
    .replace(/%/g, ' percent ')
    .replace(/#/g, ' number ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/\//g, ' per ')
    .replace(/\byr\b/g, 'year')
    .replace(/\bmo\b/g, 'month')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && !FILLER_WORDS.has(w))
    .map(singular)
  while (words.length > 2 && words.at(-2) === 'per' && (words.at(-1) === 'month' || words.at(-1) === 'year'))
    words.splice(-2, 2)
  return words.join(' ')
}

/** Every spelling of every field under a key function -> field id. Earlier fields win a shared spelling. */
function spellings(key: (text: string) => string): ReadonlyMap<string, string> {
  const map = new Map<string, string>()
  const add = (text: string, id: string) => {
    const k = key(text)
    if (k && !map.has(k)) map.set(k, id)
  }
  // Exact ids and labels first, so a synonym of one field never takes another's own name.
  for (const f of IMPORT_FIELDS) {
    add(f.id, f.id)
    add(f.label, f.id)
  }
  for (const f of IMPORT_FIELDS) {
    add(f.id.split('.').at(-1) ?? f.id, f.id)
    for (const s of f.synonyms) add(s, f.id)
  }
  return map
}

const SPELLINGS = spellings(normaliseHeader)
const LOOSE_SPELLINGS = spellings(looseHeader)

const isForbiddenHeader = (header: string): boolean => FORBIDDEN_KEYS.has(header.trim())

/** The field a header names (exactly, else by its loose key), or null. */
export function matchHeader(header: string): string | null {
  if (isForbiddenHeader(header)) return null
  return SPELLINGS.get(normaliseHeader(header)) ?? LOOSE_SPELLINGS.get(looseHeader(header)) ?? null
}

/** Suggested field per column; a field goes to the first column naming it, later ones stay unmapped. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>()
  return headers.map((h) => {
    const id = matchHeader(h)
    if (id === null || taken.has(id)) return null
    taken.add(id)
    return id
  })
}

export interface MappingCheck {
  /** The mapping cut or padded to the headers, unknown/forbidden entries removed. */
  mapping: ColumnMapping
  /** Problems that block an import (a required field unmapped, a field mapped twice, an unknown field). */
  problems: { column: number | null; field: string; rule: string; message: string }[]
  warnings: string[]
}

const columnName = (headers: readonly string[], i: number): string =>
  `column ${i + 1}${headers[i] ? ` ("${headers[i]}")` : ''}`

/** Checks a mapping (given or suggested) against the headers and the importable fields. */
export function checkMapping(headers: readonly string[], mapping: ColumnMapping): MappingCheck {
  const problems: MappingCheck['problems'] = []
  const warnings: string[] = []
  const firstColumn = new Map<string, number>()
  const out: ColumnMapping = headers.map((header, i) => {
    const id = mapping[i] ?? null
    if (isForbiddenHeader(header)) {
      warnings.push(`${columnName(headers, i)} is ignored: "${header.trim()}" is not allowed as a column name.`)
      return null
    }
    if (id === null) {
      if (header !== '') warnings.push(`${columnName(headers, i)} is not imported (not mapped to a field).`)
      return null
    }
    const field = FIELD_BY_ID.get(id)
    if (!field) {
      problems.push({
        column: i,
        field: id,
        rule: 'is not a field an import can fill',
        message: `${columnName(headers, i)} is mapped to "${id}", which is not a field an import can fill.`,
      })
      return null
    }
    const earlier = firstColumn.get(id)
    if (earlier !== undefined) {
      problems.push({
        column: i,
        field: id,
        rule: 'is mapped from two columns',
        message: `${field.label} is mapped from two columns: ${columnName(headers, earlier)} and ${columnName(headers, i)}. Map it once.`,
      })
      return null
    }
    firstColumn.set(id, i)
    return id
  })
  if (mapping.length > headers.length)
    warnings.push(
      `The mapping names ${mapping.length} columns; the file has ${headers.length}. The extra entries are ignored.`,
    )
  for (const f of IMPORT_FIELDS) {
    if (f.required && !firstColumn.has(f.id)) {
      problems.push({
        column: null,
        field: f.id,
        rule: 'must be mapped to a column',
        message: `No column is mapped to ${f.label}, which every initiative needs. Add a "${f.label}" column or map one to it.`,
      })
    }
  }
  return { mapping: out, problems, warnings }
}

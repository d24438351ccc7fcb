import type { Portfolio } from '../model/portfolio'
import { type ValidationIssue, type Validated, validatePortfolio } from '../model/validation'
import { FORMAT_NAME, MAX_JSON_CHARS } from './envelope'
import { FORMAT_VERSION, migrateToCurrent } from './migrations'

/** Why a document was refused; lets callers map it to an error code (bad_file, newer_version...). */
type FormatProblem = 'too_large' | 'not_json' | 'not_portfolio' | 'newer_version' | 'invalid'

export type ReadResult =
  { ok: true; value: Portfolio; fromVersion: number } | { ok: false; problem: FormatProblem; issues: ValidationIssue[] }

/** Keys that could reach an object's prototype if a consumer merged the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function fileIssue(field: string, rule: string): ValidationIssue {
  return { path: [], field, entity: 'File', rule, message: `File: ${field} ${rule}` }
}

function refuse(problem: FormatProblem, field: string, rule: string): ReadResult {
  return { ok: false, problem, issues: [fileIssue(field, rule)] }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 60)}"`
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 60)
}

/**
 * Reads a portfolio JSON document of any version up to FORMAT_VERSION: drops a UTF-8 byte-order
 * mark, refuses oversize text, ignores `__proto__`/`constructor`/`prototype` keys, checks the
 * envelope, migrates older versions and validates the result with every rule of the model.
 */
export function readPortfolioJson(text: string): ReadResult {
  if (text.length > MAX_JSON_CHARS) {
    return refuse('too_large', '(size)', `must be at most ${MAX_JSON_CHARS / (1024 * 1024)} MB of text`)
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  let raw: unknown
  try {
    raw = JSON.parse(body, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
  } catch (e) {
    return refuse('not_json', '(content)', `must be valid JSON (${e instanceof Error ? e.message : String(e)})`)
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('not_portfolio', '(content)', 'must be a JSON object { "format", "version", "portfolio" }')
  }
  const doc = raw as Record<string, unknown>
  if (doc.format !== FORMAT_NAME) {
    return refuse('not_portfolio', 'format', `must be "${FORMAT_NAME}" (found ${describe(doc.format)})`)
  }
  const version = doc.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('not_portfolio', 'version', `must be a whole number from 1 (found ${describe(version)})`)
  }
  if (version > FORMAT_VERSION) {
    return refuse(
      'newer_version',
      'version',
      `is ${version}, newer than this app reads (up to ${FORMAT_VERSION}): update Gen AI Portfolio Planner to open it`,
    )
  }
  if (!('portfolio' in doc)) return refuse('not_portfolio', 'portfolio', 'must be present')
  const checked = validatePortfolio(migrateToCurrent(doc.portfolio, version))
  return checked.ok
    ? { ok: true, value: checked.value, fromVersion: version }
    : { ok: false, problem: 'invalid', issues: checked.issues }
}

/** readPortfolioJson as a plain Validated result. */
export function parsePortfolioJson(text: string): Validated<Portfolio> {
  const r = readPortfolioJson(text)
  return r.ok ? { ok: true, value: r.value } : { ok: false, issues: r.issues }
}

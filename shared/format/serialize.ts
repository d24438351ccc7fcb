import { finiteOrThrow } from '../model/finiteNumber'
import type { Portfolio } from '../model/portfolio'
import { FORMAT_NAME } from './envelope'
import { FORMAT_VERSION } from './migrations'

/**
 * Copies a JSON-like value with object keys sorted, so equal portfolios serialize to equal text.
 * JSON has no NaN or Infinity (JSON.stringify would write null): such a number stops the write.
 */
function sortedKeys(value: unknown, path: string): unknown {
  if (typeof value === 'number') return finiteOrThrow(value, path)
  if (Array.isArray(value)) return value.map((v, i) => sortedKeys(v, `${path}.${i}`))
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort())
      out[key] = sortedKeys((value as Record<string, unknown>)[key], `${path}.${key}`)
    return out
  }
  return value
}

/**
 * The portfolio as a version-stamped JSON document: envelope keys first (format, version,
 * portfolio), every object's keys in sorted order, 2-space indent, trailing newline. Numbers are
 * written at full precision: rounding is for display only.
 */
export function serializePortfolio(portfolio: Portfolio): string {
  const document = { format: FORMAT_NAME, version: FORMAT_VERSION, portfolio: sortedKeys(portfolio, 'portfolio') }
  return `${JSON.stringify(document, null, 2)}\n`
}

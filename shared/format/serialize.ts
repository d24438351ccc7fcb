import type { Portfolio } from '../model/portfolio'
import { FORMAT_NAME } from './envelope'
import { FORMAT_VERSION } from './migrations'

/** Copies a JSON-like value with object keys sorted, so equal portfolios serialize to equal text. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys)
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) out[key] = sortedKeys((value as Record<string, unknown>)[key])
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
  const document = { format: FORMAT_NAME, version: FORMAT_VERSION, portfolio: sortedKeys(portfolio) }
  return `${JSON.stringify(document, null, 2)}\n`
}

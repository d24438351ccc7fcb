import type { ActualsFormat, AttributionKey } from './line'
import type { AttributionRule } from './stored'

/** An initiative's part of a line (null: Unallocated), as a fraction of 1. */
export interface RulePart {
  initiativeId: string | null
  share: number
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
  return new RegExp(`^${escaped}$`, 's')
}

const validIn = (rule: AttributionRule, month: string): boolean =>
  (rule.validFrom === null || rule.validFrom <= month) && (rule.validTo === null || rule.validTo >= month)

/**
 * The rules compiled once: `partsOf` gives the initiatives a line goes to. The first rule (in the
 * list's order) whose source, key type, pattern and months fit the line decides which pattern
 * applies; every rule of that same source, key type and pattern valid in the month then takes its
 * share, and what the shares leave goes to Unallocated. No rule fitting: null.
 */
export class RuleSet {
  private readonly compiled: { rule: AttributionRule; pattern: RegExp; group: string }[]

  constructor(rules: readonly AttributionRule[]) {
    this.compiled = rules.map((rule) => ({
      rule,
      pattern: globToRegExp(rule.pattern),
      group: `${rule.source}\u001f${rule.keyType}\u001f${rule.pattern.toLowerCase()}`,
    }))
  }

  partsOf(line: {
    month: string
    keys: readonly AttributionKey[]
    lineage: { format: ActualsFormat }
  }): RulePart[] | null {
    const fits = (c: (typeof this.compiled)[number]): boolean =>
      (c.rule.source === 'any' || c.rule.source === line.lineage.format) &&
      validIn(c.rule, line.month) &&
      line.keys.some((k) => k.type === c.rule.keyType && c.pattern.test(k.value.toLowerCase()))
    const first = this.compiled.find(fits)
    if (!first) return null
    const parts: RulePart[] = []
    let taken = 0
    for (const c of this.compiled) {
      if (c.group !== first.group || !validIn(c.rule, line.month)) continue
      const share = c.rule.sharePercent / 100
      const existing = parts.find((p) => p.initiativeId === c.rule.initiativeId)
      if (existing) existing.share += share
      else parts.push({ initiativeId: c.rule.initiativeId, share })
      taken += share
    }
    if (taken < 1 - 1e-12) parts.push({ initiativeId: null, share: 1 - taken })
    return parts
  }
}

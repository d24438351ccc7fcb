import type { Cell } from '../imports/table'

/**
 * Field names compared as exports vary them: "BilledCost", "billed_cost", "lineItem/UnblendedCost"
 * and "line_item_unblended_cost" each reduce to letters and digits in lower case.
 */
export const normaliseName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '')

/** A source record, from a CSV row or a JSON object, read by field name. */
export interface Fields {
  /** The value of the first of these fields present and not empty, or undefined. */
  get(name: string, alternative?: string, another?: string): unknown
  /** Whether any of these fields exists in the record (even empty). */
  has(...names: string[]): boolean
}

/** Text trimmed, without copying text that has no space at either end (most cells). */
export const trimmed = (v: string): string =>
  v.length > 0 && (v.charCodeAt(0) <= 32 || v.charCodeAt(v.length - 1) <= 32) ? v.trim() : v

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === ''

/** A CSV or XLSX row under its header: column positions are found once per name and reused per row. */
export class RowFields implements Fields {
  private readonly byName = new Map<string, number>()
  private readonly memo = new Map<string, number>()
  cells: readonly Cell[] = []

  constructor(readonly headers: readonly string[]) {
    headers.forEach((h, i) => {
      const key = normaliseName(h)
      if (key !== '' && !this.byName.has(key)) this.byName.set(key, i)
    })
  }

  column(name: string): number {
    let at = this.memo.get(name)
    if (at === undefined) {
      at = this.byName.get(normaliseName(name)) ?? -1
      this.memo.set(name, at)
    }
    return at
  }

  get(name: string, alternative?: string, another?: string): unknown {
    const v = this.cell(name)
    if (v !== undefined || alternative === undefined) return v
    const w = this.cell(alternative)
    return w !== undefined || another === undefined ? w : this.cell(another)
  }

  private cell(name: string): unknown {
    const at = this.column(name)
    if (at < 0) return undefined
    const v = this.cells[at]
    if (typeof v !== 'string') return v
    const t = trimmed(v)
    return t === '' ? undefined : t
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.column(n) >= 0)
  }
}

/** A JSON object read by field name, exact names first and normalised names after. */
export class ObjectFields implements Fields {
  private normalised: Map<string, unknown> | null = null

  constructor(readonly object: Readonly<Record<string, unknown>>) {}

  private lookup(name: string): unknown {
    if (Object.hasOwn(this.object, name)) return this.object[name]
    if (!this.normalised) {
      this.normalised = new Map()
      for (const [k, v] of Object.entries(this.object)) {
        const key = normaliseName(k)
        if (!this.normalised.has(key)) this.normalised.set(key, v)
      }
    }
    return this.normalised.get(normaliseName(name))
  }

  get(name: string, alternative?: string, another?: string): unknown {
    for (const n of [name, alternative, another]) {
      if (n === undefined) continue
      const v = this.lookup(n)
      if (!isEmpty(v)) return typeof v === 'string' ? trimmed(v) : v
    }
    return undefined
  }

  has(...names: string[]): boolean {
    return names.some((n) => this.lookup(n) !== undefined)
  }
}

/** Whether a set of headers names every one of these fields (normalised). */
export function hasAll(headers: ReadonlySet<string>, names: readonly string[]): boolean {
  return names.every((n) => headers.has(normaliseName(n)))
}

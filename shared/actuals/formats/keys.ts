import type { AttributionKey, AttributionKeyType } from '../line'
import type { ValueReader } from '../values'

/** Collects a record's attribution keys, skipping empty values and naming over-long ones. */
export class KeyList {
  readonly keys: AttributionKey[] = []

  constructor(private readonly values: ValueReader) {}

  add(type: AttributionKeyType, value: unknown, field: string): this {
    const v = this.values.keyValue(value, field)
    if (v !== null) this.keys.push({ type, value: v })
    return this
  }

  /** Each entry of a tag map as "key=value" (a tag without a value as its key alone). */
  tags(map: Readonly<Record<string, unknown>> | null, field: string, type: AttributionKeyType = 'tag'): this {
    if (!map) return this
    for (const [k, v] of Object.entries(map)) {
      const value = v === null || v === undefined || v === '' ? k : typeof v === 'object' ? null : `${k}=${String(v)}`
      if (value !== null) this.add(type, value, field)
    }
    return this
  }

  /** Each of a list of tags as written ("initiative:claims-triage", "env=prod"). */
  list(values: readonly string[] | null, field: string, type: AttributionKeyType = 'tag'): this {
    for (const v of values ?? []) this.add(type, v, field)
    return this
  }

  with(extra: readonly AttributionKey[] | undefined): AttributionKey[] {
    return extra && extra.length > 0 ? [...this.keys, ...extra] : this.keys
  }
}

import { describe, expect, it } from 'vitest'
import { mergeImport } from '../../../shared/actuals/merge'
import { readActualsText, type ActualsRead } from '../../../shared/actuals/readActuals'
import { costOf, readSample } from './readSample'

/** Re-importing overlapping periods replaces stored days instead of adding to them. */

const HEAD =
  'BillingAccountId,ProviderName,ChargePeriodStart,ChargeCategory,BilledCost,BillingCurrency,ServiceName,SkuMeter,ConsumedQuantity,ConsumedUnit,Tags'
function focusFile(rows: [day: string, cost: string, tag: string][]): ActualsRead {
  const text = [
    HEAD,
    ...rows.map(
      ([day, cost, tag]) =>
        `acct,Google Cloud,${day},Usage,${cost},USD,Vertex AI,Gemini 2.5 Flash Input Tokens,1,1K Tokens,"{""initiative"":""${tag}""}"`,
    ),
  ].join('\n')
  const r = readActualsText(text)
  if (!r.ok) throw new Error(r.message)
  return r
}
const empty = { lines: [], replacedDays: 0, addedDays: 0 }

describe('mergeImport', () => {
  it('importing the same file twice gives the lines of importing it once', () => {
    const file = readSample('focus-google-cloud.csv')
    const once = mergeImport([], file)
    const twice = mergeImport(once.lines, file)
    expect(twice.lines).toEqual(once.lines)
    expect(costOf(twice.lines)).toBe(817.65)
    expect(twice.replacedDays).toBe(once.addedDays)
  })

  it('a restated day replaces the old one, and a row gone from the restatement goes too', () => {
    const first = focusFile([
      ['2026-01-10', '1.00', 'a'],
      ['2026-01-11', '2.00', 'a'],
      ['2026-01-11', '5.00', 'b'],
      ['2026-01-12', '3.00', 'a'],
    ])
    const restated = focusFile([
      ['2026-01-11', '2.50', 'a'],
      ['2026-01-12', '3.25', 'a'],
      ['2026-01-13', '4.00', 'a'],
    ])
    const stored = mergeImport(mergeImport([], first).lines, restated)
    const a = stored.lines.find((l) => l.keys.some((k) => k.value === 'initiative=a'))
    expect(a?.lineage.days.map((d) => [d.day, d.cost])).toEqual([
      ['2026-01-10', 1],
      ['2026-01-11', 2.5],
      ['2026-01-12', 3.25],
      ['2026-01-13', 4],
    ])
    expect(a?.cost).toBe(10.75)
    // Tag b's only day (the 11th) is covered by the restatement, which no longer has it.
    expect(stored.lines.some((l) => l.keys.some((k) => k.value === 'initiative=b'))).toBe(false)
    expect(stored.replacedDays).toBe(3)
  })

  it('leaves other formats and scopes alone', () => {
    const gcp = readSample('focus-google-cloud.csv')
    const azure = readSample('focus-azure.csv')
    const usage = readSample('openai-usage.json')
    const stored = mergeImport(mergeImport(mergeImport([], gcp).lines, azure).lines, usage)
    expect(stored.lines).toHaveLength(gcp.lines.length + azure.lines.length + usage.lines.length)
    expect(stored.replacedDays).toBe(0)
    expect(mergeImport(empty.lines, { lines: [], coverage: [] })).toEqual(empty)
  })
})

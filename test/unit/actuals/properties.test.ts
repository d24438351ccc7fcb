import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { moneyFromText, moneyToNumber, scaledInteger } from '../../../shared/actuals/decimal'
import { mergeImport } from '../../../shared/actuals/merge'
import { readActualsText } from '../../../shared/actuals/readActuals'
import { parseUnit } from '../../../shared/actuals/units'

/** Invariants of unit conversion, money and the roll-up, over generated inputs. */

describe('unit conversion', () => {
  it('a count written in blocks of 10^k is the whole count, exactly (no float drift)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(0, 3, 6),
        (whole, decimals, k) => {
          // A quantity such as 12.345 of "1K Tokens": whole / 10^decimals blocks.
          const text =
            decimals === 0
              ? String(whole)
              : `${Math.floor(whole / 10 ** decimals)}.${String(whole % 10 ** decimals).padStart(decimals, '0')}`
          const tokens = scaledInteger(text, k)
          const exact = (BigInt(whole) * 10n ** BigInt(k)) / 10n ** BigInt(decimals)
          const remainder = (BigInt(whole) * 10n ** BigInt(k)) % 10n ** BigInt(decimals)
          if (remainder === 0n) expect(tokens).toBe(exact)
          else expect(tokens === exact || tokens === exact + 1n).toBe(true)
        },
      ),
    )
  })

  it('every block unit names its power of ten, however it is written', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 3, 6),
        fc.constantFrom('Tokens', 'tokens', 'token'),
        fc.boolean(),
        (k, word, short) => {
          const block = k === 0 ? '' : short ? (k === 3 ? '1K ' : '1M ') : `${10 ** k} `
          expect(parseUnit(`${block}${word}`)).toEqual({ exponent: k, counts: 'tokens' })
        },
      ),
    )
  })
})

describe('money', () => {
  it('cents read as text come back as the literal amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 11), max: 10 ** 11 }), (cents) => {
        const text = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`
        expect(moneyToNumber(moneyFromText(text) ?? 0n)).toBe(Number(text))
        // The same amount written in cents with the cost report's shift of -2.
        expect(moneyToNumber(moneyFromText(String(cents), -2) ?? 0n)).toBe(Number(text))
      }),
    )
  })
})

const HEAD =
  'BillingAccountId,ProviderName,ChargePeriodStart,ChargeCategory,BilledCost,BillingCurrency,ServiceName,SkuMeter,ConsumedQuantity,ConsumedUnit,Tags'
const dayArb = fc.record({ month: fc.integer({ min: 1, max: 3 }), day: fc.integer({ min: 1, max: 28 }) })
const rowArb = fc.record({
  at: dayArb,
  cents: fc.integer({ min: -50_000, max: 5_000_000 }),
  tokens: fc.integer({ min: 0, max: 10 ** 7 }),
  tag: fc.constantFrom('a', 'b', 'c'),
  kind: fc.constantFrom('Input', 'Output'),
})
type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never

const dayOf = (r: Row): string => `2026-0${r.at.month}-${String(r.at.day).padStart(2, '0')}`
const centsText = (c: number): string =>
  `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`
const fileOf = (rows: readonly Row[]): string =>
  [
    HEAD,
    ...rows.map(
      (r) =>
        `acct,Google Cloud,${dayOf(r)},Usage,${centsText(r.cents)},USD,Vertex AI,Gemini ${r.kind} Tokens,${r.tokens},Tokens,"{""t"":""${r.tag}""}"`,
    ),
  ].join('\n')

function read(rows: readonly Row[]) {
  const r = readActualsText(fileOf(rows))
  if (!r.ok) throw new Error(r.message)
  return r
}
const toCents = (v: number): number => Math.round(v * 100)

describe('roll-up', () => {
  it('the monthly lines sum to the daily rows, exactly in cents, per month and in all', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), (rows) => {
        const r = read(rows)
        for (const month of ['2026-01', '2026-02', '2026-03']) {
          const expectedCents = rows.filter((x) => dayOf(x).startsWith(month)).reduce((a, x) => a + x.cents, 0)
          const lineCents = r.lines.filter((l) => l.month === month).reduce((a, l) => a + toCents(l.cost ?? 0), 0)
          expect(lineCents).toBe(expectedCents)
          const tokens = rows.filter((x) => dayOf(x).startsWith(month)).reduce((a, x) => a + x.tokens, 0)
          expect(
            r.lines
              .filter((l) => l.month === month)
              .reduce((a, l) => a + (l.tokens.uncachedInput ?? 0) + (l.tokens.output ?? 0), 0),
          ).toBe(tokens)
        }
        for (const l of r.lines)
          expect(toCents(l.cost ?? 0)).toBe(l.lineage.days.reduce((a, d) => a + toCents(d.cost ?? 0), 0))
      }),
      { numRuns: 60 },
    )
  })

  it('rows in any order give the same lines', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 40 }), fc.infiniteStream(fc.nat()), (rows, picks) => {
        const shuffled = [...rows]
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = (picks.next().value as number) % (i + 1)
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as Row, shuffled[i] as Row]
        }
        const strip = (lines: ReturnType<typeof read>['lines']) =>
          lines.map((l) => ({
            ...l,
            lineage: { ...l.lineage, days: l.lineage.days.map((d) => ({ ...d, sourceRow: 0 })) },
          }))
        expect(strip(read(shuffled).lines)).toEqual(strip(read(rows).lines))
      }),
      { numRuns: 40 },
    )
  })

  it('importing a file twice, or a later file over it, never doubles: the result is the later file where it covers', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 30 }),
        fc.array(rowArb, { minLength: 1, maxLength: 30 }),
        (first, second) => {
          const a = read(first)
          const b = read(second)
          const once = mergeImport([], a)
          expect(mergeImport(once.lines, a).lines).toEqual(once.lines)
          const both = mergeImport(once.lines, b).lines
          const cover = b.coverage[0] as { from: string; to: string }
          const kept = first.filter((x) => dayOf(x) < cover.from || dayOf(x) > cover.to)
          const expected = kept.reduce((s, x) => s + x.cents, 0) + second.reduce((s, x) => s + x.cents, 0)
          expect(both.reduce((s, l) => s + toCents(l.cost ?? 0), 0)).toBe(expected)
        },
      ),
      { numRuns: 50 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { amountOrTyped, percentOrTyped } from '../../../../shared/imports/numberText'
import type { ModelPrice, PriceBookModel } from '../../../../shared/model'
import { datedPrices, nextPriceAfter, priceInForce } from '../../../../renderer/src/features/priceBook/priceInForce'
import {
  modelIdFrom,
  parsePriceText,
  priceBookRefusal,
  withPriceField,
} from '../../../../renderer/src/features/priceBook/priceEdits'

const price = (effectiveFrom: string, inputPerM: number | null): ModelPrice => ({
  effectiveFrom,
  inputPerM,
  cachedInputPerM: null,
  cacheWritePerM: null,
  outputPerM: 8,
  batchDiscount: 0.5,
  longContext: null,
  source: `list ${effectiveFrom}`,
})

// Stored out of order on purpose: the selection must not depend on the order of the list.
const model: PriceBookModel = {
  id: 'm',
  provider: 'P',
  name: 'M',
  prices: [price('2027-07-01', 1), price('2025-04-14', 2), price('2026-01-01', null)],
}

describe('price in force for display', () => {
  it('is the latest dated price on or before the date', () => {
    expect(priceInForce(model, '2026-11-28')?.price.effectiveFrom).toBe('2026-01-01')
    expect(priceInForce(model, '2026-11-28')?.index).toBe(2)
    expect(priceInForce(model, '2027-07-01')?.price.inputPerM).toBe(1)
    expect(priceInForce(model, '2025-04-14')?.price.inputPerM).toBe(2)
  })

  it('is none before the first dated price and for a model without prices (unpriced, not 0)', () => {
    expect(priceInForce(model, '2025-04-13')).toBeNull()
    expect(priceInForce({ ...model, prices: [] }, '2026-01-01')).toBeNull()
  })

  it('keeps an unknown price unknown', () => {
    expect(priceInForce(model, '2026-06-30')?.price.inputPerM).toBeNull()
  })

  it('finds the next published change and lists prices oldest first', () => {
    expect(nextPriceAfter(model, '2026-11-28')?.price.effectiveFrom).toBe('2027-07-01')
    expect(nextPriceAfter(model, '2027-07-01')).toBeNull()
    expect(datedPrices(model).map((p) => [p.price.effectiveFrom, p.index])).toEqual([
      ['2025-04-14', 1],
      ['2026-01-01', 2],
      ['2027-07-01', 0],
    ])
  })
})

describe('price edits', () => {
  it('reads an empty price or "unpriced" as unknown, numbers as numbers, and passes other text on for the API to refuse', () => {
    expect(parsePriceText('')).toBeNull()
    expect(parsePriceText(' Unpriced ')).toBeNull()
    expect(parsePriceText('$1,250.5')).toBe(1250.5)
    expect(parsePriceText('0')).toBe(0)
    expect(parsePriceText('cheap')).toBe('cheap')
    expect(percentOrTyped('50%')).toBe(0.5)
    expect(percentOrTyped('x')).toBe('x')
  })

  it('reads prices, shares and token counts with the one number reader, as the grid does', () => {
    // A decimal comma was read as 15 by dropping the comma; it goes to the API as typed now, to be refused.
    expect(parsePriceText('1,5')).toBe('1,5')
    expect(parsePriceText('€2.5')).toBe(2.5)
    expect(parsePriceText('USD 0.15')).toBe(0.15)
    // Number() read hexadecimal: "0x10" was a price of 16.
    expect(parsePriceText('0x10')).toBe('0x10')
    // A percentage is no price.
    expect(parsePriceText('12%')).toBe('12%')
    expect(percentOrTyped('50')).toBe(0.5)
    expect(percentOrTyped(' 12.5 % ')).toBe(0.125)
    expect(percentOrTyped('0,5')).toBe('0,5')
    expect(amountOrTyped('128,000')).toBe(128_000)
    expect(amountOrTyped('128k')).toBe(128_000)
    expect(amountOrTyped('lots')).toBe('lots')
  })

  it('changes one field of one dated price and nothing else', () => {
    const next = withPriceField(model, 1, 'outputPerM', 3.2)
    expect(next.prices[1]?.outputPerM).toBe(3.2)
    expect(next.prices[0]).toBe(model.prices[0])
    expect(model.prices[1]?.outputPerM).toBe(8)
  })

  it('makes a model id from provider and name that is not taken', () => {
    expect(modelIdFrom('OpenAI', 'GPT-4.1 mini', new Set())).toBe('openai-gpt-4-1-mini')
    expect(modelIdFrom('OpenAI', 'GPT-4.1 mini', new Set(['openai-gpt-4-1-mini']))).toBe('openai-gpt-4-1-mini-2')
  })
})

describe('price-book refusals', () => {
  it('name the price field by its label, long-context tier fields included', () => {
    const error = {
      message: 'whole',
      issues: [
        { field: 'model.prices.1.outputPerM', rule: 'must be zero or more' },
        { field: 'model.prices.1.longContext.inputPerM', rule: 'must be a number' },
      ],
    }
    expect(priceBookRefusal(error)).toBe(
      'Output price: must be zero or more; Long-context input price: must be a number',
    )
    expect(priceBookRefusal({ message: 'Cannot delete model' })).toBe('Cannot delete model')
  })
})

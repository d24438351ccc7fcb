import { describe, expect, it } from 'vitest'
import { gridCsv } from '../../../../shared/exports/gridCsv'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { computePortfolio } from '../../../../shared/engine'
import { buildRows, buildTotalRow } from '../../../../renderer/src/features/costGrid/rows'
import type { FormatContext } from '../../../../renderer/src/features/costGrid/fieldKinds'
import {
  ALL_GRID_COLUMNS,
  gridTable,
  inputCell,
  resultCell,
} from '../../../../renderer/src/features/exportImport/gridTable'
import { parseCsv } from './parseCsv'

const portfolio = samplePortfolio()
const results = computePortfolio(portfolio)
const ctx: FormatContext = {
  currency: 'USD',
  startMonth: portfolio.settings.startMonth,
  modelNames: new Map(portfolio.priceBook.map((m) => [m.id, m.name])),
}
const rows = buildRows(portfolio.initiatives, results)

describe('the cost grid as CSV cells', () => {
  it('keeps the given columns in order, titled as in the grid, and drops ids the grid does not know', () => {
    const t = gridTable(rows, ['result.cost', 'name', 'no.such.column', 'usage.cacheHitRate'], ctx)
    expect(t.columns).toEqual(['Horizon cost', 'Initiative', 'Cache hit rate'])
    expect(t.rows).toHaveLength(portfolio.initiatives.length)
  })

  it('takes figures from the engine at full precision and inputs as the model holds them', () => {
    const t = gridTable(rows, ['name', 'usage.cacheHitRate', 'usage.launchMonth', 'result.cost', 'result.npv'], ctx)
    const support = t.rows.find((r) => r[0] === 'Support deflection assistant')
    const engine = results.byId.get('support-deflection')
    // Cache hit rate 50% is the share 0.5; launch month -4 from 2026-01 is 2025-09.
    expect(support).toEqual(['Support deflection assistant', 0.5, '2025-09', engine?.totals.cost, engine?.totals.npv])
    expect(typeof support?.[3]).toBe('number')
  })

  it('writes a payback month as its calendar month, or Not reached', () => {
    expect(resultCell('payback', 0, ctx)).toBe('2026-01')
    expect(resultCell('payback', 14, ctx)).toBe('2027-03')
    expect(resultCell('payback', null, ctx)).toBe('Not reached')
  })

  it('names unpriced models and joins flag messages; an empty list is an empty field', () => {
    const model = portfolio.priceBook[0]
    expect(resultCell('unpriced', [model?.id, 'ghost-model'], ctx)).toBe(`${model?.name ?? ''}, ghost-model`)
    expect(resultCell('flags', ['Review overdue', 'No metric'], ctx)).toBe('Review overdue; No metric')
    expect(resultCell('unpriced', [], ctx)).toBeNull()
    expect(resultCell('money', null, ctx)).toBeNull()
    expect(resultCell('money', Number.NaN, ctx)).toBeNull()
  })

  it('writes stage and value type as their labels and leaves empty what is empty', () => {
    expect(inputCell('stage', 'scaling', ctx)).toBe('Scaling')
    expect(inputCell('valueType', 'cost_savings', ctx)).toBe('Cost savings')
    expect(inputCell('money', undefined, ctx)).toBeNull()
    expect(inputCell('text', '=HYPERLINK("x")', ctx)).toBe('=HYPERLINK("x")')
  })

  it('leaves out the pinned total row', () => {
    const t = gridTable([...rows, buildTotalRow(results, portfolio.initiatives)], ['name'], ctx)
    expect(t.rows.map((r) => r[0])).toEqual(portfolio.initiatives.map((i) => i.name))
  })

  it('as CSV text: every figure reads back as the same double, text is neutralised', () => {
    const t = gridTable(rows, ALL_GRID_COLUMNS, ctx)
    const parsed = parseCsv(gridCsv(t.columns, t.rows))
    expect(parsed[0]).toEqual(t.columns)
    const costAt = t.columns.indexOf('Horizon cost')
    parsed.slice(1).forEach((record, i) => {
      const id = portfolio.initiatives[i]?.id ?? ''
      expect(Number(record[costAt])).toBe(results.byId.get(id)?.totals.cost)
    })
    const evil = gridTable(
      buildRows([{ ...(portfolio.initiatives[0] as (typeof portfolio.initiatives)[0]), name: '=1+2' }], results),
      ['name'],
      ctx,
    )
    expect(parseCsv(gridCsv(evil.columns, evil.rows))[1]).toEqual(["'=1+2"])
  })
})

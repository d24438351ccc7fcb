import { describe, expect, it } from 'vitest'
import { computePortfolio } from '../../../shared/engine'
import { TORNADO_DRIVERS } from '../../../shared/engine/scenarios'
import { driverFormula, type DriverCells } from '../../../shared/exports/formulas'
import { INPUT_FIELDS } from '../../../shared/exports/inputFields'
import { PORTFOLIO_LINES, PROJECTION_LINES } from '../../../shared/exports/projectionLines'
import { IMPORT_FIELDS } from '../../../shared/imports/fields'
import { Costs } from '../../../shared/model'
import {
  COST_DRIVERS,
  COST_INPUTS,
  COST_LEVER_DRIVERS,
  DRIVERS,
  DRIVER_COLOURS,
  DRIVER_LABELS,
} from '../../../shared/model/drivers'
import { Lever } from '../../../shared/model/scenario'
import { DRIVER_COLORS } from '../../../renderer/src/charts/palette'
import { INPUT_COLUMNS_BY_ID } from '../../../renderer/src/features/costGrid/columnSpecs'
import { initiative, portfolio } from '../engine/fixtures'

/**
 * Every declared cost driver reaches every place that lists drivers or their inputs: a driver
 * added to shared/model/drivers and missing anywhere fails here, naming the place.
 */
describe('every declared cost driver reaches every place', () => {
  const result = computePortfolio(portfolio({ initiatives: [initiative()] }))

  it.each(COST_DRIVERS.map((d) => [d.id, d] as const))(
    '%s: results, labels, colours, exports, levers, tornado',
    (id, d) => {
      expect(DRIVERS).toContain(id)
      expect(DRIVER_LABELS[id]).toBe(d.label)
      expect(DRIVER_COLOURS[id]).toMatch(/^#[0-9a-f]{6}$/)
      expect(DRIVER_COLORS[id]).toBe(d.colour)
      expect(result.series.cost[id]).toHaveLength(result.months)
      expect(result.initiatives[0]?.series.cost[id]).toHaveLength(result.months)
      expect(typeof result.totals.costByDriver[id]).toBe('number')
      expect(PROJECTION_LINES.map((l) => l.key)).toContain(id)
      expect(PORTFOLIO_LINES.map((l) => l.key)).toContain(id)
      if (d.lever) {
        expect(COST_LEVER_DRIVERS).toContain(id)
        const lever = { id: 'l', kind: 'cost', driver: id, amount: -0.5, timing: { kind: 'from', month: 0 } }
        expect(Lever.safeParse({ ...lever, scope: { kind: 'portfolio' } }).success).toBe(true)
      }
      if (d.tornado) expect(TORNADO_DRIVERS.map((b) => b.key)).toContain(d.tornado.bar.key)
      if (d.cost.kind === 'schedule') {
        const inputs = Object.fromEntries(INPUT_FIELDS.map((f) => [f.key, `$${f.key}`]))
        const cells = { m: 'M', queries: 'Q', inputs } as unknown as DriverCells
        const formula = driverFormula(id, cells)
        for (const name of Object.keys(d.inputs)) expect(formula).toContain(`$${name}`)
      }
    },
  )

  it.each(COST_INPUTS.map((c) => [c.name, c] as const))('input %s: schema, grid, import, export', (name, c) => {
    expect(Object.keys(Costs.shape)).toContain(name)
    expect(INPUT_COLUMNS_BY_ID.get(`costs.${name}`)?.header).toBe(c.input.label)
    expect(IMPORT_FIELDS.find((f) => f.id === `costs.${name}`)?.label).toBe(c.input.label)
    expect(INPUT_FIELDS.find((f) => f.key === name)?.label).toBe(c.input.title ?? c.input.label)
    // Inputs added after files were first written read as their default; the others are required.
    const absent = Costs.shape[name].safeParse(undefined)
    expect(absent.success).toBe(c.input.addedLater === true)
    if (absent.success) expect(absent.data).toBe(c.input.default)
  })
})

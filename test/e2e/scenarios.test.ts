/**
 * Scenarios in the browser: a scenario created in the UI with a lever changes the comparison
 * table and the tornado (figures checked against the engine run here on the portfolio read back
 * from the file), its creation is undone and redone with the keyboard and the header, and it is
 * still there after a reload. Also: a refused lever shows its field and rule and saves nothing.
 */
import { describe, expect, it } from 'vitest'
import { formatMoney } from '../../renderer/src/format'
import { compareScenarios, runScenario, tornado } from '../../shared/engine/scenarios'
import { compilePortfolio } from '../../shared/engine'
import type { Portfolio } from '../../shared/model'
import type { Scenario } from '../../shared/model/scenario'
import { appPerTest } from './harness'

const SAMPLE_COUNT = 4

describe('scenarios view in the browser', () => {
  const app = appPerTest()

  async function portfolio(): Promise<Portfolio> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return r.data.portfolio
  }
  async function scenarios(): Promise<Scenario[]> {
    return (await portfolio()).scenarios ?? []
  }
  const openScenarios = async () => {
    await app.page.locator('.nav__item', { hasText: 'Scenarios' }).first().click()
    await app.page.locator('[data-view="scenarios"] .kpi-table').waitFor()
  }
  const cell = (key: string, caseId: string) =>
    app.page.locator(`.kpi-table tr[data-kpi="${key}"] td[data-case="${caseId}"] .kpi-table__value`)
  const tornadoSummary = () => app.page.getByTestId('tornado-summary').innerText()
  const volumeAmount = async () => {
    const lever = (await scenarios()).at(-1)?.levers[0]
    return lever?.kind === 'volume' ? lever.amount : null
  }

  /** In the UI: a new scenario (“Scenario 1”), a volume lever on it, set to -50%. Three undo steps. */
  async function scenarioWithHalfTheUsers(): Promise<Scenario> {
    const page = app.page
    await page.getByRole('button', { name: 'New scenario' }).click()
    // It starts by naming it: the suggested name is selected, Enter creates it.
    await page.getByLabel('Name the new scenario').press('Enter')
    await expect.poll(async () => (await scenarios()).length).toBe(SAMPLE_COUNT + 1)
    await page.locator('.lever-editor h2', { hasText: 'Scenario 1' }).waitFor()
    // A volume lever: users -50% from month 0, on the whole portfolio.
    await page.locator('.lever-editor__add select').selectOption('volume')
    await page.getByRole('button', { name: 'Add lever' }).click()
    await expect.poll(async () => (await scenarios()).at(-1)?.levers.length).toBe(1)
    const amount = page.locator('.lever[data-lever-kind="volume"] input[aria-label="Change"]')
    await amount.fill('-50')
    await amount.press('Enter')
    await expect.poll(volumeAmount).toBe(-0.5)
    return (await scenarios()).at(-1) as Scenario
  }

  it('a scenario created with a lever shows in the table and the tornado with the engine figures', async () => {
    const page = app.page
    await openScenarios()
    // The first sample scenario is open: its tornado is shown.
    const sampleTornado = await tornadoSummary()
    expect(sampleTornado).toContain('Model prices -50% over 12 months')

    const created = await scenarioWithHalfTheUsers()
    expect(created.name).toBe('Scenario 1')

    // The table's NPV and horizon cost for the new column are the engine's on what the file holds.
    const p = await portfolio()
    const comparison = compareScenarios(p, [created.id])
    const npv = comparison.portfolio.rows.find((r) => r.key === 'npv')?.values ?? []
    const cost = comparison.portfolio.rows.find((r) => r.key === 'cost')?.values ?? []
    expect(npv[1]).not.toBe(npv[0])
    const currency = p.settings.currency
    await expect.poll(() => cell('npv', created.id).innerText()).toBe(formatMoney(npv[1] ?? 0, currency))
    expect(await cell('npv', 'baseline').innerText()).toBe(formatMoney(npv[0] ?? 0, currency))
    expect(await cell('cost', created.id).innerText()).toBe(formatMoney(cost[1] ?? 0, currency))

    // The tornado now shows the new scenario, as the engine computes it (±20%).
    const saved = (await scenarios()).at(-1) as Scenario
    const run = runScenario(p, compilePortfolio(p), saved)
    const t = tornado(run.compiled, 0.2, null, run.result)
    const top = t.bars[0]
    if (!top) throw new Error('no tornado bars')
    const expected = `NPV ${formatMoney(t.center, currency)} in “Scenario 1”. Largest swing: ${top.label}, from ${formatMoney(top.low, currency)} (down) to ${formatMoney(top.high, currency)} (up).`
    await expect.poll(tornadoSummary).toBe(expected)
    expect(expected).not.toBe(sampleTornado)

    // A narrower move: ±10%.
    const percent = page.locator('.tornado-panel__percent')
    await percent.fill('10')
    await percent.press('Enter')
    const t10 = tornado(run.compiled, 0.1, null, run.result)
    const top10 = t10.bars[0]
    if (!top10) throw new Error('no tornado bars')
    await expect
      .poll(tornadoSummary)
      .toContain(`from ${formatMoney(top10.low, currency)} (down) to ${formatMoney(top10.high, currency)} (up).`)
  })

  it('a refused lever shows its field and rule and the file keeps the last valid lever', async () => {
    const page = app.page
    await openScenarios()
    await scenarioWithHalfTheUsers()
    const amount = page.locator('.lever[data-lever-kind="volume"] input[aria-label="Change"]')
    await amount.fill('-150')
    await amount.press('Enter')
    await expect(page.locator('.lever[data-lever-kind="volume"] .lever__issue').innerText()).resolves.toBe(
      'amount must be -100% or more',
    )
    expect(await volumeAmount()).toBe(-0.5)
    // Correcting it clears the message.
    await amount.fill('-50')
    await amount.press('Enter')
    await expect.poll(() => page.locator('.lever__issue').count()).toBe(0)
  })

  it('undoes the lever edits and the creation with Ctrl+Z, and redoes them from the header', async () => {
    const page = app.page
    await openScenarios()
    await scenarioWithHalfTheUsers()
    // Focus outside any text field, so Ctrl+Z is the app's undo.
    await page.locator('.scenarios-view .view__title').click()
    // Steps: create, add lever, set -50%.
    const undo = page.getByRole('button', { name: 'Undo', exact: true })
    const labels: string[] = []
    for (let i = 0; i < 3; i++) {
      labels.push((await undo.getAttribute('title')) ?? '')
      await page.keyboard.press('Control+z')
      await expect.poll(() => undo.getAttribute('title')).not.toBe(labels.at(-1))
    }
    expect(labels).toEqual([
      'Undo Edit lever (Scenario 1) (Ctrl+Z)',
      'Undo Add lever (Scenario 1) (Ctrl+Z)',
      'Undo Add scenario “Scenario 1” (Ctrl+Z)',
    ])
    await expect.poll(async () => (await scenarios()).length).toBe(SAMPLE_COUNT)
    await expect.poll(() => page.locator('.scenario-list__item[data-scenario="Scenario 1"]').count()).toBe(0)

    const redo = page.getByRole('button', { name: 'Redo', exact: true })
    for (let i = 0; i < 3; i++) {
      await redo.click()
      await expect.poll(async () => (await scenarios()).length).toBe(SAMPLE_COUNT + 1)
    }
    await expect.poll(volumeAmount).toBe(-0.5)
  })

  it('after a reload the scenario and its lever are still there, in the list and the table', async () => {
    const page = app.page
    await openScenarios()
    const created = await scenarioWithHalfTheUsers()
    await page.reload()
    await openScenarios()
    const item = page.locator('.scenario-list__item[data-scenario="Scenario 1"]')
    await item.waitFor()
    await item.locator('.scenario-list__name').click()
    await page.locator('.lever[data-lever-kind="volume"]').waitFor()
    expect(await page.locator('.lever[data-lever-kind="volume"] input[aria-label="Change"]').inputValue()).toBe('-50')
    const npv = compareScenarios(await portfolio(), [created.id]).portfolio.rows.find((r) => r.key === 'npv')
    expect(await cell('npv', created.id).innerText()).toBe(formatMoney(npv?.values[1] ?? 0, 'USD'))
  })

  it('renames, moves and deletes from the keyboard; Ctrl+Z brings the deleted scenario back in place', async () => {
    const page = app.page
    await openScenarios()
    await page.getByRole('button', { name: 'New scenario' }).click()
    // It starts by naming it: the suggested name is selected, Enter creates it.
    await page.getByLabel('Name the new scenario').press('Enter')
    await expect.poll(async () => (await scenarios()).length).toBe(SAMPLE_COUNT + 1)
    const name = page.locator('.scenario-list__item[data-scenario="Scenario 1"] .scenario-list__name')
    await name.focus()
    await page.keyboard.press('F2')
    const field = page.locator('.scenario-list__rename')
    await field.fill('Half the users')
    await field.press('Enter')
    await expect.poll(async () => (await scenarios()).at(-1)?.name).toBe('Half the users')

    const moved = page.locator('.scenario-list__item[data-scenario="Half the users"] .scenario-list__name')
    await moved.focus()
    await page.keyboard.press('Alt+ArrowUp')
    await expect.poll(async () => (await scenarios())[SAMPLE_COUNT - 1]?.name).toBe('Half the users')

    const before = await scenarios()
    await page.locator('.scenario-list__item[data-scenario="Half the users"] .scenario-list__name').focus()
    await page.keyboard.press('Delete')
    await expect.poll(async () => (await scenarios()).length).toBe(SAMPLE_COUNT)
    // The focus moves to the next scenario, so the keyboard can carry on.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-scenario-id') ?? null))
      .toBe('scenario-half-adoption')
    await page.locator('.scenarios-view .view__title').click()
    await page.keyboard.press('Control+z')
    await expect.poll(scenarios).toEqual(before)
    expect(app.errors).toEqual([])
  })
})

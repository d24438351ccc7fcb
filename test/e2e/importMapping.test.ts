/**
 * Import mapping as a new user meets it (browser mode, Chromium): a planning sheet's own headers
 * ("Monthly users", "Prompts per user", "Avg input tokens") match fields by themselves; a model the
 * price book does not know is chosen in the dialog; the preview notes a row without users; the
 * imported initiatives have their usage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForGrid } from './grid'
import { launchApp, type RunningApp } from './harness'

const PLAN = [
  'Use case,Monthly users,Prompts per user,Avg input tokens,Avg output tokens,Model',
  'Claims summariser,1200,30,1800,350,gpt-4o-mini',
  'Policy Q&A,800,12,2400,500,claude sonnet 4.5',
  'Broker triage,,40,900,120,GPT-4o Mini',
  '',
].join('\r\n')

describe('import mapping (browser mode)', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await launchApp()
    await waitForGrid(app.page)
  })
  afterAll(async () => app?.close())

  it('matches common headers, maps an unknown model in the dialog, notes the row without users, imports', async () => {
    const page = app.page
    await page.getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import' })
    await dialog.getByLabel('File to import').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(PLAN, 'utf8'),
    })
    await dialog.getByRole('table', { name: 'Column mapping' }).waitFor()
    const field = (header: string) => dialog.getByLabel(`Field for column ${header}`).inputValue()
    await expect(field('Use case')).resolves.toBe('name')
    await expect(field('Monthly users')).resolves.toBe('usage.targetUsers')
    await expect(field('Prompts per user')).resolves.toBe('usage.queriesPerUserPerMonth')
    await expect(field('Avg input tokens')).resolves.toBe('usage.inputTokensPerQuery')
    await expect(field('Avg output tokens')).resolves.toBe('usage.outputTokensPerQuery')
    await expect(field('Model')).resolves.toBe('usage.modelMix')

    // "claude sonnet 4.5" is the price book's "Claude Sonnet 4.5"; "gpt-4o-mini" is not in it, in either spelling.
    const models = dialog.getByRole('table', { name: 'Model mapping' })
    await models.waitFor()
    await expect(models.locator('tbody tr').count()).resolves.toBe(1)
    await expect(models.locator('tbody tr th').innerText()).resolves.toBe('gpt-4o-mini')
    await dialog.getByRole('button', { name: 'Preview rows' }).click()
    await expect
      .poll(() => dialog.locator('tr[data-row="2"] .xio-problems').innerText(), { timeout: 20_000 })
      .toContain('Model mix must name a model in the price book (unknown model "gpt-4o-mini")')
    // The problem is read beside its row number, without "Row 2:" repeated.
    await expect(dialog.locator('tr[data-row="2"] .xio-problems').innerText()).resolves.not.toContain('Row 2')
    await expect(dialog.getByRole('button', { name: 'Import 3 initiatives' }).isDisabled()).resolves.toBe(true)

    await dialog.getByLabel('Model for gpt-4o-mini').selectOption({ label: 'GPT-4.1 mini' })
    await expect
      .poll(() => dialog.getByTestId('import-counts').innerText(), { timeout: 20_000 })
      .toMatch(/3 rows read: 3 ready/)
    await expect(dialog.locator('.xio-warning').allInnerTexts()).resolves.toContainEqual(
      expect.stringContaining('Row 4: no users'),
    )
    await page.screenshot({ path: '/tmp/shots/importMapping-preview.png' })
    await dialog.getByRole('button', { name: 'Import 3 initiatives' }).click()
    await expect
      .poll(() => dialog.getByRole('status').innerText(), { timeout: 20_000 })
      .toContain('Imported 3 initiatives')
    await dialog.getByRole('button', { name: 'Close' }).click()

    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    const added = r.data.portfolio.initiatives.slice(-3)
    expect(
      added.map((i) => [i.name, i.usage.targetUsers, i.usage.queriesPerUserPerMonth, i.usage.modelMix[0]?.modelId]),
    ).toEqual([
      ['Claims summariser', 1200, 30, 'openai:gpt-4.1-mini'],
      ['Policy Q&A', 800, 12, 'anthropic:claude-sonnet-4.5'],
      ['Broker triage', 0, 40, 'openai:gpt-4.1-mini'],
    ])
    expect(app.errors).toEqual([])
  }, 90_000)
})

/** Driving the non-grid views in a page: open them through the navigation as a person does. */
import type { Page } from 'playwright-core'

export async function openView(
  page: Page,
  label: 'Overview' | 'Price book' | 'Cost pools' | 'Cost model' | 'Actuals',
): Promise<void> {
  await page.locator('.nav__item', { hasText: label }).first().click()
}

/** Opens an initiative's detail: from the overview's top list, then the initiative picker. */
export async function openInitiative(page: Page, id: string, name: string): Promise<void> {
  await openView(page, 'Overview')
  await page.locator('[data-view="overview"] .link-button').first().click()
  await page.locator('#detail-picker').selectOption(id)
  await page.locator('[data-view="initiative"] h1', { hasText: name }).waitFor()
}

export async function unitCell(page: Page, key: string): Promise<string> {
  return (await page.locator(`[data-unit="${key}"]`).innerText()).trim()
}

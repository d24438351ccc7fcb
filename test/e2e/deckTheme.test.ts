/**
 * The deck theme in Chromium against the real server and file: company name, a logo uploaded from
 * the page (its bytes, no path), a colour typed as #RRGGBB, a refused image, the theme applied to
 * the downloaded deck, and undo back to no theme. Each test starts from its own copy of the sample
 * and edits the theme in the page itself.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type { DeckTheme, Portfolio } from '../../shared/model'
import { sampleLogoPng } from '../fixtures/pngImage'
import { appPerTest } from './harness'

const PANEL = '[aria-label="Deck theme"]'
const SHOTS = '/tmp/shots'

describe('the deck theme in the browser', () => {
  const app = appPerTest({ viewport: { width: 1280, height: 900 } }, async (page) => {
    await page.locator('.nav__item', { hasText: 'Overview' }).first().click()
    await page.locator(PANEL).scrollIntoViewIfNeeded()
  })
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true })
  })

  async function theme(): Promise<DeckTheme | null> {
    const r = await app.call('portfolio:get', {})
    if (!r.ok) throw new Error(r.error.message)
    return (r.data.portfolio as Portfolio).settings.deckTheme ?? null
  }

  /** Company name, logo, accent, a refused primary colour and then a good one, each saved before the next. */
  async function editTheme(): Promise<void> {
    const panel = app.page.locator(PANEL)
    expect(await theme()).toBeNull()

    const company = panel.locator('input[data-field="deckTheme.companyName"]')
    await company.fill('Northwind Group plc')
    await company.press('Enter')
    await expect.poll(async () => (await theme())?.companyName).toBe('Northwind Group plc')

    const logo = sampleLogoPng()
    await panel.getByLabel('Logo image').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo })
    await expect.poll(async () => (await theme())?.logo).toBe(logo.toString('base64'))
    await panel.getByRole('img', { name: 'Logo for the deck' }).waitFor()

    const accent = panel.locator('input[data-field="deckTheme.accentColor"]')
    await accent.fill('e4572e')
    await accent.press('Enter')
    await expect.poll(async () => (await theme())?.accentColor).toBe('#E4572E')

    const primary = panel.locator('input[data-field="deckTheme.primaryColor"]')
    await primary.fill('navy')
    await primary.press('Enter')
    await expect.poll(() => panel.getByRole('alert').first().innerText()).toContain('#RRGGBB')
    await primary.fill('#0B3C49')
    await primary.press('Enter')
    await expect.poll(async () => (await theme())?.primaryColor).toBe('#0B3C49')
  }

  it('saves a company name, an uploaded logo and a colour, and refuses an image that is not PNG or JPEG', async () => {
    await editTheme()
    const panel = app.page.locator(PANEL)
    const logo = sampleLogoPng()
    await panel
      .getByLabel('Logo image')
      .setInputFiles({ name: 'logo.gif', mimeType: 'image/png', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') })
    await expect.poll(() => panel.getByRole('alert').first().innerText()).toContain('must be a PNG or JPEG image')
    expect((await theme())?.logo).toBe(logo.toString('base64'))
    await panel.screenshot({ path: `${SHOTS}/deck-theme-panel.png` })
  })

  it('applies the theme to the downloaded deck', async () => {
    await editTheme()
    const page = app.page
    await page.getByRole('button', { name: 'Export…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export' })
    await dialog.waitFor()
    await dialog.getByLabel('Board deck (.pptx)').check()
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Export' }).click(),
    ])
    const zip = await JSZip.loadAsync(readFileSync(await file.path()))
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'))
    const images = await Promise.all(
      media.map(async (n) => Buffer.from(await (zip.file(n)?.async('uint8array') ?? new Uint8Array()))),
    )
    expect(images.some((b) => b.equals(sampleLogoPng()))).toBe(true)
    expect(await zip.file('ppt/slides/slide1.xml')?.async('string')).toContain('Northwind Group plc')
    await dialog.getByRole('button', { name: 'Close' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('undoes each change in turn, back to no theme', async () => {
    await editTheme()
    const page = app.page
    await page.locator(`${PANEL} h2`).click()
    for (let step = 0; step < 4; step++) await page.keyboard.press('Control+z')
    await expect.poll(theme).toBeNull()
    await page.locator(PANEL).getByText('No logo').waitFor()
  })
})

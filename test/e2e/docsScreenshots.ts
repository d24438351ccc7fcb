/**
 * Screenshots of every view on the sample portfolio at 1280×800 (light), for looking at the app as
 * its user does and for the README's images. Needs a built renderer (`npx electron-vite build`).
 *
 *   npx tsx test/e2e/docsScreenshots.ts /tmp/shots/after        # every view into a folder
 *   npx tsx test/e2e/docsScreenshots.ts docs --readme           # refresh docs/screenshot*.png
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { waitForGrid } from './grid'
import { launchApp } from './harness'

const IMPORT_CSV = [
  'Initiative,Owner,Monthly users,Prompts per user,Avg input tokens,Avg output tokens,Model,Cache hit rate',
  'Claims summariser,Ana Ruiz,1200,30,1800,350,gpt-4o-mini,25%',
  'Policy Q&A,Ben Okafor,800,12,2400,500,Claude Sonnet 4,140%',
  'Broker email triage,Chen Li,2500,40,900,120,Gemini Flash,10%',
  '',
].join('\r\n')

type Shot = { file: string; readme?: string; take(page: Page): Promise<void> }

async function nav(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: label }).click()
}

/** Fonts loaded and two frames drawn (with reduced motion the charts draw at once). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}

const SHOTS: Shot[] = [
  { file: 'grid.png', readme: 'screenshot.png', take: async (page) => waitForGrid(page) },
  { file: 'overview.png', readme: 'screenshot-overview.png', take: (page) => nav(page, 'Overview') },
  {
    file: 'scenarios.png',
    readme: 'screenshot-scenarios.png',
    take: async (page) => {
      await nav(page, 'Scenarios')
      // The comparison, the tornado and the waterfall come from the engine's worker.
      await page.locator('.comparison[data-comparison="done"]').waitFor()
      await page.getByTestId('tornado-summary').waitFor()
      await page.getByTestId('waterfall-sentence').waitFor()
    },
  },
  { file: 'matrix.png', readme: 'screenshot-matrix.png', take: (page) => nav(page, 'Decision matrix') },
  { file: 'governance.png', readme: 'screenshot-governance.png', take: (page) => nav(page, 'Governance') },
  { file: 'budget.png', readme: 'screenshot-budget.png', take: (page) => nav(page, 'Budget') },
  { file: 'price-book.png', take: (page) => nav(page, 'Price book') },
  { file: 'cost-pools.png', take: (page) => nav(page, 'Cost pools') },
  {
    file: 'initiative.png',
    async take(page) {
      await nav(page, 'Overview')
      await page.locator('[data-view="overview"] .link-button').first().click()
      await page.locator('[data-view="initiative"] h1').waitFor()
    },
  },
  {
    file: 'import.png',
    readme: 'screenshot-import.png',
    async take(page) {
      await page.getByRole('button', { name: 'Import…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Import' })
      await dialog.getByLabel('File to import').setInputFiles({
        name: 'initiatives.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(IMPORT_CSV, 'utf8'),
      })
      await dialog.getByRole('table', { name: 'Column mapping' }).waitFor()
    },
  },
  {
    file: 'import-preview.png',
    async take(page) {
      const dialog = page.getByRole('dialog', { name: 'Import' })
      await dialog.getByRole('button', { name: 'Preview rows' }).click()
      await dialog.getByTestId('import-counts').waitFor()
    },
  },
]

async function main(): Promise<void> {
  const [outDir = '/tmp/shots/views', flag] = process.argv.slice(2)
  const readme = flag === '--readme'
  mkdirSync(outDir, { recursive: true })
  const app = await launchApp({ viewport: { width: 1280, height: 800 } })
  try {
    const page = app.page
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await waitForGrid(page)
    for (const shot of SHOTS) {
      if (readme && !shot.readme) continue
      await shot.take(page)
      await settle(page)
      const file = readme ? (shot.readme ?? shot.file) : shot.file
      await page.screenshot({ path: join(outDir, file) })
      console.log(join(outDir, file))
    }
    if (app.errors.length > 0) console.error(app.errors.join('\n'))
  } finally {
    await app.close()
  }
}

await main()

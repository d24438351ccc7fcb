import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { appPerTest } from '../harness'
import { openView } from './viewsPage'

const TITLE = 'Portfolio cost by driver and value'

describe('exporting a chart (PNG at 2x and SVG)', () => {
  const app = appPerTest({}, (page) => openView(page, 'Overview'))

  async function download(format: 'PNG' | 'SVG'): Promise<{ name: string; bytes: Buffer }> {
    const card = app.page.getByRole('region', { name: TITLE })
    const [file] = await Promise.all([
      app.page.waitForEvent('download'),
      card.getByRole('button', { name: format }).click(),
    ])
    const path = await file.path()
    return { name: file.suggestedFilename(), bytes: readFileSync(path) }
  }

  it('saves a PNG twice the size of the chart on screen', async () => {
    const host = app.page.getByRole('region', { name: TITLE }).getByTestId('echart-host')
    const box = await host.evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }))
    const { name, bytes } = await download('PNG')
    expect(name).toBe('portfolio-cost-by-driver-and-value.png')
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    expect(bytes.readUInt32BE(16)).toBe(box.width * 2)
    expect(bytes.readUInt32BE(20)).toBe(box.height * 2)
  })

  it('saves an SVG document of the same chart', async () => {
    const { name, bytes } = await download('SVG')
    expect(name).toBe('portfolio-cost-by-driver-and-value.svg')
    const text = bytes.toString('utf8')
    expect(text.startsWith('<svg')).toBe(true)
    expect(text).toContain('Model inference')
    expect(text).toContain('Jan 2026')
  })
})

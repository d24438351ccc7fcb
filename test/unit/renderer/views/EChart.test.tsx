// @vitest-environment jsdom
import { act, cleanup, fireEvent, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EChart, type ChartHostElement } from '../../../../renderer/src/charts/EChart'
import type { ChartOption } from '../../../../renderer/src/charts/echartsCore'

const option: ChartOption = {
  animation: false,
  legend: {},
  xAxis: { type: 'category', data: ['Jan 2027', 'Feb 2027', 'Mar 2027'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', name: 'Model inference', data: [10, 20, 30] },
    { type: 'line', name: 'Value', data: [5, 15, 25] },
  ],
}

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('EChart with the SVG renderer', () => {
  it('renders its series as SVG: one bar per month, the line, and the legend names', () => {
    const { container } = render(<EChart title="Cost" option={option} renderer="svg" width={480} height={300} />)
    const svg = container.querySelector('[data-testid="echart-host"] svg')
    expect(svg).not.toBeNull()
    const text = svg?.textContent ?? ''
    expect(text).toContain('Model inference')
    expect(text).toContain('Value')
    expect(text).toContain('Feb 2027')
    // Bars are drawn as closed rectangles "M x y l w 0 l 0 -h ..."; their heights follow 10 : 20 : 30.
    const heights = [...(svg?.querySelectorAll('path') ?? [])]
      .map((p) => /^M[\d.]+ [\d.]+l[\d.]+ 0l0 -([\d.]+)l/.exec(p.getAttribute('d') ?? '')?.[1])
      .filter((h): h is string => h !== undefined)
      .map(Number)
    expect(heights).toHaveLength(3)
    const [h1 = 0, h2 = 0, h3 = 0] = heights
    expect(h2 / h1).toBeCloseTo(2, 3)
    expect(h3 / h1).toBeCloseTo(3, 3)
    // The line series: one path through three points.
    const line = [...(svg?.querySelectorAll('path') ?? [])].find((p) =>
      /^M[\d.]+ [\d.]+L[\d.]+ [\d.]+L[\d.]+ [\d.]+$/.test(p.getAttribute('d') ?? ''),
    )
    expect(line).toBeDefined()
  })

  it('replaces the series when the option changes (a driver that disappears leaves the chart)', () => {
    const { container, rerender } = render(
      <EChart title="Cost" option={option} renderer="svg" width={480} height={300} />,
    )
    const next: ChartOption = { ...option, series: [{ type: 'line', name: 'Only value', data: [1, 2, 3] }] }
    rerender(<EChart title="Cost" option={next} renderer="svg" width={480} height={300} />)
    const text = container.querySelector('svg')?.textContent ?? ''
    expect(text).toContain('Only value')
    expect(text).not.toContain('Model inference')
  })

  it('exports the chart as an SVG file through a download link', async () => {
    const blobs: Blob[] = []
    const created = vi.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:chart'
    })
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() })
    const clicks: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    const { getByText } = render(
      <EChart title="Monthly cost by driver" option={option} renderer="svg" width={480} height={300} />,
    )
    await act(async () => {
      fireEvent.click(getByText('SVG'))
    })
    expect(clicks).toEqual(['monthly-cost-by-driver.svg'])
    expect(blobs).toHaveLength(1)
    expect(blobs[0]?.type).toBe('image/svg+xml')
    const svgText = await blobs[0]?.text()
    expect(svgText?.startsWith('<svg')).toBe(true)
    expect(svgText).toContain('Model inference')
  })

  it('disposes its instance on unmount', () => {
    let instance: { isDisposed(): boolean } | null = null
    const { unmount } = render(
      <EChart title="Cost" option={option} renderer="svg" width={480} height={300} onReady={(c) => (instance = c)} />,
    )
    expect(instance).not.toBeNull()
    unmount()
    expect((instance as { isDisposed(): boolean } | null)?.isDisposed()).toBe(true)
  })
})

describe('EChart and reduced motion', () => {
  const moving: ChartOption = { ...option, animation: true, tooltip: { trigger: 'item' } }

  const original = Object.getOwnPropertyDescriptor(window, 'matchMedia')
  afterEach(() => {
    if (original) Object.defineProperty(window, 'matchMedia', original)
    else delete (window as { matchMedia?: unknown }).matchMedia
  })

  /** A system that prefers reduced motion (or not), as matchMedia reports it (jsdom has no matchMedia). */
  function prefersReducedMotion(reduce: boolean): void {
    const matchMedia = (query: string) =>
      ({
        matches: reduce && query === '(prefers-reduced-motion: reduce)',
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList
    Object.defineProperty(window, 'matchMedia', { configurable: true, writable: true, value: matchMedia })
  }

  const shown = (container: HTMLElement) => {
    const host = container.querySelector<ChartHostElement>('[data-testid="echart-host"]')
    const live = host?.chart?.getOption() as { animation?: boolean; tooltip?: { transitionDuration?: number }[] }
    return { animation: live.animation, transition: live.tooltip?.[0]?.transitionDuration }
  }

  it('draws with no animation and no tooltip glide when the system asks for reduced motion', () => {
    prefersReducedMotion(true)
    const { container } = render(<EChart title="Cost" option={moving} renderer="svg" width={480} height={300} />)
    expect(shown(container)).toEqual({ animation: false, transition: 0 })
  })

  it('keeps the option’s own animation otherwise, and its host holds the live instance', () => {
    prefersReducedMotion(false)
    const { container } = render(<EChart title="Cost" option={moving} renderer="svg" width={480} height={300} />)
    expect(shown(container).animation).toBe(true)
    expect(shown(container).transition).not.toBe(0)
  })
})

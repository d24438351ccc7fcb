import { useEffect, useRef, type ReactNode } from 'react'
import { exportChart, type ExportFormat } from './chartExport'
import { echarts, type ChartOption, type ChartRenderer } from './echartsCore'
import { useReducedMotion, withoutMotion } from './motion'
import { exportBackground } from './palette'
import { chartTheme } from './themes'
import { useColorScheme } from './useColorScheme'
import './charts.css'

export interface EChartProps {
  /** Heading of the chart card; also names exported files. */
  title: string
  option: ChartOption
  /** 'canvas' on screen; 'svg' where there is no canvas (jsdom tests) or for crisp vector output. */
  renderer?: ChartRenderer
  height?: number
  /** Fixed width in pixels; by default the chart fills its card and follows its size. */
  width?: number
  /** Show the PNG / SVG export buttons. */
  exportable?: boolean
  /** Extra controls placed in the card's header, left of the export buttons. */
  actions?: ReactNode
  /** Notes under the chart (unpriced months, empty data). */
  footer?: ReactNode
  /** Called with the live instance after each option update; for tests and for callers that add events. */
  onReady?: (chart: echarts.ECharts) => void
}

/**
 * The chart's host element holds its live instance, so tools outside React (the end-to-end tests)
 * take positions from the chart itself (convertToPixel) instead of recomputing its layout.
 */
export interface ChartHostElement extends HTMLDivElement {
  chart?: echarts.ECharts
}

/** A chart card: title, export buttons, and an ECharts instance sized to the card. */
export function EChart({
  title,
  option,
  renderer = 'canvas',
  height = 300,
  width,
  exportable = true,
  actions,
  footer,
  onReady,
}: EChartProps) {
  const hostRef = useRef<ChartHostElement>(null)
  const chartRef = useRef<echarts.ECharts | null>(null)
  const scheme = useColorScheme()
  const theme = chartTheme(scheme)
  const reduceMotion = useReducedMotion()

  useEffect(() => {
    const host = hostRef.current
    if (!host) return
    // A new instance per theme: setTheme() with a registered name left axis colours unchanged (ECharts 6.1).
    const chart = echarts.init(host, theme, { renderer, height, ...(width === undefined ? {} : { width }) })
    chartRef.current = chart
    host.chart = chart
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => chart.resize()) : null
    observer?.observe(host)
    return () => {
      observer?.disconnect()
      chart.dispose()
      chartRef.current = null
      delete host.chart
    }
  }, [renderer, height, width, theme])

  useEffect(() => {
    const chart = chartRef.current
    if (!chart) return
    // notMerge: a series that disappears (a driver with no cost) must leave the chart.
    const shown = { backgroundColor: 'transparent', ...option }
    chart.setOption(reduceMotion ? withoutMotion(shown) : shown, { notMerge: true })
    onReady?.(chart)
  }, [option, onReady, renderer, height, width, theme, reduceMotion])

  const onExport = (format: ExportFormat) => {
    const chart = chartRef.current
    if (!chart) return
    exportChart(chart, format, title, { isSvg: renderer === 'svg', theme, background: exportBackground(scheme) })
  }

  return (
    <section className="chart-card" aria-label={title}>
      <header className="chart-card__header">
        <h3 className="chart-card__title">{title}</h3>
        <div className="chart-card__actions">
          {actions}
          {exportable && (
            <>
              <button
                type="button"
                className="chart-card__export"
                onClick={() => onExport('png')}
                title="Download as PNG (2x)"
              >
                PNG
              </button>
              <button
                type="button"
                className="chart-card__export"
                onClick={() => onExport('svg')}
                title="Download as SVG"
              >
                SVG
              </button>
            </>
          )}
        </div>
      </header>
      <div ref={hostRef} className="chart-card__canvas" style={{ height }} data-testid="echart-host" />
      {footer && <div className="chart-card__footer">{footer}</div>}
    </section>
  )
}

/**
 * Per-chart export: PNG at twice the on-screen resolution and SVG. A canvas chart has
 * no SVG of its own, so SVG export renders the same option once more with the SVG renderer in
 * server-side mode, at the chart's size, and disposes that instance at once.
 */
import { echarts, type ChartOption } from './echartsCore'

export type ExportFormat = 'png' | 'svg'

/** A file name from a chart title: letters, digits and dashes only. */
function exportFileName(title: string, format: ExportFormat): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `${base || 'chart'}.${format}`
}

/** Saves a blob through a temporary <a download> link; the object URL is released afterwards. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Some browsers read the URL after click() returns; release it on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',')
  const header = dataUrl.slice(0, comma)
  const body = dataUrl.slice(comma + 1)
  const type = /data:([^;,]+)/.exec(header)?.[1] ?? 'application/octet-stream'
  if (header.endsWith(';base64')) {
    const bin = atob(body)
    const bytes = new Uint8Array(bin.length)
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
    return new Blob([bytes], { type })
  }
  return new Blob([decodeURIComponent(body)], { type })
}

/** PNG of the chart at 2x, on the chart's background so dark charts stay legible. */
function chartPngBlob(chart: echarts.ECharts, background: string): Blob {
  return dataUrlToBlob(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: background }))
}

/** SVG text of the chart: its own SVG when it renders SVG, else a one-off SVG rendering of its option. */
function chartSvgString(chart: echarts.ECharts, isSvg: boolean, theme: string): string {
  if (isSvg) return chart.renderToSVGString()
  const copy = echarts.init(null, theme, {
    renderer: 'svg',
    ssr: true,
    width: chart.getWidth(),
    height: chart.getHeight(),
  })
  try {
    const option = chart.getOption() as ChartOption
    copy.setOption({ ...option, animation: false })
    return copy.renderToSVGString()
  } finally {
    copy.dispose()
  }
}

export function exportChart(
  chart: echarts.ECharts,
  format: ExportFormat,
  title: string,
  opts: { isSvg: boolean; theme: string; background: string },
): void {
  const blob =
    format === 'png'
      ? chartPngBlob(chart, opts.background)
      : new Blob([chartSvgString(chart, opts.isSvg, opts.theme)], { type: 'image/svg+xml' })
  downloadBlob(blob, exportFileName(title, format))
}

import { currencySymbol } from '../../../shared/display'

/**
 * Value axes a board reads: a few round ticks ($0, $5M, $10M) instead of the renderer's choice
 * ("60,000,000"), with the number format written as an Office format code so the labels are the
 * same in PowerPoint and LibreOffice, and stay right when someone edits the chart's data.
 */
export interface ValueAxis {
  min: number
  max: number
  step: number
  /** Office number format code of the tick labels, e.g. "$"#,##0.0,,"M". */
  formatCode: string
}

const STEPS = [1, 2, 2.5, 5, 10]

/** The smallest round step (1, 2, 2.5 or 5 × 10^k) that covers `span` in at most `maxTicks` intervals. */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1
  const raw = span / maxTicks
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const s of STEPS) if (s * power >= raw * (1 - 1e-12)) return s * power
  return 10 * power
}

/** Decimals needed to write multiples of `step` exactly: 2.5 -> 1, 0.25 -> 2, 5 -> 0. */
export function decimalsOf(step: number): number {
  for (let d = 0; d < 12; d++) if (Math.abs(Math.round(step * 10 ** d) - step * 10 ** d) < 1e-6) return d
  return 12
}

/** Round ticks covering every value and zero. */
export function niceScale(values: readonly number[], maxTicks = 6): { min: number; max: number; step: number } {
  const finite = values.filter(Number.isFinite)
  const lo = Math.min(0, ...finite)
  const hi = Math.max(0, ...finite)
  if (lo === hi) return { min: 0, max: 1, step: 1 }
  const step = niceStep(hi - lo, maxTicks)
  return { min: Math.floor(lo / step + 1e-9) * step, max: Math.ceil(hi / step - 1e-9) * step, step }
}

const quote = (s: string): string => `"${s.replace(/"/g, '')}"`

/** A format code with positive, negative (with a true minus sign, as the app writes money) and zero sections. */
function sections(prefix: string, number: string, suffix: string): string {
  const s = suffix === '' ? '' : quote(suffix)
  const p = prefix === '' ? '' : quote(prefix)
  return `${p}${number}${s};${quote(`−${prefix}`)}${number}${s};${p}0`
}

/** Thousands separator, then the decimals a step needs. */
const digits = (decimals: number): string => (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0')

/**
 * Money ticks in short form: $500K, $1.5M, $2B. Each trailing comma of an Office format divides by
 * a thousand, so the value stays the engine's figure and only its label is short.
 */
export function moneyFormatCode(step: number, largest: number, currency: string): string {
  const symbol = currencySymbol(currency)
  const units: [number, string, string][] = [
    [1e9, ',,,', 'B'],
    [1e6, ',,', 'M'],
    [1e3, ',', 'K'],
  ]
  const unit = units.find(([size]) => largest >= size)
  if (!unit) return sections(symbol, digits(decimalsOf(step)), '')
  const [size, commas, suffix] = unit
  return sections(symbol, `${digits(decimalsOf(step / size))}${commas}`, suffix)
}

/** A money axis over `values`, with at most `maxTicks` intervals. */
export function moneyAxis(values: readonly number[], currency: string, maxTicks = 6): ValueAxis {
  const scale = niceScale(values, maxTicks)
  const largest = Math.max(Math.abs(scale.min), Math.abs(scale.max))
  return { ...scale, formatCode: moneyFormatCode(scale.step, largest, currency) }
}

/** The pptxgenjs options of a value axis. */
export function valueAxisOptions(axis: ValueAxis): {
  valAxisMinVal: number
  valAxisMaxVal: number
  valAxisMajorUnit: number
  valAxisLabelFormatCode: string
} {
  return {
    valAxisMinVal: axis.min,
    valAxisMaxVal: axis.max,
    valAxisMajorUnit: axis.step,
    valAxisLabelFormatCode: axis.formatCode,
  }
}

import type { Action } from '../../../shared/decisions'
import { DEFAULT_DECK_THEME, logoInfoOfBase64, type DeckTheme } from '../../../shared/model'

/** The deck's look, resolved from the portfolio's theme (or the app's own when it has none). */
export interface Look {
  /** Colours as RRGGBB, the form pptxgenjs takes. */
  primary: string
  accent: string
  /** Text on the primary colour: white on a dark primary, ink on a light one. */
  onPrimary: string
  ink: string
  muted: string
  rule: string
  panel: string
  good: string
  bad: string
  font: string
  companyName: string
  logo: { data: string; width: number; height: number } | null
  /** Series colours: the accent first (the baseline), then colours far from it and from each other. */
  series: string[]
}

/** Arial: the same widths in PowerPoint and in LibreOffice (Liberation Sans), so layouts hold in both. */
const FONT = 'Arial'

const PALETTE = [
  '2F6FDE',
  'E07A1F',
  '2BA36B',
  'C8364A',
  '7E57C2',
  '00A3B4',
  '8C6D46',
  'D4A72C',
  '6B7A8F',
  '4E9A06',
  'D45BA0',
  '1B4F72',
]

/** The app's colours of each recommendation (the matrix view's badges). */
export const ACTION_COLORS: Record<Action, string> = {
  double_down: '2E7D32',
  prove_value: '2F6FDE',
  fix: 'A15C00',
  harvest: '7A8496',
  pull_back: 'C62828',
  // Off the matrix: listed, never drawn.
  too_early: '9AA5B5',
  not_scored: '9AA5B5',
}

const rgb = (hex: string): [number, number, number] =>
  [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]

/** WCAG relative luminance of RRGGBB. */
function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

/** Distance between two colours, weighted for how the eye tells them apart (redmean). */
function colourDistance(a: string, b: string): number {
  const [r1, g1, b1] = rgb(a)
  const [r2, g2, b2] = rgb(b)
  const rm = (r1 + r2) / 2
  return Math.sqrt((2 + rm / 256) * (r1 - r2) ** 2 + 4 * (g1 - g2) ** 2 + (2 + (255 - rm) / 256) * (b1 - b2) ** 2)
}

/** The accent, then the palette's colours that are not close to it. */
function seriesColours(accent: string): string[] {
  return [accent, ...PALETTE.filter((c) => colourDistance(c, accent) > 120)]
}

const INK = '1F2A3C'

export function lookOf(theme: DeckTheme | null | undefined): Look {
  const t = theme ?? DEFAULT_DECK_THEME
  const primary = t.primaryColor.slice(1).toUpperCase()
  const accent = t.accentColor.slice(1).toUpperCase()
  const info = t.logo === null ? null : logoInfoOfBase64(t.logo)
  return {
    primary,
    accent,
    onPrimary: contrast(primary, 'FFFFFF') >= contrast(primary, INK) ? 'FFFFFF' : INK,
    ink: INK,
    muted: '5B6B82',
    rule: 'D5DCE8',
    panel: 'F2F5FA',
    good: '2E7D32',
    bad: 'C62828',
    font: FONT,
    companyName: t.companyName.trim(),
    logo:
      info === null || typeof info === 'string' || t.logo === null
        ? null
        : { data: `${info.mimeType};base64,${t.logo}`, width: info.width, height: info.height },
    series: seriesColours(accent),
  }
}

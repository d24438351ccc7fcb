import type PptxGenJS from 'pptxgenjs'
import { clean, type Box, type Deck } from './frame'

/** One look for every native chart: the deck's font, muted axes, light gridlines, legend below. */
export function chartBase(deck: Deck, box: Box): PptxGenJS.IChartOpts {
  const { look } = deck
  return {
    ...box,
    catAxisLabelFontFace: look.font,
    valAxisLabelFontFace: look.font,
    legendFontFace: look.font,
    dataLabelFontFace: look.font,
    catAxisLabelFontSize: 11,
    valAxisLabelFontSize: 11,
    legendFontSize: 11,
    dataLabelFontSize: 10,
    catAxisLabelColor: look.muted,
    valAxisLabelColor: look.muted,
    legendColor: look.ink,
    catAxisLineColor: 'A9B4C4',
    valAxisLineShow: false,
    valGridLine: { color: 'E3E8F0', size: 0.75 },
    catGridLine: { style: 'none' },
    catAxisLabelRotate: 0,
    showLegend: true,
    legendPos: 'b',
  }
}

/** Series for pptxgenjs, names and labels cleaned. Missing values stay missing (no point drawn). */
export function chartData(
  series: readonly { name: string; labels?: readonly string[]; values: readonly (number | null)[] }[],
): PptxGenJS.OptsChartData[] {
  return series.map((s) => ({
    name: clean(s.name),
    labels: (s.labels ?? []).map(clean),
    // pptxgenjs writes an empty cell for null, which both PowerPoint and LibreOffice read as "no value".
    values: s.values as number[],
  }))
}

/** Line styles told apart without colour: where lines coincide, the dashes of the later ones keep each visible. */
export const DASHES = ['solid', 'dash', 'sysDot', 'lgDash', 'dashDot', 'lgDashDot', 'sysDash', 'lgDashDotDot'] as const

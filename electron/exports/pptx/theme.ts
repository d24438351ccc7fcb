import type PptxGenJS from 'pptxgenjs'

/** One theme for every slide: a dark title band, the same palette for series everywhere. */
export const THEME = {
  ink: '1F2A3C',
  muted: '5B6B82',
  accent: '2F6FDE',
  band: '2F3B52',
  font: 'Calibri',
  palette: ['2F6FDE', 'E07A1F', '2BA36B', 'C8364A', '7E57C2', '00A3B4', '8C6D46', '6B7A8F', 'D4A72C', '4E9A06'],
} as const

export const MASTER = 'GPP'

export function defineMaster(pptx: PptxGenJS, footer: string): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: 0, y: 0, w: '100%', h: 0.9, fill: { color: THEME.band } } },
      {
        text: {
          text: footer,
          options: { x: 0.4, y: 7.05, w: 9, h: 0.3, fontSize: 9, color: THEME.muted, fontFace: THEME.font },
        },
      },
    ],
    slideNumber: { x: 12.4, y: 7.05, fontSize: 9, color: THEME.muted },
  })
}

/** The slide's title in the band. */
export function title(slide: PptxGenJS.Slide, text: string): void {
  slide.addText(text, {
    x: 0.4,
    y: 0.15,
    w: 12.5,
    h: 0.6,
    fontSize: 24,
    bold: true,
    color: 'FFFFFF',
    fontFace: THEME.font,
  })
}

/** Common chart options: legend at the bottom, readable axis labels, the theme's colours. */
export function chartOptions(seriesCount: number): PptxGenJS.IChartOpts {
  return {
    x: 0.5,
    y: 1.1,
    w: 12.3,
    h: 5.7,
    showLegend: true,
    legendPos: 'b',
    legendFontSize: 11,
    catAxisLabelFontSize: 10,
    valAxisLabelFontSize: 10,
    chartColors: THEME.palette.slice(0, Math.max(1, seriesCount)),
    valAxisLabelFormatCode: '#,##0',
  }
}

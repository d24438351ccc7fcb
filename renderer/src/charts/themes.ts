/**
 * Chart themes matching the shell's light and dark palettes (app/theme.css). ECharts' own dark
 * theme draws white grid lines and dim labels on our surfaces; these keep grid lines quiet and
 * text at the contrast of the rest of the page.
 */
import { echarts } from './echartsCore'
import type { ColorScheme } from './useColorScheme'

interface Tones {
  text: string
  muted: string
  axis: string
  split: string
  tooltipBg: string
  tooltipBorder: string
}

function theme(t: Tones): object {
  const axis = {
    axisLine: { lineStyle: { color: t.axis } },
    axisTick: { lineStyle: { color: t.axis } },
    axisLabel: { color: t.muted },
    splitLine: { lineStyle: { color: t.split } },
    nameTextStyle: { color: t.muted },
  }
  return {
    backgroundColor: 'transparent',
    textStyle: { color: t.text },
    title: { textStyle: { color: t.text }, subtextStyle: { color: t.muted } },
    legend: { textStyle: { color: t.text }, pageTextStyle: { color: t.muted }, inactiveColor: t.axis },
    tooltip: { backgroundColor: t.tooltipBg, borderColor: t.tooltipBorder, textStyle: { color: t.text } },
    categoryAxis: axis,
    valueAxis: axis,
    dataZoom: { textStyle: { color: t.muted } },
  }
}

const LIGHT = 'gpp-light'
const DARK = 'gpp-dark'

echarts.registerTheme(
  LIGHT,
  theme({
    text: '#1d2330',
    muted: '#5b6475',
    axis: '#b8bfca',
    split: '#e8ebf0',
    tooltipBg: '#ffffff',
    tooltipBorder: '#dde1e7',
  }),
)
echarts.registerTheme(
  DARK,
  theme({
    text: '#e6e9ef',
    muted: '#9aa3b2',
    axis: '#4a5363',
    split: '#2b323e',
    tooltipBg: '#222834',
    tooltipBorder: '#323a48',
  }),
)

export function chartTheme(scheme: ColorScheme): string {
  return scheme === 'dark' ? DARK : LIGHT
}

import { colorSchemeDarkBlue, colorSchemeLightCold, themeQuartz } from 'ag-grid-community'

/** AG Grid's Theming API: Quartz, compact enough for ~40 columns at 1280×800, light and dark. */
const base = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 13,
  spacing: 5,
  rowHeight: 32,
  headerHeight: 34,
  wrapperBorderRadius: 8,
  cellHorizontalPadding: 10,
})

export const gridLight = base.withPart(colorSchemeLightCold)
export const gridDark = base.withPart(colorSchemeDarkBlue)

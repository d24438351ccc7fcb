import { AllCommunityModule, ModuleRegistry, colorSchemeDark, colorSchemeLight, themeQuartz } from 'ag-grid-community'
import { useColorScheme } from '../../charts/useColorScheme'

// Registering the same modules twice (the cost grid does too) is harmless; each grid needs them.
ModuleRegistry.registerModules([AllCommunityModule])

const light = themeQuartz.withPart(colorSchemeLight).withParams({ fontSize: 13, headerFontSize: 13, spacing: 6 })
const dark = themeQuartz.withPart(colorSchemeDark).withParams({ fontSize: 13, headerFontSize: 13, spacing: 6 })

/** AG Grid's Quartz theme in the colour scheme in force. */
export function useGridTheme() {
  return useColorScheme() === 'dark' ? dark : light
}

import { api } from '../../api'
import { downloadBlob } from '../../charts/chartExport'
import { desktopFiles } from './desktopFiles'
import type { ExportDeps } from './exportRunner'

/** The app's real export wiring: the one API client, the desktop dialogs when present, browser downloads. */
export const exportDeps = (): ExportDeps => ({ client: api, files: desktopFiles(), download: downloadBlob })

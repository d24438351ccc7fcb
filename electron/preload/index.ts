import { contextBridge, ipcRenderer } from 'electron'
import type { GppBridge } from '../../shared/api/bridge'
import { createBridge, createDesktopFiles, type ApiNames } from './bridge'

/** Written in by electron.vite.config.ts from shared/api/contract. */
declare const __GPP_API_NAMES__: ApiNames

const gpp: GppBridge = { ...createBridge(ipcRenderer, __GPP_API_NAMES__), files: createDesktopFiles(ipcRenderer) }
contextBridge.exposeInMainWorld('gpp', gpp)

import { contextBridge, ipcRenderer } from 'electron'
import { createBridge, type ApiNames } from './bridge'

/** Written in by electron.vite.config.ts from shared/api/contract. */
declare const __GPP_API_NAMES__: ApiNames

contextBridge.exposeInMainWorld('gpp', createBridge(ipcRenderer, __GPP_API_NAMES__))

import { useRef, useState } from 'react'
import type { ColumnMapping, ImportPreview, ModelChoice } from '../../../../shared/api/methods/imports'
import type { ApiError } from '../../../../shared/api/result'
import { MAX_IMPORT_BYTES, megabytes } from '../../../../shared/imports/limits'
import { api } from '../../api'
import { useAppStore } from '../../store'
import { bytesToBase64 } from './base64'
import { importKindOf, type ImportSource } from './importFlow'
import { importInitiatives } from './importMutations'

export type ImportStep = 'choose' | 'columns' | 'preview' | 'portfolio' | 'done'

/** Where an imported portfolio goes: a path from the desktop's save dialog, or a name (browser mode). */
export type PortfolioTarget = { path: string } | { name: string }

/** A file picked in the open dialog or the file input. */
export interface PickedFile {
  name: string
  bytes: Uint8Array
}

/**
 * The import wizard's state and steps: pick a file; for CSV/XLSX check the column mapping, then
 * preview every row against it and apply all or nothing; a JSON file opens as a new portfolio.
 * Every preview is the API's own check, so what the preview accepts is what the apply accepts.
 */
export function useImportWizard() {
  const [step, setStep] = useState<ImportStep>('choose')
  const [source, setSource] = useState<ImportSource | null>(null)
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<ColumnMapping>([])
  const [sheet, setSheet] = useState<string | null>(null)
  const [models, setModels] = useState<ModelChoice[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [doneMessage, setDoneMessage] = useState('')
  // Answers of superseded previews (the mapping changed again meanwhile) are dropped.
  const latest = useRef(0)

  /** True when the file could be read (its rows may still have problems). */
  async function runPreview(
    src: ImportSource,
    nextMapping: ColumnMapping | null,
    nextSheet: string | null,
    nextModels: readonly ModelChoice[] = [],
  ): Promise<boolean> {
    const ticket = ++latest.current
    setBusy(true)
    const params = {
      ...src,
      ...(nextSheet === null ? {} : { sheet: nextSheet }),
      ...(nextMapping === null ? {} : { mapping: nextMapping }),
      ...(nextModels.length === 0 ? {} : { models: [...nextModels] }),
    }
    const r = await api.invoke('import:preview', params)
    if (ticket !== latest.current) return false
    setBusy(false)
    if (!r.ok) {
      setError(r.error)
      return false
    }
    setError(null)
    setPreview(r.data)
    setMapping(r.data.mapping)
    setSheet(r.data.sheet)
    return true
  }

  async function pick(file: PickedFile) {
    setError(null)
    setPreview(null)
    if (file.bytes.length > MAX_IMPORT_BYTES) {
      setError({
        code: 'bad_file',
        message: `${file.name} is ${megabytes(file.bytes.length)}; files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported.`,
      })
      return
    }
    const kind = importKindOf(file.name)
    if (kind === 'unknown') {
      setError({
        code: 'bad_file',
        message: `${file.name}: only CSV (.csv, .txt), Excel (.xlsx) and portfolio JSON (.json) files can be imported.`,
      })
      return
    }
    const src = { fileName: file.name, contentBase64: bytesToBase64(file.bytes) }
    setSource(src)
    if (kind === 'portfolio') {
      setStep('portfolio')
      return
    }
    setSheet(null)
    setModels([])
    if (await runPreview(src, null, null)) setStep('columns')
  }

  return {
    step,
    source,
    preview,
    mapping,
    sheet,
    models,
    busy,
    error,
    doneMessage,
    pick,
    setError,
    back: () => setStep(step === 'preview' ? 'columns' : 'choose'),
    /** Another column mapping: previewed at once, so the file's problems (a missing Name column) show. */
    changeMapping(next: ColumnMapping) {
      setMapping(next)
      if (source) void runPreview(source, next, sheet, models)
    },
    /** The models chosen for names the price book does not know: previewed at once. */
    changeModels(next: ModelChoice[]) {
      setModels(next)
      if (source) void runPreview(source, mapping, sheet, next)
    },
    /** Another worksheet: its own headers, so the suggested mapping starts over. */
    changeSheet(next: string) {
      if (source) void runPreview(source, null, next, models)
    },
    toPreview: () => setStep('preview'),
    /** All rows or none, as ONE undo step; the grid shows the new rows. */
    async apply(): Promise<void> {
      if (!source || busy) return
      setBusy(true)
      const params = {
        ...source,
        mapping: [...mapping],
        ...(sheet === null ? {} : { sheet }),
        ...(models.length === 0 ? {} : { models: [...models] }),
      }
      const refused = await importInitiatives(api, useAppStore.getState, params)
      setBusy(false)
      if (refused) {
        setError(refused)
        return
      }
      const n = preview?.counts.rows ?? 0
      setDoneMessage(
        `Imported ${String(n)} initiative${n === 1 ? '' : 's'} from ${source.fileName}. Undo (Ctrl+Z) removes ${n === 1 ? 'it' : 'them all'} in one step.`,
      )
      setStep('done')
      useAppStore.getState().navigate('grid')
    },
    /**
     * A JSON portfolio written as a new portfolio file and opened: at the path the desktop's save
     * dialog chose, or (browser mode, which takes no path) under a name in the app's user-data folder.
     */
    async openPortfolio(target: PortfolioTarget, replace: boolean): Promise<void> {
      if (!source || busy) return
      setBusy(true)
      const r =
        'path' in target
          ? await api.invoke('import:portfolio', { ...source, target: target.path, ...(replace ? { replace } : {}) })
          : await api.invoke('import:portfolioNamed', { ...source, name: target.name, ...(replace ? { replace } : {}) })
      setBusy(false)
      if (!r.ok) {
        setError(r.error)
        return
      }
      setError(null)
      useAppStore.getState().replaceSnapshot({ path: r.data.path, portfolio: r.data.portfolio })
      setDoneMessage(
        `Opened ${source.fileName} as ${r.data.path} (format version ${String(r.data.fromVersion)}). The previous portfolio file is unchanged.`,
      )
      setStep('done')
    },
  }
}

export type ImportWizard = ReturnType<typeof useImportWizard>

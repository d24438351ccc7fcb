import { useMemo, useRef, useState } from 'react'
import type { ActualsFile } from '../../../../shared/api/methods/actuals'
import type { ApiError } from '../../../../shared/api/result'
import type { ActualsPreview } from '../../../../shared/actuals/results'
import type { ExchangeRate } from '../../../../shared/actuals/stored'
import type { ModelAlias } from '../../../../shared/modelNames'
import { api } from '../../api'
import { useAppStore } from '../../store'
import { bytesToBase64 } from '../exportImport/base64'
import type { PickedFile } from '../exportImport/useImportWizard'
import { actualsActions } from './actualsMutations'

interface Source {
  fileName: string
  contentBase64: string
}

/**
 * The state of Actuals → Import: the file, the person's answers (an exchange rate per month whose
 * currency differs from the portfolio's, the price-book model an unknown model name means) and the
 * API's preview of them. Every answer is previewed again, so Confirm writes exactly what the preview
 * last showed; Cancel drops it all and writes nothing.
 */
export function useActualsImport() {
  const [source, setSource] = useState<Source | null>(null)
  const [rates, setRates] = useState<ExchangeRate[]>([])
  const [models, setModels] = useState<ModelAlias[]>([])
  const [preview, setPreview] = useState<ActualsPreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const latest = useRef(0)
  const actions = useMemo(() => actualsActions(api, useAppStore.getState), [])

  const fileOf = (src: Source, r: ExchangeRate[], m: ModelAlias[]): ActualsFile => ({ ...src, rates: r, models: m })

  async function runPreview(src: Source, r: ExchangeRate[], m: ModelAlias[]): Promise<void> {
    const ticket = ++latest.current
    setBusy(true)
    const answer = await api.invoke('actuals:preview', fileOf(src, r, m))
    if (ticket !== latest.current) return
    setBusy(false)
    if (!answer.ok) {
      setError(answer.error.message)
      setPreview(null)
      return
    }
    setError(null)
    setPreview(answer.data)
  }

  function reset(): void {
    latest.current++
    setSource(null)
    setRates([])
    setModels([])
    setPreview(null)
    setBusy(false)
    setError(null)
  }

  return {
    source,
    preview,
    busy,
    error,
    done,
    rates,
    models,
    pick(file: PickedFile): void {
      const src = { fileName: file.name, contentBase64: bytesToBase64(file.bytes) }
      reset()
      setDone(null)
      setSource(src)
      void runPreview(src, [], [])
    },
    refuse(message: string): void {
      reset()
      setError(message)
    },
    setRate(month: string, currency: string, rate: number | null): void {
      if (!source) return
      const rest = rates.filter((r) => !(r.month === month && r.currency === currency))
      const next = rate === null ? rest : [...rest, { month, currency, rate }]
      setRates(next)
      void runPreview(source, next, models)
    },
    chooseModel(name: string, modelId: string | null): void {
      if (!source) return
      const rest = models.filter((m) => m.name !== name)
      const next = modelId === null ? rest : [...rest, { name, modelId }]
      setModels(next)
      void runPreview(source, rates, next)
    },
    async confirm(): Promise<ApiError | null> {
      if (!source || !preview) return null
      setBusy(true)
      const r = await actions.importFile(fileOf(source, rates, models))
      setBusy(false)
      if (!r.ok) {
        setError(r.error.message)
        return r.error
      }
      const { record } = r.data
      reset()
      setDone(
        record
          ? `Imported ${record.lines.toLocaleString('en-US')} lines from ${record.fileName}` +
              (record.replacedLines > 0
                ? `, replacing ${record.replacedLines.toLocaleString('en-US')} stored lines`
                : '') +
              '. Ctrl+Z takes the import back out.'
          : `Every line of ${source.fileName} is stored already: nothing was changed.`,
      )
      return null
    },
    cancel(): void {
      reset()
      setDone(null)
    },
  }
}

export type ActualsImportState = ReturnType<typeof useActualsImport>

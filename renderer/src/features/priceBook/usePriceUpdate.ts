import { useRef, useState } from 'react'
import type { PriceUpdateParams } from '../../../../shared/api/methods/prices'
import type { ApiError } from '../../../../shared/api/result'
import { nameKey, type ModelAlias } from '../../../../shared/modelNames'
import type { PriceUpdateApplied, PriceUpdatePreview } from '../../../../shared/prices/preview'
import { api } from '../../api'
import { useAppStore } from '../../store'
import { bytesToBase64 } from '../exportImport/base64'
import type { PickedFile } from '../exportImport/useImportWizard'
import { useToday } from '../../app/useToday'
import { updatePricesFromFile } from './priceUpdateMutations'

interface Source {
  fileName: string
  contentBase64: string
}

/** What the person set in the dialog besides the file. */
interface Inputs {
  effectiveFrom: string
  choices: ReadonlyMap<string, ModelAlias>
  add: readonly string[]
}

/**
 * The state of Price book → Update from file: the file, the effective date, the person's choices
 * (which model a name of the file means, which entries to add as models) and the API's preview of
 * them. Every change of a choice or of the date is previewed again by the API, so the update does
 * exactly what the preview last showed.
 */
export function usePriceUpdate() {
  const readOn = useToday()
  const [source, setSource] = useState<Source | null>(null)
  const [effectiveFrom, setEffectiveFrom] = useState(readOn)
  const [choices, setChoices] = useState<ReadonlyMap<string, ModelAlias>>(new Map())
  const [add, setAdd] = useState<readonly string[]>([])
  const [preview, setPreview] = useState<PriceUpdatePreview | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  // Answers of superseded previews (a choice changed again meanwhile) are dropped.
  const latest = useRef(0)

  const paramsOf = (src: Source, next: Inputs): PriceUpdateParams => ({
    ...src,
    effectiveFrom: next.effectiveFrom,
    readOn,
    choices: [...next.choices.values()],
    add: [...next.add],
  })

  async function runPreview(src: Source, next: Inputs): Promise<void> {
    const ticket = ++latest.current
    setBusy(true)
    const r = await api.invoke('prices:preview', paramsOf(src, next))
    if (ticket !== latest.current) return
    setBusy(false)
    if (!r.ok) {
      setError(r.error)
      return
    }
    setError(null)
    setPreview(r.data)
  }

  const current: Inputs = { effectiveFrom, choices, add }
  const rerun = (next: Partial<Inputs>) => {
    const merged = { ...current, ...next }
    if (next.effectiveFrom !== undefined) setEffectiveFrom(merged.effectiveFrom)
    if (next.choices !== undefined) setChoices(merged.choices)
    if (next.add !== undefined) setAdd(merged.add)
    if (source && /^\d{4}-\d{2}-\d{2}$/.test(merged.effectiveFrom)) void runPreview(source, merged)
  }

  return {
    source,
    readOn,
    effectiveFrom,
    preview,
    busy,
    error,
    /** Names the person added as models. */
    adding: (name: string) => add.some((n) => nameKey(n) === nameKey(name)),
    async pick(file: PickedFile): Promise<void> {
      setError(null)
      setPreview(null)
      const src = { fileName: file.name, contentBase64: bytesToBase64(file.bytes) }
      setSource(src)
      await runPreview(src, current)
    },
    /** A file refused before it was read (too large, unreadable): its reason replaces the last file's preview. */
    refuse(message: string): void {
      latest.current++
      setBusy(false)
      setSource(null)
      setPreview(null)
      setError({ code: 'bad_file', message })
    },
    setEffectiveFrom: (date: string) => rerun({ effectiveFrom: date }),
    /** The model a name of the file means (null: none of them; undefined: back to the automatic match). */
    choose(name: string, modelId: string | null | undefined) {
      const next = new Map(choices)
      if (modelId === undefined) next.delete(nameKey(name))
      else next.set(nameKey(name), { name, modelId })
      rerun({ choices: next, add: add.filter((n) => nameKey(n) !== nameKey(name)) })
    },
    /** Adds the entry to the price book as a new model, or stops adding it. */
    toggleAdd(name: string) {
      const on = add.some((n) => nameKey(n) === nameKey(name))
      rerun({ add: on ? add.filter((n) => nameKey(n) !== nameKey(name)) : [...add, name] })
    },
    /** Carries the preview out as one undo step; what was done, or null when refused (the error shows). */
    async apply(): Promise<PriceUpdateApplied | null> {
      if (!source || busy) return null
      setBusy(true)
      const r = await updatePricesFromFile(api, useAppStore.getState, paramsOf(source, current))
      setBusy(false)
      if (!r.ok) {
        setError(r.error)
        return null
      }
      return r.data
    },
  }
}

export type PriceUpdate = ReturnType<typeof usePriceUpdate>

import { useEffect, useState } from 'react'
import type { Method, Params, Result } from '../../../../shared/api/contract'
import { api } from '../../api'
import { useAppStore } from '../../store'

/**
 * One actuals read (the summary, the rules, the amounts, the outcomes), made again whenever an actuals
 * write lands (the store's revision moves) or another portfolio is opened.
 */
export function useActualsRead<M extends Method>(
  method: M,
  params: Params<M>,
): { data: Result<M> | null; error: string | null } {
  const revision = useAppStore((s) => s.actualsRevision)
  const path = useAppStore((s) => s.snapshot?.path ?? null)
  const [state, setState] = useState<{ data: Result<M> | null; error: string | null }>({ data: null, error: null })
  const key = JSON.stringify(params)
  useEffect(() => {
    let live = true
    void api.invoke(method, JSON.parse(key) as Params<M>).then((r) => {
      if (!live) return
      setState(r.ok ? { data: r.data, error: null } : { data: null, error: r.error.message })
    })
    return () => {
      live = false
    }
  }, [method, key, revision, path])
  return state
}

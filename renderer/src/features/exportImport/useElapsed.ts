import { useEffect, useState } from 'react'

/** Whole seconds since `running` turned true, ticking once a second; 0 while not running. */
export function useElapsed(running: boolean): number {
  const [elapsed, setElapsed] = useState(0)
  useEffect(() => {
    if (!running) return
    const start = performance.now()
    const timer = setInterval(() => setElapsed(Math.floor((performance.now() - start) / 1000)), 1000)
    return () => {
      clearInterval(timer)
      // Back to 0 for the next run; a cleanup runs outside render, so this causes no cascade.
      setElapsed(0)
    }
  }, [running])
  return running ? elapsed : 0
}

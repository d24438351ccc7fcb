import { createContext, useContext, useState } from 'react'
import { today, type Clock } from '../../../shared/engine/calendar'

/** The renderer's clock: the system's, or a fixed one a test provides around the views. */
export const ClockContext = createContext<Clock>(() => new Date())

/**
 * Today's date (YYYY-MM-DD, local time), read once per mount: the rules, the price book's "as of" and
 * the budget view take "today" as an input, and a view keeps the day it was opened on.
 */
export function useToday(): string {
  const clock = useContext(ClockContext)
  const [date] = useState(() => today(clock))
  return date
}

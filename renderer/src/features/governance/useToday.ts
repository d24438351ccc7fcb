import { useState } from 'react'
import { todayIso } from '../priceBook/priceInForce'

/** Today's date (YYYY-MM-DD, local time), read once per mount: the rules take "today" as an input. */
export function useToday(): string {
  const [today] = useState(() => todayIso(new Date()))
  return today
}

import { useEffect, useState } from 'react'
import { createJobClient, type JobClient } from './jobClient'

/** A job client for the mounted view: its workers stop when the view goes. */
export function useJobClient(): JobClient {
  const [client] = useState(createJobClient)
  useEffect(() => () => client.dispose(), [client])
  return client
}

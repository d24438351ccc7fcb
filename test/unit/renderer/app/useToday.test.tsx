// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ClockContext, useToday } from '../../../../renderer/src/app/useToday'
import { localIsoDate } from '../../../../shared/engine/calendar'

afterEach(cleanup)

describe('useToday', () => {
  it('reads the clock a test provides, in local time', () => {
    const lateEvening = () => new Date(2027, 0, 5, 23, 59)
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ClockContext.Provider value={lateEvening}>{children}</ClockContext.Provider>
    )
    expect(renderHook(() => useToday(), { wrapper }).result.current).toBe('2027-01-05')
  })

  it('keeps the day it was mounted on', () => {
    let now = new Date(2027, 0, 5, 23, 59)
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ClockContext.Provider value={() => now}>{children}</ClockContext.Provider>
    )
    const { result, rerender } = renderHook(() => useToday(), { wrapper })
    now = new Date(2027, 0, 6, 0, 1)
    rerender()
    expect(result.current).toBe('2027-01-05')
  })

  it('uses the system clock by default', () => {
    expect(renderHook(() => useToday()).result.current).toBe(localIsoDate(new Date()))
  })
})

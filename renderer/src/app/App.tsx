import { createElement, useEffect, useRef } from 'react'
import { api } from '../api'
import { useAppStore } from '../store'
import { watchPortfolioFile } from '../store/fileWatch'
import { Header } from './Header'
import { Navigation } from './Navigation'
import { ErrorState, LoadingState, PlaceholderState } from './StatusScreens'
import { useAppShortcuts } from './useAppShortcuts'
import { useViewScroll } from './useViewScroll'
import { VIEWS, VIEW_COMPONENTS } from './views'
import './shell.css'

function Notice() {
  const notice = useAppStore((s) => s.notice)
  const tone = useAppStore((s) => s.noticeTone)
  const setNotice = useAppStore((s) => s.setNotice)
  if (!notice) return null
  return (
    <div className={tone === 'info' ? 'notice notice--info' : 'notice'} role={tone === 'info' ? 'status' : 'alert'}>
      <span className="notice__text">{notice}</span>
      <button type="button" className="btn" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  )
}

function ViewOutlet() {
  const view = useAppStore((s) => s.view)
  const Component = VIEW_COMPONENTS.get(view)
  if (!Component) {
    const label = VIEWS.find((v) => v.view === view)?.label ?? view
    return <PlaceholderState title={label} message="This view is not available in this build yet." />
  }
  // The components are fixed at start-up (VIEW_COMPONENTS), not created during render.
  return createElement(Component)
}

function Body() {
  const status = useAppStore((s) => s.status)
  const error = useAppStore((s) => s.error)
  const load = useAppStore((s) => s.load)
  if (status === 'loading') return <LoadingState />
  if (status === 'error')
    return (
      <ErrorState
        title="The portfolio could not be opened"
        message={error ?? 'Unknown error'}
        action={
          <button type="button" className="btn btn--primary" onClick={() => void load()}>
            Try again
          </button>
        }
      />
    )
  return (
    <>
      <Notice />
      <ViewOutlet />
    </>
  )
}

export function App() {
  const load = useAppStore((s) => s.load)
  const view = useAppStore((s) => s.view)
  const initiativeId = useAppStore((s) => s.selectedInitiativeId)
  const main = useRef<HTMLElement>(null)
  // Each initiative's page keeps its own place, as each view does.
  useViewScroll(main, view === 'initiative' ? `initiative:${initiativeId ?? ''}` : view)
  useAppShortcuts()
  useEffect(() => {
    void load()
  }, [load])
  // Changes another window or program saves to the open file appear here without a reload.
  useEffect(() => watchPortfolioFile(api, useAppStore.getState), [])
  return (
    <div className="shell">
      <Header />
      <Navigation />
      <main className="main" ref={main}>
        <Body />
      </main>
    </div>
  )
}

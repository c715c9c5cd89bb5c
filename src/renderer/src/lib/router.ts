import { useEffect, useState } from 'react'

// A hash router: the app is served from a file-like origin (app:// in Electron, the host in a browser),
// and hash routes need no server-side rewriting.
export type Route =
  | { name: 'caseList' }
  | { name: 'caseNew' }
  | { name: 'caseDetail'; id: string }
  | { name: 'caseEdit'; id: string }
  | { name: 'users' }
  | { name: 'catalogue' }
  | { name: 'deadlines' }
  | { name: 'numbers' }
  | { name: 'reviewQueue' }
  | { name: 'reviewReport' }
  | { name: 'flexible' }
  | { name: 'clues' }
  | { name: 'clueDetail'; id: string }
  | { name: 'losses' }
  | { name: 'enterprise'; uscc: string }
  | { name: 'inspections' }
  | { name: 'statistics' }
  | { name: 'exchange' }
  | { name: 'backups' }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  const detail = /^\/cases\/([0-9a-f-]{36})$/.exec(path)
  if (detail?.[1]) return { name: 'caseDetail', id: detail[1] }
  const edit = /^\/cases\/([0-9a-f-]{36})\/edit$/.exec(path)
  if (edit?.[1]) return { name: 'caseEdit', id: edit[1] }
  if (path === '/cases/new') return { name: 'caseNew' }
  if (path === '/users') return { name: 'users' }
  if (path === '/catalogue') return { name: 'catalogue' }
  if (path === '/deadlines') return { name: 'deadlines' }
  if (path === '/numbers') return { name: 'numbers' }
  if (path === '/review') return { name: 'reviewQueue' }
  if (path === '/review/report') return { name: 'reviewReport' }
  if (path === '/flexible') return { name: 'flexible' }
  if (path === '/clues') return { name: 'clues' }
  const clue = /^\/clues\/([0-9a-f-]{36})$/.exec(path)
  if (clue?.[1]) return { name: 'clueDetail', id: clue[1] }
  if (path === '/losses') return { name: 'losses' }
  const enterprise = /^\/enterprises\/([0-9A-Z]{18})$/.exec(path)
  if (enterprise?.[1]) return { name: 'enterprise', uscc: enterprise[1] }
  if (path === '/inspections') return { name: 'inspections' }
  if (path === '/statistics') return { name: 'statistics' }
  if (path === '/exchange') return { name: 'exchange' }
  if (path === '/backups') return { name: 'backups' }
  return { name: 'caseList' }
}

export function href(route: Route): string {
  switch (route.name) {
    case 'caseList':
      return '#/cases'
    case 'caseNew':
      return '#/cases/new'
    case 'caseDetail':
      return `#/cases/${route.id}`
    case 'caseEdit':
      return `#/cases/${route.id}/edit`
    case 'users':
      return '#/users'
    case 'catalogue':
      return '#/catalogue'
    case 'deadlines':
      return '#/deadlines'
    case 'numbers':
      return '#/numbers'
    case 'reviewQueue':
      return '#/review'
    case 'reviewReport':
      return '#/review/report'
    case 'flexible':
      return '#/flexible'
    case 'clues':
      return '#/clues'
    case 'clueDetail':
      return `#/clues/${route.id}`
    case 'losses':
      return '#/losses'
    case 'enterprise':
      return `#/enterprises/${route.uscc}`
    case 'inspections':
      return '#/inspections'
    case 'statistics':
      return '#/statistics'
    case 'exchange':
      return '#/exchange'
    case 'backups':
      return '#/backups'
  }
}

export function navigate(route: Route): void {
  window.location.hash = href(route)
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash))
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [])
  return route
}

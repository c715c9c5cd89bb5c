import { describe, expect, it } from 'vitest'
import { DESKTOP_PAGES, isDesktopPage, isMenuCommand } from './desktop'

describe('isMenuCommand', () => {
  it.each(Object.keys(DESKTOP_PAGES))('accepts navigation to %s', (page) => {
    expect(isMenuCommand({ type: 'navigate', page })).toBe(true)
  })

  it.each([
    null,
    undefined,
    'navigate',
    42,
    {},
    { type: 'navigate' },
    { type: 'navigate', page: 'nowhere' },
    { type: 'navigate', page: '__proto__' },
    { type: 'navigate', page: 'toString' },
    { type: 'navigate', page: '#/cases' },
    { type: 'eval', page: 'caseList' }
  ])('refuses %j', (value) => {
    expect(isMenuCommand(value)).toBe(false)
  })
})

describe('DESKTOP_PAGES', () => {
  it('are hash routes inside the app, never another origin', () => {
    for (const hash of Object.values(DESKTOP_PAGES)) expect(hash).toMatch(/^#\/[a-z/]+$/)
  })

  it('isDesktopPage names only its own keys', () => {
    expect(isDesktopPage('exchange')).toBe(true)
    expect(isDesktopPage('hasOwnProperty')).toBe(false)
  })
})

import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isInside, resolveAppPath } from './app-path'

const root = resolve('/srv/yardstick/out/renderer')

describe('resolveAppPath', () => {
  it('maps the origin root to index.html', () => {
    expect(resolveAppPath(root, 'app://yardstick/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://yardstick')).toBe(join(root, 'index.html'))
  })

  it('maps asset paths under the root and ignores query and hash', () => {
    expect(resolveAppPath(root, 'app://yardstick/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js')
    )
    const encoded = resolveAppPath(root, 'app://yardstick/assets/%E6%A1%88.png')
    expect(encoded).toBe(join(root, 'assets', '案.png'))
  })

  // The URL parser itself removes plain and %2e dot segments, so these stay inside the root.
  it.each([
    'app://yardstick/../secret.txt',
    'app://yardstick/assets/../../secret.txt',
    'app://yardstick/%2e%2e/secret.txt'
  ])('keeps normalised %s inside the root', (url) =>
    expect(resolveAppPath(root, url)).toBe(join(root, 'secret.txt'))
  )

  // Encoded separators survive URL parsing and only appear after decoding: refused, not normalised.
  it.each([
    'app://yardstick/..%2fsecret.txt',
    'app://yardstick/assets%2f..%2f..%2fsecret.txt',
    'app://yardstick/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://yardstick/.%2f..%2fsecret.txt',
    'app://yardstick/..%5c..%5csecret.txt',
    'app://yardstick/assets%5c..%5c..%5csecret.txt',
    'app://yardstick/C:%5cWindows%5cwin.ini',
    'app://yardstick/index.html::$DATA',
    'app://yardstick/index.html%00.png',
    'app://yardstick/%E0%A4%A'
  ])('refuses %s', (url) => expect(resolveAppPath(root, url)).toBeNull())

  it.each([
    'app://evil/index.html',
    'app://yardstick.evil/index.html',
    'app://yardstick@evil/index.html',
    'file:///srv/yardstick/out/renderer/index.html',
    'https://yardstick/index.html'
  ])('refuses foreign origin %s', (url) => expect(resolveAppPath(root, url)).toBeNull())
})

describe('isInside', () => {
  it('compares path segments, not string prefixes', () => {
    expect(isInside(root, join(root, 'a.js'))).toBe(true)
    expect(isInside(root, root)).toBe(false)
    expect(isInside(root, `${root}-evil${'/'}a.js`)).toBe(false)
    expect(isInside(root, resolve(root, '..', 'a.js'))).toBe(false)
    expect(isInside(root, join(root, '..foo'))).toBe(true)
  })
})

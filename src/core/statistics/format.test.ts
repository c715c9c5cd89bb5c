import { describe, expect, it } from 'vitest'
import { permilleText } from './format'

describe('per mille as text', () => {
  it('shows shares and signed changes with one decimal', () => {
    expect(permilleText(667)).toBe('66.7%')
    expect(permilleText(1000)).toBe('100.0%')
    expect(permilleText(5)).toBe('0.5%')
    expect(permilleText(0)).toBe('0.0%')
    expect(permilleText(null)).toBe('—')
    expect(permilleText(-394, true)).toBe('-39.4%')
    expect(permilleText(-394)).toBe('-39.4%')
    expect(permilleText(120, true)).toBe('+12.0%')
  })
})

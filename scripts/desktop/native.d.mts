export const BINDING: string
export function nativeDir(root: string, os: string, arch: string): string
export function buildStamp(
  betterSqliteVersion: string,
  electronVersion: string,
  platform: string,
  arch: string
): Record<string, string>
export function checkBinding(file: string, platform: string, arch: string): string | null
export function ensureElectronBinding(options: {
  root: string
  electronVersion: string
  target: { os: string; platform: string; arch: string }
  host: { platform: string; arch: string }
  log?: (line: string) => void
}): string

export type DistTarget = { os: string; platform: string; arch: string }
export const PLATFORMS: Record<string, { flag: string; platform: string }>
export function configuredArchs(build: unknown, os: string): string[]
export function parseDistArgs(
  args: string[],
  host: { platform: string; arch: string },
  build: unknown
): { targets: DistTarget[]; dir: boolean; nativeOnly: boolean } | { error: string }
export function builderArgs(targets: DistTarget[], dir: boolean): string[][]

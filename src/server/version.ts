// The software version stamped on exports and reports (reproducibility): package.json's, bundled in at
// build time so the packaged app needs no file lookup.
import pkg from '../../package.json'

export function softwareVersion(): string {
  return `Yardstick ${pkg.version}`
}

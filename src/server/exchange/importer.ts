// How an uploaded package is verified, dry-run and applied. The work is the same everywhere
// (readPackage, then mergePackage rolled back, then mergePackage for real); where it runs differs:
// in the caller's thread for the CLI and the tests, and in a worker thread on its own connection for
// the app and the browser host (worker-importer.ts), whose event loop must keep answering other
// users while a 100,000-case package is merged.
import type { MergeReportView } from '../../shared/exchange-views'
import type { CallContext } from '../context'
import { mergePackage, recallAppliedFile } from './merge'
import { readPackage, type PackageLimits } from './read-package'

export type ImportRequest = {
  /**
   * The package as uploaded, base64. Decoded where the work runs: for a 100,000-case package that is
   * about 0.4 s, which must not block the host's thread (docs/performance.md, event loop).
   */
  contentBase64: string
  fileName: string
  limits: PackageLimits
  progress: (done: number, total: number) => void
}

/** A verified package and its dry-run report, waiting for the user to apply it. */
export type PreparedImport = {
  report: MergeReportView
  /** Applies the package the report describes, as the calling user; resolves to the receipt id. */
  apply: (ctx: CallContext) => Promise<string>
  /** Lets go of what it holds (the verified records, a worker thread). */
  dispose: () => void
}

export type Importer = (ctx: CallContext, request: ImportRequest) => Promise<PreparedImport>

export const inProcessImporter: Importer = async (ctx, request) => {
  const pkg = await readPackage(
    Buffer.from(request.contentBase64, 'base64'),
    request.limits,
    request.progress,
    recallAppliedFile(ctx.db)
  )
  const { report } = mergePackage(ctx, pkg, { dryRun: true, fileName: request.fileName })
  return {
    report,
    apply: (applyCtx) => {
      const { receiptId } = mergePackage(applyCtx, pkg, {
        dryRun: false,
        fileName: request.fileName
      })
      return Promise.resolve(receiptId as string)
    },
    dispose: () => undefined
  }
}

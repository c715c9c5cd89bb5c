import type { CaseDetail } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { DocumentsPanel } from './DocumentsPanel'
import { EvidencePanel } from './EvidencePanel'
import { LifecyclePanel } from './LifecyclePanel'
import { PaymentsPanel } from './PaymentsPanel'
import { useProgress } from './use-progress'

type Props = { detail: CaseDetail; version: number; mayChange: boolean; onChanged: () => void }

/**
 * The procedure sections of a case page, fed by one progress read: steps, payments, documents and
 * evidence. `onChanged` makes the page read the case, its progress, clocks and history again.
 */
export function CaseLifecycle({ detail, version, mayChange, onChanged }: Props) {
  const { progress, error } = useProgress(detail.id, version)
  if (!progress) return <ErrorBanner error={error} />
  return (
    <>
      <ErrorBanner error={error} />
      <LifecyclePanel
        progress={progress}
        officerIds={detail.officers.map((o) => o.id)}
        onChanged={onChanged}
      />
      <PaymentsPanel progress={progress} mayChange={mayChange} onChanged={onChanged} />
      <DocumentsPanel progress={progress} mayChange={mayChange} version={version} />
      <EvidencePanel caseId={detail.id} mayChange={mayChange && progress.status !== 'ARCHIVED'} />
    </>
  )
}

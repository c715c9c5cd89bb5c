import { shanghaiDate } from '../../../../core/text/calendar-date'
import type { PartyKind } from '../../../../core/cases/vocabulary'
import type { CaseCreateInput } from '../../../../shared/schemas/cases'
import type { PartyInput } from '../../../../shared/schemas/party'
import type { CaseDetail } from '../../../../shared/views'

export type CaseFormValues = CaseCreateInput

export function blankParty(kind: PartyKind, name = ''): PartyInput {
  switch (kind) {
    case 'person':
      return { kind, name, idNumber: '', address: '', contact: '' }
    case 'organisation':
      return { kind, name, uscc: '', legalRepresentative: '', address: '', contact: '' }
  }
}

export function newCaseValues(currentUserId: string | null, now: Date): CaseFormValues {
  const today = shanghaiDate(now)
  return {
    cause: '',
    source: 'inspection',
    discoveredOn: today,
    filedOn: today,
    violationOn: null,
    extendedLimitation: false,
    facts: '',
    officerIds: [currentUserId ?? '', ''],
    parties: [blankParty('organisation')]
  }
}

export function valuesFromCase(detail: CaseDetail): CaseFormValues {
  return {
    cause: detail.cause,
    source: detail.source,
    discoveredOn: detail.discoveredOn,
    filedOn: detail.filedOn,
    violationOn: detail.violationOn,
    extendedLimitation: detail.extendedLimitation,
    facts: detail.facts,
    officerIds: detail.officers.map((o) => o.id),
    parties: detail.parties.map(({ id: _id, ...party }) => party)
  }
}

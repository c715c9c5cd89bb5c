import { createContext, useContext } from 'react'
import type { UnitView, UserView } from '../../../shared/views'

export type Session = { user: UserView; unit: UnitView; signOut: () => void }

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside a signed-in page')
  return session
}

import { AppError, type Envelope } from '../../shared/errors'

/**
 * The server is single-threaded, but a call that awaits (scrypt, a PDF, a backup) lets others run
 * meanwhile, each holding the connection it started with. A live restore replaces that connection,
 * so it needs the server to itself: new calls are turned away and the ones under way finish first.
 */
export type CallGate = {
  /** Every transport's call goes through here. */
  run: (call: () => Promise<Envelope<unknown>>) => Promise<Envelope<unknown>>
  /**
   * From inside one call (counted itself): turns new calls away, waits up to `waitMs` for the other
   * calls under way to finish, then runs `work` alone. Refuses when they do not finish in time.
   */
  exclusive: <T>(work: () => Promise<T>, waitMs?: number) => Promise<T>
}

const TURNED_AWAY: Envelope<unknown> = {
  ok: false,
  error: { code: 'REFUSED', message: '正在恢复备份，请稍候再试。' }
}

export function createCallGate(): CallGate {
  let inFlight = 0
  let closed = false
  let wake: (() => void) | null = null

  const othersDone = (waitMs: number) =>
    new Promise<boolean>((resolve) => {
      if (inFlight <= 1) return resolve(true)
      const timer = setTimeout(() => {
        wake = null
        resolve(false)
      }, waitMs)
      wake = () => {
        if (inFlight > 1) return
        clearTimeout(timer)
        wake = null
        resolve(true)
      }
    })

  return {
    async run(call) {
      if (closed) return TURNED_AWAY
      inFlight++
      try {
        return await call()
      } finally {
        inFlight--
        wake?.()
      }
    },
    async exclusive(work, waitMs = 30_000) {
      if (closed) throw new AppError('REFUSED', '另一项恢复正在进行，请等它完成。')
      closed = true
      try {
        if (!(await othersDone(waitMs))) {
          throw new AppError(
            'REFUSED',
            '其他操作仍在进行，未能开始恢复备份。请稍后再试；未做任何修改。'
          )
        }
        return await work()
      } finally {
        closed = false
      }
    }
  }
}

/** The only source of time on the server, so tests can fix it. */
export type Clock = { now: () => Date }

export const systemClock: Clock = { now: () => new Date() }

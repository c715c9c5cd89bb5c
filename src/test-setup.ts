// Property tests run with a fixed seed, so CI is reproducible; set FC_SEED=random (or a number) to
// explore other inputs locally. A failure prints its seed and counterexample for replay.
import { configureGlobal } from 'fast-check'

const requested = process.env.FC_SEED
if (requested !== 'random') configureGlobal({ seed: requested ? Number(requested) : 20261128 })

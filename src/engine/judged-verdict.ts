import { withContainedBands } from '../bands/band-containment.js';
import type { CarrierProfile, DataLayer } from './carrier-profile.js';
import { explainVerdict, type Explanation } from './explain-verdict.js';
import { phoneOnCarrier } from './nr-modes.js';
import type { Calls, Level, PhoneProfile, Reason, TechVerdict, Verdict } from './types.js';

/** What the explanation needs of the carrier, worked out once per carrier object. */
export interface PreparedCarrier {
  profile: CarrierProfile;
  dataLayer: DataLayer | undefined;
}

/**
 * A verdict whose level, score and calls are plain fields, and whose band tables and reasons
 * are built the first time `technologies` or `reasons` is read (then kept). Judging a pair is
 * then the kernel and one small object; a caller that lists levels for thousands of pairs
 * never pays for words it does not show.
 *
 * The two are getters on the prototype, so a spread (`{ ...verdict }`), `Object.keys` and
 * `structuredClone` see the four plain fields only; `JSON.stringify` writes all six, in the
 * order of docs/api.md, through `toJSON`, which is also the way to get a plain copy.
 * (Own accessor properties would keep spreads whole, but V8 makes each such object with its
 * own hidden class: about 8 µs a verdict, 50 times the kernel, bench/engine-per-pair.ts.)
 */
export class JudgedVerdict implements Verdict {
  readonly #listed: PhoneProfile;
  readonly #prepared: PreparedCarrier;
  readonly #asOf: string | undefined;
  readonly #code: number;
  #explanation: Explanation | undefined;
  level: Level;
  score: number | null;
  calls: Calls;
  voice: Verdict['voice'];

  /**
   * `prepared.profile.carrier` is the carrier as of `asOf`, `code` the kernel's level/voice code (`judgeKernel`).
   * The phone is read again when the verdict is explained: its band set must not change meanwhile.
   */
  constructor(
    listed: PhoneProfile,
    prepared: PreparedCarrier,
    asOf: string | undefined,
    code: number,
    level: Level,
    score: number | null,
    calls: Calls,
    voice: Verdict['voice'],
  ) {
    this.#listed = listed;
    this.#prepared = prepared;
    this.#asOf = asOf;
    this.#code = code;
    this.#explanation = undefined;
    this.level = level;
    this.score = score;
    this.calls = calls;
    this.voice = voice;
  }

  #explained(): Explanation {
    if (this.#explanation) return this.#explanation;
    const listed = { ...this.#listed, bands: withContainedBands(this.#listed.bands) };
    const { profile, dataLayer } = this.#prepared;
    const carrier = profile.carrier;
    const judged = { listed, onCarrier: phoneOnCarrier(listed, carrier), carrier, profile, dataLayer, asOf: this.#asOf, code: this.#code, level: this.level };
    return (this.#explanation = explainVerdict(judged));
  }

  get technologies(): TechVerdict[] {
    return this.#explained().technologies;
  }

  set technologies(value: TechVerdict[]) {
    this.#explained().technologies = value;
  }

  get reasons(): Reason[] {
    return this.#explained().reasons;
  }

  set reasons(value: Reason[]) {
    this.#explained().reasons = value;
  }

  /** The verdict as a plain object, band tables and reasons included. */
  toJSON(): Verdict {
    const { technologies, reasons } = this.#explained();
    return { level: this.level, score: this.score, calls: this.calls, voice: this.voice, technologies, reasons };
  }
}

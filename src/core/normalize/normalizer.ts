/** The contract of every customer-information normalizer. */

/** What some of Meta's rules depend on besides the value itself. */
export interface NormalizeContext {
  /** The customer's one country (lowercase alpha-2), when known: phones may need its calling code. */
  country?: string;
  /** The clock, for rules about dates (a birth date cannot be in the future). */
  nowMs: number;
}

/** The normalized text to hash, or undefined when Meta's rule makes the value unusable (dropped, never hashed). */
export type Normalizer = (text: string, context: NormalizeContext) => string | undefined;

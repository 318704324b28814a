/** An fbtrace_id as Meta's answers carry one: 11 characters of base64url. */
import { randomBytes } from 'node:crypto';

export const fbtraceId = (): string => randomBytes(8).toString('base64url').slice(0, 11);

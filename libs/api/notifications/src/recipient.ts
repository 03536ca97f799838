import type { LiveTopic } from '@jobunivers/api/realtime';
import type { RecipientKind } from './kinds';

/** Whose notifications, settings and push devices: a citizen or a staff member. */
export interface Recipient {
  kind: RecipientKind;
  id: string;
}

/** The live topic of the recipient's open apps. */
export const topicOf = (kind: RecipientKind, id: string): LiveTopic =>
  kind === 'citizen' ? `citizen:${id}` : `staff:${id}`;

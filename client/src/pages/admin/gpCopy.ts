/** Whether the core group minutes are recorded as sent to the family's doctor (the guidance: always). */
import type { DistributionEntry } from '@cb/shared/api';

/** An entry that names the family's doctor: "GP", "Dr …", "surgery", "practice". */
const TO_THE_GP = /\b(gp|dr|doctor|surgery|practice)\b/i;

export function minutesSentToGp(entries: Pick<DistributionEntry, 'document' | 'to'>[]): boolean {
  return entries.some((e) => e.document === 'minutes' && TO_THE_GP.test(e.to));
}

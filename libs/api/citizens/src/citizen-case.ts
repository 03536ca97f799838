import type { AuditActor } from '@jobunivers/api/audit';
import type { CaseActor, CitizenCase } from './citizen-access';
import { CitizensErrorCode, CitizensException } from './citizens.errors';
import { type CprCipher, maskCpr } from './cpr';
import type { CitizenEntity } from './entities/citizen.entity';

/**
 * What the case services share: a citizen row as other modules know the case, the actor as the audit log
 * records it, weeks of unemployment, the masked CPR number and the "case is closed" rule.
 */

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** Whole weeks from a day (YYYY-MM-DD) to an instant; never negative. */
export const weeksBetween = (from: string, to: Date) =>
  Math.max(0, Math.floor((to.getTime() - Date.parse(`${from}T00:00:00Z`)) / WEEK_MS));

/** What other modules may know of the case (no CPR, no contact details). */
export const toCase = (c: CitizenEntity): CitizenCase => ({
  id: c.id,
  name: `${c.firstName} ${c.lastName}`,
  municipalityCode: c.municipalityCode,
  benefitType: c.benefitType,
  unemployedSince: c.unemployedSince,
  registeredAt: c.registeredAt,
  status: c.status,
  assignedCaseworkerId: c.assignedCaseworkerId,
  digitalPostExempt: c.digitalPostExempt,
});

/** The actor as the audit log records it. */
export const actorOf = (p: CaseActor): AuditActor => ({
  kind: p.kind,
  id: p.id,
  name: p.name,
  municipalityCode: p.municipalityCode,
});

/** The masked CPR number; none left after retention anonymised the case. */
export const maskedCprOf = (
  cipher: CprCipher,
  c: Pick<CitizenEntity, 'id' | 'cprEncrypted' | 'anonymisedAt'>,
): string => (c.anonymisedAt ? '' : maskCpr(cipher.decrypt(c.cprEncrypted, c.id)));

/** The case, if it is active; otherwise 409 `case_closed` (the one problem code for "your case is closed"). */
export function assertCaseActive(kase: CitizenCase | undefined): CitizenCase {
  if (!kase || kase.status !== 'active') throw new CitizensException(CitizensErrorCode.CaseClosed);
  return kase;
}

import { ApiHeader } from '@nestjs/swagger';
import { AuditErrorCode, AuditException } from './audit.errors';

export const PURPOSE_HEADER = 'x-access-purpose';

/** Documents the purpose header on a staff/API route about one citizen. */
export const ApiPurposeHeader = () =>
  ApiHeader({
    name: PURPOSE_HEADER,
    required: false,
    description:
      'Why you open this citizen; required for caseworkers outside their own caseload (403 without it). Logged in the audit log and shown to the citizen.',
  });

export interface PurposeContext {
  kind: 'citizen' | 'staff' | 'client';
  roles?: readonly string[];
  scopes?: readonly string[];
}

/**
 * Why a principal may look at a citizen's data, as written to the audit log:
 * - the citizen's own caseworker: `caseload`;
 * - a team lead: `management`;
 * - any other caseworker: the purpose they state in `X-Access-Purpose` (403 without one);
 * - an API client: its scopes.
 */
export function resolvePurpose(principal: PurposeContext, onCaseload: boolean, header?: string): string {
  if (principal.kind === 'client') return `api:${(principal.scopes ?? []).join(' ')}`;
  if (principal.kind === 'citizen') return 'own data';
  if (onCaseload) return 'caseload';
  if (principal.roles?.includes('team_lead')) return 'management';
  const stated = header?.trim();
  if (!stated)
    throw new AuditException(
      AuditErrorCode.PurposeRequired,
      'Say why you open this citizen: send the X-Access-Purpose header (the staff console asks for it).',
    );
  return stated.slice(0, 500);
}

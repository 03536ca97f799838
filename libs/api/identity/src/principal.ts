import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { StaffRole } from '@jobunivers/api/http';
import type { Request } from 'express';

export type PrincipalKind = 'citizen' | 'staff' | 'client';
export type Role = 'citizen' | StaffRole;

interface PrincipalBase {
  /** The citizen's, staff member's or API client's id (uuid). */
  id: string;
  name: string;
  /** 4-digit kommunekode: the tenant. */
  municipalityCode: string;
}

export interface CitizenPrincipal extends PrincipalBase {
  kind: 'citizen';
  roles: ['citizen'];
}
export interface StaffPrincipal extends PrincipalBase {
  kind: 'staff';
  roles: StaffRole[];
}
export interface ClientPrincipal extends PrincipalBase {
  kind: 'client';
  clientId: string;
  scopes: string[];
}

export type Principal = CitizenPrincipal | StaffPrincipal | ClientPrincipal;

/** How the principal authenticated on this request. */
export type AuthenticatedBy = 'session' | 'bearer';

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
  authenticatedBy?: AuthenticatedBy;
  sessionId?: string;
}

/** The signed-in principal of the request (the guard has checked the route's access rule). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
});

import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { HttpRequest, StaffRole } from '@jobunivers/api/http';

export type PrincipalKind = 'citizen' | 'staff' | 'client' | 'employer';
export type Role = 'citizen' | 'employer' | StaffRole;

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

/**
 * An employee of a company, signed in with MitID Erhverv through NemLog-in: the CVR number binds them to
 * the company. Neither staff nor citizen; belongs to no municipality (`municipalityCode` is `0000`) —
 * each request to a municipality carries its own.
 */
export interface EmployerPrincipal extends PrincipalBase {
  kind: 'employer';
  roles: ['employer'];
  /** The company's CVR number (8 digits). */
  cvr: string;
  companyName: string;
}

/** Employers belong to no municipality: their principal carries this code. */
export const NO_MUNICIPALITY = '0000';

export type Principal = CitizenPrincipal | StaffPrincipal | ClientPrincipal | EmployerPrincipal;

/** How the principal authenticated on this request. */
export type AuthenticatedBy = 'session' | 'bearer';

export interface AuthenticatedRequest extends HttpRequest {
  principal?: Principal;
  authenticatedBy?: AuthenticatedBy;
  sessionId?: string;
}

/** The signed-in principal of the request (the guard has checked the route's access rule). */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
});

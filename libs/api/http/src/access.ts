import { Injectable, type OnApplicationBootstrap, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';

export const ACCESS_RULE = 'jobunivers:access-rule';

/**
 * Who may call a route. Every route declares one; the app refuses to boot otherwise
 * (see {@link AccessRulesVerifier}). The identity module adds the principal-based rules.
 */
export type StaffRole = 'caseworker' | 'team_lead' | 'municipality_admin' | 'employer_consultant';

export type AccessRule =
  /** Anyone, signed in or not. */
  | { kind: 'public'; reason: string }
  /** Any signed-in principal (citizen, staff or API client). */
  | { kind: 'signed-in' }
  /** A signed-in citizen, acting on their own data (`/me/...`). */
  | { kind: 'citizen' }
  /** A signed-in employer (MitID Erhverv), acting for their own company (`/employer/...`). */
  | { kind: 'employer' }
  /** Staff with one of these roles, within their own municipality. */
  | { kind: 'staff'; roles: StaffRole[] }
  /** An API client holding all of these scopes, within its own municipality. */
  | { kind: 'client'; scopes: string[] }
  /** Any one of the rules. */
  | { kind: 'any'; of: AccessRule[] };

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

/** Open to anyone, signed in or not; say why (e.g. "reference data", "health probe"). */
export const Public = (reason: string) => Access({ kind: 'public', reason });
/** Any signed-in principal. */
export const SignedIn = () => Access({ kind: 'signed-in' });
/** The signed-in citizen, on their own data. */
export const CitizenSelf = () => Access({ kind: 'citizen' });
/** The signed-in citizen or any staff member, each on their own data (`/me/...` shared by both apps). */
export const CitizenOrStaff = () =>
  Access({
    kind: 'any',
    of: [{ kind: 'citizen' }, { kind: 'staff', roles: ['caseworker', 'team_lead', 'municipality_admin'] }],
  });
/** A signed-in employer, on their own company's data. */
export const EmployerOnly = () => Access({ kind: 'employer' });
/** Staff with one of the roles. */
export const StaffOnly = (...roles: StaffRole[]) => Access({ kind: 'staff', roles });
/** An API client holding all of the scopes (integration routes). */
export const ClientOnly = (...scopes: string[]) => Access({ kind: 'client', scopes });
/** Staff with one of the roles, or an API client with the scopes. */
export const StaffOrClient = (roles: StaffRole[], scopes: string[]) =>
  Access({
    kind: 'any',
    of: [
      { kind: 'staff', roles },
      { kind: 'client', scopes },
    ],
  });

export interface RouteAccess {
  controller: string;
  handler: string;
  rule: AccessRule | undefined;
}

/** Lists every route handler with its access rule (used at boot and by the authorization tests). */
export function listRouteAccess(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  reflector: Reflector,
): RouteAccess[] {
  return discovery.getControllers().flatMap((wrapper) => {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) return [];
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    return scanner
      .getAllMethodNames(proto)
      .filter((name) => Reflect.getMetadata(PATH_METADATA, proto[name] as object) !== undefined)
      .map((name) => ({
        controller: wrapper.metatype!.name,
        handler: name,
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
          proto[name] as () => void,
          wrapper.metatype as () => void,
        ]),
      }));
  });
}

/** Refuses to start the API when any route lacks an explicit access rule. */
@Injectable()
export class AccessRulesVerifier implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = listRouteAccess(this.discovery, this.scanner, this.reflector).filter((r) => !r.rule);
    if (missing.length) {
      throw new Error(
        `Routes without an access rule (add @Public(reason) or a principal rule): ${missing.map((m) => `${m.controller}.${m.handler}`).join(', ')}`,
      );
    }
  }
}

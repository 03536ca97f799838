/**
 * Generated from openapi.json by tools/scripts/generate-api-client.mjs — do not edit.
 * Regenerate with `npm run api:generate`.
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's API clients */
        get: operations["ApiClients_list"];
        put?: never;
        /** Create an API client; the secret is shown once */
        post: operations["ApiClients_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the client; its tokens stop working at once */
        post: operations["ApiClients_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret (the old one stops working at once) */
        post: operations["ApiClients_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the municipality's audit log (team leads) */
        get: operations["Audit_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in with MitID (redirects to NemLog-in with a signed SAML AuthnRequest) */
        get: operations["CitizenAuth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out here and at NemLog-in (single logout)
         * @description Ends the Jobunivers session at once, and answers the URL of a signed LogoutRequest that ends the NemLog-in session too.
         */
        post: operations["CitizenAuth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/citizen/saml/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CitizenAuth_metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a session as a demo user (dev mode only) */
        post: operations["DevAuth_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/dev/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Demo users (dev mode only) */
        get: operations["DevAuth_users"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the browser session (at once) */
        post: operations["Identity_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/staff/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff sign-in (redirects to the municipality's OpenID Connect provider)
         * @description Authorization code flow with PKCE. If the provider cannot be reached, the browser is sent back to the staff console, which says so.
         */
        get: operations["StaffAuth_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in */
        get: operations["Identity_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/access-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has looked at my data, when and why */
        get: operations["Audit_accessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the 98 municipalities */
        get: operations["Reference_listMunicipalities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/municipalities/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One municipality by its 4-digit code */
        get: operations["Reference_getMunicipality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * OAuth2 client credentials grant (RFC 6749 §4.4)
         * @description Client id and secret by HTTP Basic or in the form body. Errors carry the RFC 6749 `error` code beside the problem fields.
         */
        post: operations["OAuth_token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postal-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search postal codes by code or town name */
        get: operations["Reference_listPostalCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/postal-codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One postal code with its municipality (which jobcentre serves it) */
        get: operations["Reference_getPostalCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The municipality's staff */
        get: operations["StaffUsers_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staff-users/{id}/revoke-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End all of a staff member's sessions at once */
        post: operations["StaffUsers_revokeSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessLogEntryDto: {
            /** @enum {string} */
            action: "read" | "create" | "update" | "delete" | "reveal" | "export";
            /** @enum {string} */
            actorKind: "staff" | "client";
            /**
             * @description The person, or the municipal system
             * @example Mette Kjær
             */
            actorName: string;
            /** @example 0751 */
            municipalityCode: string;
            occurredAt: string;
            purpose: string | null;
            /** @example citizen.profile */
            resource: string;
        };
        ApiClientDto: {
            /** @example demo-municipal-system */
            clientId: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            revokedAt: string | null;
            rotatedAt: string | null;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        ApiClientWithSecretDto: {
            /** @example demo-municipal-system */
            clientId: string;
            /** @description Shown once. Store it in the integrating system; it cannot be read again. */
            clientSecret: string;
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            revokedAt: string | null;
            rotatedAt: string | null;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        AuditEventDto: {
            /** @enum {string} */
            action: "read" | "create" | "update" | "delete" | "reveal" | "export";
            /** Format: uuid */
            actorId: string;
            /** @enum {string} */
            actorKind: "citizen" | "staff" | "client";
            /** @example 0751 */
            actorMunicipalityCode: string;
            /** @example Mette Kjær */
            actorName: string;
            /** Format: uuid */
            citizenId: string | null;
            /** @example 1 */
            id: string;
            occurredAt: string;
            /** @enum {string} */
            outcome: "allowed" | "denied";
            /** @example caseload */
            purpose: string | null;
            /** @example citizen.profile */
            resource: string;
            resourceId: string | null;
        };
        CitizenLogoutDto: {
            /** @description Where to send the browser to end the NemLog-in session too (single logout); null when the session did not come from NemLog-in. */
            logoutUrl: string | null;
        };
        ComponentHealthDto: {
            /** @description Round-trip time of a trivial query, in milliseconds. */
            latencyMs?: number;
            /** @enum {string} */
            status: "up" | "down" | "disabled";
        };
        CreateApiClientDto: {
            /** @example Aarhus Kommune – fagsystem */
            name: string;
            scopes: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        DevSignInDto: {
            /**
             * Format: uuid
             * @description An id from GET /api/v1/auth/dev/users
             */
            userId: string;
        };
        DevUserDto: {
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            /**
             * @description The user's main role.
             * @enum {string}
             */
            role: "citizen" | "caseworker" | "team_lead" | "municipality_admin";
        };
        HealthDto: {
            database: components["schemas"]["ComponentHealthDto"];
            queue: components["schemas"]["ComponentHealthDto"];
            /** @enum {string} */
            status: "ok";
        };
        MeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "citizen" | "staff" | "client";
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            /** @description Empty for API clients (they have scopes). */
            roles: ("citizen" | "caseworker" | "team_lead" | "municipality_admin")[];
            /** @description API clients only. */
            scopes?: ("citizens:read" | "citizens:write" | "outcomes:write" | "meetings:read" | "plans:read" | "jobs:write" | "offers:write" | "events:read")[];
        };
        MunicipalityDto: {
            /**
             * @description 4-digit kommunekode
             * @example 0751
             */
            code: string;
            /**
             * @description Latitude of the centre point (WGS84)
             * @example 56.15
             */
            latitude: number;
            /**
             * @description Longitude of the centre point (WGS84)
             * @example 10.2
             */
            longitude: number;
            /** @example Aarhus */
            name: string;
            /**
             * @example Midtjylland
             * @enum {string}
             */
            region: "Hovedstaden" | "Sjælland" | "Syddanmark" | "Midtjylland" | "Nordjylland";
            /** @example 1082 */
            regionCode: string;
        };
        PageMetaDto: {
            /** @example 20 */
            limit: number;
            /** @example 1 */
            page: number;
            /**
             * @description Number of items across all pages.
             * @example 98
             */
            total: number;
            /** @example 5 */
            totalPages: number;
        };
        PostalCodeDto: {
            /** @example 8000 */
            code: string;
            /** @example 56.15 */
            latitude: number;
            /** @example 10.2 */
            longitude: number;
            /** @description The municipalities the postal code lies in (most lie in one). */
            municipalities: components["schemas"]["MunicipalityDto"][];
            /** @example Aarhus C */
            name: string;
        };
        /** @description RFC 9457 problem details; validation problems list every bad field in `errors`. */
        Problem: {
            code: string;
            detail?: string;
            errors?: {
                field: string;
                message: string;
            }[];
            instance?: string;
            status: number;
            title: string;
            /** Format: uri */
            type: string;
        };
        RevokedSessionsDto: {
            /**
             * @description How many live sessions were ended
             * @example 2
             */
            revoked: number;
        };
        StaffUserDto: {
            /** @example mette.kjaer@aarhus.example.dk */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example 0751 */
            municipalityCode: string;
            /** @example Mette Kjær */
            name: string;
            roles: ("caseworker" | "team_lead" | "municipality_admin")[];
        };
        TokenRequestDto: {
            /** @description Client id, when not sent with HTTP Basic. */
            client_id?: string;
            /** @description Client secret, when not sent with HTTP Basic. */
            client_secret?: string;
            /** @enum {string} */
            grant_type: "client_credentials";
            /**
             * @description Space-separated scopes; default all the client holds.
             * @example citizens:read citizens:write
             */
            scope?: string;
        };
        TokenResponseDto: {
            access_token: string;
            /** @example 3600 */
            expires_in: number;
            /** @example citizens:read citizens:write */
            scope: string;
            /** @enum {string} */
            token_type: "Bearer";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready: the database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description Not ready: the database does not answer (problem+json with the component status). */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiClients_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["ApiClientDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiClients_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiClientDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecretDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiClients_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ApiClients_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiClientWithSecretDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Audit_search: {
        parameters: {
            query?: {
                actorId?: string;
                citizenId?: string;
                /** @description From this time (ISO 8601), inclusive */
                from?: string;
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Up to this time (ISO 8601), exclusive */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AuditEventDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CitizenAuth_login: {
        parameters: {
            query?: {
                /** @description Path in the citizen app to come back to */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to NemLog-in */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CitizenAuth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CitizenLogoutDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CitizenAuth_metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SAML 2.0 SP metadata (entity id, ACS, signing certificate) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevAuth_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DevSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    DevAuth_users: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["DevUserDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Identity_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StaffAuth_login: {
        parameters: {
            query?: {
                /** @description Path in the staff console to come back to */
                returnTo?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the identity provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Identity_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Audit_accessLog: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["AccessLogEntryDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Reference_listMunicipalities: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Name prefix (case-insensitive) or exact code */
                q?: string;
                region?: "Hovedstaden" | "Sjælland" | "Syddanmark" | "Midtjylland" | "Nordjylland";
                /** @description Field to sort by; a leading "-" sorts descending. */
                sort?: "code" | "-code" | "name" | "-name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["MunicipalityDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Reference_getMunicipality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MunicipalityDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OAuth_token: {
        parameters: {
            query?: never;
            header: {
                authorization: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequestDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponseDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Reference_listPostalCodes: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Only postal codes in this municipality */
                municipality?: string;
                /** @description Page number, from 1. */
                page?: number;
                /** @description Postal code prefix, or town name prefix (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["PostalCodeDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Reference_getPostalCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostalCodeDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StaffUsers_list: {
        parameters: {
            query?: {
                /** @description Items per page, at most 100. */
                limit?: number;
                /** @description Page number, from 1. */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageMetaDto"] & {
                        items: components["schemas"]["StaffUserDto"][];
                    };
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    StaffUsers_revokeSessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedSessionsDto"];
                };
            };
            /** @description Problem (RFC 9457) */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

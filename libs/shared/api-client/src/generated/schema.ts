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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ComponentHealthDto: {
            /** @description Round-trip time of a trivial query, in milliseconds. */
            latencyMs?: number;
            /** @enum {string} */
            status: "up" | "down" | "disabled";
        };
        HealthDto: {
            database: components["schemas"]["ComponentHealthDto"];
            queue: components["schemas"]["ComponentHealthDto"];
            /** @enum {string} */
            status: "ok";
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
}

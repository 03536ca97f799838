import { Expose, plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { loadOrCreateDevSecrets } from './dev-secrets';

/** Staff roles as configured (the http library's StaffRole; config cannot import it). */
type StaffRoleName = 'caseworker' | 'team_lead' | 'municipality_admin' | 'employer_consultant';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export const AUTH_MODES = ['dev', 'external'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** The browsers' push services: Chrome/Edge (FCM), Firefox (autopush), Safari (Apple), Windows (WNS). */
export const DEFAULT_PUSH_ENDPOINT_HOSTS =
  'fcm.googleapis.com,updates.push.services.mozilla.com,*.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com';

/**
 * Rate-limit buckets: each limited route counts against one (`@RateLimit(bucket)` in the identity
 * module), per principal (per client address when anonymous). `auth` is AUTH_RATE_LIMIT_PER_MINUTE;
 * every other bucket is RATE_LIMIT_<BUCKET> (e.g. RATE_LIMIT_JOB_MATCHES=120/60).
 */
export const RATE_LIMIT_BUCKETS = [
  'auth',
  'job-matches',
  'job-search',
  'job-import',
  'data-export',
  'reports',
] as const;
export type RateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number];
/** At most `limit` requests per fixed window of `windowSeconds`. */
export interface RateLimitPolicy {
  limit: number;
  windowSeconds: number;
}
const RATE_LIMIT_PATTERN = /^[1-9]\d{0,6}\/[1-9]\d{0,5}$/;
const rateLimitMessage = (name: string, example: string) =>
  `${name} must be <requests>/<seconds>, e.g. ${example} (requests 1–9999999, seconds 1–999999)`;
const parseRateLimit = (value: string): RateLimitPolicy => {
  const [limit, windowSeconds] = value.split('/');
  return { limit: Number(limit), windowSeconds: Number(windowSeconds) };
};

const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === true || value === 'true' || value === '1'
      ? true
      : value === false || value === 'false' || value === '0'
        ? false
        : value;
const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);
const CPR_KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** The key id DATA_ENCRYPTION_KEY has among the CPR keys; CPR values of the first format (no key id) are under it. */
export const DEFAULT_CPR_KEY_ID = 'default';

/** Raw environment settings, validated. Names are the environment variable names. */
export class EnvSettings {
  @Expose() @IsIn(NODE_ENVS) NODE_ENV: (typeof NODE_ENVS)[number] = 'development';
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'PORT must be an integer between 1 and 65535' })
  @Min(1, { message: 'PORT must be an integer between 1 and 65535' })
  @Max(65535, { message: 'PORT must be an integer between 1 and 65535' })
  PORT: number = 3000;
  @Expose() @IsString() HOST = '0.0.0.0';
  @Expose() @IsString() DATA_DIR = '.data';
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_POOL_SIZE must be an integer between 1 and 500' })
  @Min(1, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 500' })
  @Max(500, { message: 'DATABASE_POOL_SIZE must be an integer between 1 and 500' })
  DATABASE_POOL_SIZE: number = 20;
  @Expose()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'EMBEDDED_PG_PORT must be an integer between 0 and 65535' })
  @Min(0)
  @Max(65535)
  EMBEDDED_PG_PORT?: number;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsIn(AUTH_MODES, { message: `AUTH_MODE must be one of: ${AUTH_MODES.join(', ')}` })
  AUTH_MODE?: (typeof AUTH_MODES)[number];
  @Expose()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'DEMO_DATA must be true or false' })
  DEMO_DATA?: boolean;
  @Expose()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'QUEUE_ENABLED must be true or false' })
  QUEUE_ENABLED?: boolean;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_URL must be an origin like https://api.jobunivers.dk (no path)' })
  PUBLIC_URL?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^/]+$/, { message: 'CITIZEN_APP_URL must be an origin like https://jobunivers.dk (no path)' })
  CITIZEN_APP_URL?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^/]+$/, {
    message: 'STAFF_APP_URL must be an origin like https://jobcenter.jobunivers.dk (no path)',
  })
  STAFF_APP_URL?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https:\/\/.+/, { message: "SAML_IDP_SSO_URL must be an https URL (NemLog-in's SSO endpoint)" })
  SAML_IDP_SSO_URL?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https:\/\/.+/, { message: "SAML_IDP_SLO_URL must be an https URL (NemLog-in's single logout endpoint)" })
  SAML_IDP_SLO_URL?: string;
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() SAML_IDP_CERT_FILE?: string;
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() SAML_SP_KEY_FILE?: string;
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() SAML_SP_CERT_FILE?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https:\/\/.+/, {
    message: "STAFF_OIDC_ISSUER must be an https URL (the municipality's OpenID Connect issuer)",
  })
  STAFF_OIDC_ISSUER?: string;
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() STAFF_OIDC_CLIENT_ID?: string;
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() STAFF_OIDC_CLIENT_SECRET?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^\d{4}$/, { message: 'STAFF_OIDC_MUNICIPALITY must be a 4-digit kommunekode' })
  STAFF_OIDC_MUNICIPALITY?: string;
  @Expose() @IsString() STAFF_OIDC_MUNICIPALITY_CLAIM = 'municipality_code';
  @Expose() @IsString() STAFF_OIDC_GROUPS_CLAIM = 'groups';
  @Expose()
  @Matches(
    /^(caseworker|team_lead|municipality_admin|employer_consultant)=[^,=]+(,(caseworker|team_lead|municipality_admin|employer_consultant)=[^,=]+)*$/,
    {
      message:
        'STAFF_OIDC_ROLE_GROUPS must look like caseworker=<group>,team_lead=<group>,municipality_admin=<group>,employer_consultant=<group>',
    },
  )
  STAFF_OIDC_ROLE_GROUPS =
    'caseworker=jobunivers-caseworker,team_lead=jobunivers-team-lead,municipality_admin=jobunivers-admin,employer_consultant=jobunivers-employer-consultant';
  @Expose()
  @Matches(/^\d{1,3}(,\d{1,3})*$/, {
    message: 'SCREENING_WEEKS must be weeks of unemployment separated by commas, e.g. 6,13,26',
  })
  SCREENING_WEEKS = '6,13,26';
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'MEETING_CHANGE_CUTOFF_HOURS must be an integer between 0 and 168' })
  @Min(0, { message: 'MEETING_CHANGE_CUTOFF_HOURS must be an integer between 0 and 168' })
  @Max(168, { message: 'MEETING_CHANGE_CUTOFF_HOURS must be an integer between 0 and 168' })
  MEETING_CHANGE_CUTOFF_HOURS: number = 24;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'MEETING_BOOKING_LEAD_MINUTES must be an integer between 0 and 10080' })
  @Min(0, { message: 'MEETING_BOOKING_LEAD_MINUTES must be an integer between 0 and 10080' })
  @Max(10080, { message: 'MEETING_BOOKING_LEAD_MINUTES must be an integer between 0 and 10080' })
  MEETING_BOOKING_LEAD_MINUTES: number = 120;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'MEETING_FALLBACK_DAYS must be an integer between 1 and 60' })
  @Min(1, { message: 'MEETING_FALLBACK_DAYS must be an integer between 1 and 60' })
  @Max(60, { message: 'MEETING_FALLBACK_DAYS must be an integer between 1 and 60' })
  MEETING_FALLBACK_DAYS: number = 7;
  @Expose()
  @Matches(/^https:\/\/[^\s?#]+[^/\s?#]$/, {
    message: 'MEETING_VIDEO_BASE_URL must be an https URL without a trailing slash, e.g. https://meet.jit.si',
  })
  MEETING_VIDEO_BASE_URL = 'https://meet.jit.si';
  @Expose()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'DATA_ENCRYPTION_KEY must be 32 random bytes, base64-encoded (44 characters)',
  })
  DATA_ENCRYPTION_KEY?: string;
  /** Further CPR keys, `id:base64,…` (checked in loadConfig so that no key is echoed in an error). */
  @Expose() @IsOptional() @Transform(emptyToUndefined) @IsString() CPR_KEYS?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(CPR_KEY_ID, { message: 'CPR_CURRENT_KEY_ID must be a key id of 1–32 characters (A–Z, a–z, 0–9, _ and -)' })
  CPR_CURRENT_KEY_ID?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @Matches(/^.{32,}$/, { message: 'SESSION_SECRET must be at least 32 characters' })
  SESSION_SECRET?: string;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be an integer between 1 and 1440' })
  @Min(1, { message: 'SESSION_IDLE_MINUTES must be an integer between 1 and 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be an integer between 1 and 1440' })
  SESSION_IDLE_MINUTES: number = 30;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  @Max(168, { message: 'SESSION_MAX_HOURS must be an integer between 1 and 168' })
  SESSION_MAX_HOURS: number = 12;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'AUTH_RATE_LIMIT_PER_MINUTE must be an integer between 1 and 100000' })
  @Min(1, { message: 'AUTH_RATE_LIMIT_PER_MINUTE must be an integer between 1 and 100000' })
  @Max(100000, { message: 'AUTH_RATE_LIMIT_PER_MINUTE must be an integer between 1 and 100000' })
  AUTH_RATE_LIMIT_PER_MINUTE: number = 60;
  /** At most this many job alerts per citizen per day (Copenhagen time): the best-scoring new ads first. */
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'JOB_ALERTS_DAILY_CAP must be an integer between 1 and 1000' })
  @Min(1, { message: 'JOB_ALERTS_DAILY_CAP must be an integer between 1 and 1000' })
  @Max(1000, { message: 'JOB_ALERTS_DAILY_CAP must be an integer between 1 and 1000' })
  JOB_ALERTS_DAILY_CAP: number = 10;
  @Expose()
  @Matches(RATE_LIMIT_PATTERN, { message: rateLimitMessage('RATE_LIMIT_JOB_MATCHES', '120/60') })
  RATE_LIMIT_JOB_MATCHES = '120/60';
  @Expose()
  @Matches(RATE_LIMIT_PATTERN, { message: rateLimitMessage('RATE_LIMIT_JOB_SEARCH', '300/60') })
  RATE_LIMIT_JOB_SEARCH = '300/60';
  @Expose()
  @Matches(RATE_LIMIT_PATTERN, { message: rateLimitMessage('RATE_LIMIT_JOB_IMPORT', '60/60') })
  RATE_LIMIT_JOB_IMPORT = '60/60';
  @Expose()
  @Matches(RATE_LIMIT_PATTERN, { message: rateLimitMessage('RATE_LIMIT_DATA_EXPORT', '20/3600') })
  RATE_LIMIT_DATA_EXPORT = '20/3600';
  @Expose()
  @Matches(RATE_LIMIT_PATTERN, { message: rateLimitMessage('RATE_LIMIT_REPORTS', '120/60') })
  RATE_LIMIT_REPORTS = '120/60';
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  @Min(60, { message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  @Max(86400, { message: 'ACCESS_TOKEN_TTL_SECONDS must be an integer between 60 and 86400' })
  ACCESS_TOKEN_TTL_SECONDS: number = 3600;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @Matches(/^.{16,}$/, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^smtps?:\/\/.+/, {
    message: 'SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.dk:587',
  })
  SMTP_URL?: string;
  @Expose() @IsString() MAIL_FROM = 'Jobunivers <noreply@jobunivers.localhost>';
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9_-]{87}$/, {
    message:
      'VAPID_PUBLIC_KEY must be an uncompressed P-256 public key, base64url (87 characters; npx web-push generate-vapid-keys)',
  })
  VAPID_PUBLIC_KEY?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^[A-Za-z0-9_-]{43}$/, {
    message: 'VAPID_PRIVATE_KEY must be a P-256 private key, base64url (43 characters)',
  })
  VAPID_PRIVATE_KEY?: string;
  @Expose()
  @Matches(/^(mailto:|https:\/\/).+/, {
    message: 'VAPID_SUBJECT must be a mailto: or https: URL the push services can contact',
  })
  VAPID_SUBJECT = 'mailto:drift@jobunivers.localhost';
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATION_LEASE_SECONDS must be an integer between 5 and 3600' })
  @Min(5, { message: 'NOTIFICATION_LEASE_SECONDS must be an integer between 5 and 3600' })
  @Max(3600, { message: 'NOTIFICATION_LEASE_SECONDS must be an integer between 5 and 3600' })
  NOTIFICATION_LEASE_SECONDS: number = 60;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'PUSH_SUBSCRIPTION_DAYS must be an integer between 1 and 3650' })
  @Min(1, { message: 'PUSH_SUBSCRIPTION_DAYS must be an integer between 1 and 3650' })
  @Max(3650, { message: 'PUSH_SUBSCRIPTION_DAYS must be an integer between 1 and 3650' })
  PUSH_SUBSCRIPTION_DAYS: number = 90;
  @Expose()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.replace(/\s+/g, '').toLowerCase() : value,
  )
  @Matches(/^(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(,(\*\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?)*$/, {
    message:
      'PUSH_ENDPOINT_HOSTS must be host names separated by commas, each exact (fcm.googleapis.com) or a suffix (*.push.apple.com)',
  })
  PUSH_ENDPOINT_HOSTS = DEFAULT_PUSH_ENDPOINT_HOSTS;
  @Expose()
  @IsOptional()
  @Transform(toInt)
  @IsInt({ message: 'PUSH_ENCRYPTION_WORKERS must be an integer between 0 and 64' })
  @Min(0, { message: 'PUSH_ENCRYPTION_WORKERS must be an integer between 0 and 64' })
  @Max(64, { message: 'PUSH_ENCRYPTION_WORKERS must be an integer between 0 and 64' })
  PUSH_ENCRYPTION_WORKERS?: number;
  @Expose()
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'OUTBOUND_ALLOW_PRIVATE_ADDRESSES must be true or false' })
  OUTBOUND_ALLOW_PRIVATE_ADDRESSES?: boolean;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @Matches(/^https?:\/\/[^\s]+$/, {
    message:
      "DIGITAL_POST_URL must be an https:// URL of the municipality's Digital Post provider, e.g. https://digitalpost.example.dk/memo",
  })
  DIGITAL_POST_URL?: string;
  @Expose()
  @IsOptional()
  @Transform(emptyToUndefined)
  @IsString()
  @Matches(/^\S{16,}$/, { message: 'DIGITAL_POST_TOKEN must be at least 16 characters without spaces' })
  DIGITAL_POST_TOKEN?: string;
  @Expose()
  @Matches(/^\d{8}$/, { message: "DIGITAL_POST_SENDER_CVR must be the municipality's CVR number (8 digits)" })
  DIGITAL_POST_SENDER_CVR = '00000000';
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'PERSONAL_DATA_RETENTION_DAYS must be an integer between 1 and 36500' })
  @Min(1, { message: 'PERSONAL_DATA_RETENTION_DAYS must be an integer between 1 and 36500' })
  @Max(36500, { message: 'PERSONAL_DATA_RETENTION_DAYS must be an integer between 1 and 36500' })
  PERSONAL_DATA_RETENTION_DAYS: number = 1825;
  @Expose()
  @Transform(toInt)
  @IsInt({ message: 'AUDIT_RETENTION_DAYS must be an integer between 1 and 36500' })
  @Min(1, { message: 'AUDIT_RETENTION_DAYS must be an integer between 1 and 36500' })
  @Max(36500, { message: 'AUDIT_RETENTION_DAYS must be an integer between 1 and 36500' })
  AUDIT_RETENTION_DAYS: number = 3650;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface AppSecrets {
  /**
   * Master keys for CPR numbers at rest (AES-256-GCM and the look-up HMAC are derived from them): the current
   * one encrypts, all of them decrypt. `legacyKeyId` is DATA_ENCRYPTION_KEY's ("default"), which also opens
   * values of the first format; absent when only CPR_KEYS is given.
   */
  cprKeys: { currentKeyId: string; keys: Array<{ id: string; key: Buffer }>; legacyKeyId?: string };
  /** Signs session cookies and CSRF tokens. */
  sessionSecret: string;
}

/** The validated configuration every part of the API reads (inject `AppConfig`). */
export class AppConfig {
  readonly nodeEnv!: (typeof NODE_ENVS)[number];
  readonly port!: number;
  readonly host!: string;
  /** Absolute path of the data directory (embedded PostgreSQL, dev secrets, mails). */
  readonly dataDir!: string;
  /** External PostgreSQL; undefined means "start the embedded one". */
  readonly databaseUrl?: string;
  /** Connections per API process (each transaction holds one, and only one). */
  readonly databasePoolSize!: number;
  readonly embeddedPgPort?: number;
  readonly authMode!: (typeof AUTH_MODES)[number];
  readonly demoData!: boolean;
  readonly queueEnabled!: boolean;
  readonly logLevel!: (typeof LOG_LEVELS)[number];
  readonly metricsToken?: string;
  /** Origin where browsers and identity providers reach this API (ACS and callback URLs). */
  readonly publicUrl!: string;
  readonly citizenAppUrl!: string;
  readonly staffAppUrl!: string;
  readonly saml!: {
    idpSsoUrl?: string;
    idpSloUrl?: string;
    idpCertFile?: string;
    spKeyFile?: string;
    spCertFile?: string;
  };
  /**
   * Staff sign-in with the municipality's OpenID Connect provider. In dev mode the bundled test
   * provider (dev-idp) is used and issuer/client are filled in.
   */
  readonly staffOidc!: {
    issuer?: string;
    clientId?: string;
    clientSecret?: string;
    /** When set, everyone signing in through this provider belongs to this municipality. */
    municipalityCode?: string;
    municipalityClaim: string;
    groupsClaim: string;
    /** Role → the group (claim value) that grants it. */
    roleGroups: Array<{ role: StaffRoleName; group: string }>;
  };
  /** Weeks of unemployment at which every citizen is screened again (continuous screening). */
  readonly screeningWeeks!: number[];
  readonly meetings!: {
    /** Citizens can reschedule or cancel until this many hours before the start. */
    changeCutoffHours: number;
    /** The earliest a citizen can book: now plus this many minutes. */
    bookingLeadMinutes: number;
    /** Other caseworkers' slots are offered when the citizen's own has none within this many days. */
    fallbackDays: number;
    /** Video rooms are `<base>/<unique room>` (Jitsi-compatible). */
    videoBaseUrl: string;
  };
  readonly jobAlerts!: {
    /** At most this many alerts per citizen per day (Copenhagen time); the best-scoring ads of the day win. */
    dailyCap: number;
  };
  readonly sessionIdleMinutes!: number;
  readonly sessionMaxHours!: number;
  readonly accessTokenTtlSeconds!: number;
  /** Requests per principal (or client address) and window for each rate-limit bucket, counted across all instances. */
  readonly rateLimits!: Record<RateLimitBucket, RateLimitPolicy>;
  readonly secrets!: AppSecrets;
  readonly notifications!: {
    /** Unset: mails are written as .eml files under DATA_DIR/mail. */
    smtpUrl?: string;
    mailFrom: string;
    vapid: { publicKey: string; privateKey: string; subject: string };
    leaseSeconds: number;
    pushSubscriptionDays: number;
    /** Push endpoints must be on one of these hosts: `host` exactly, or `*.suffix` for any host under it. */
    pushEndpointHosts: string[];
    /** Worker threads encrypting pushes (RFC 8291); 0 encrypts on the main thread. Default: the available cores. */
    pushEncryptionWorkers: number;
  };
  /**
   * Requests this server makes to addresses others chose (webhooks, Web Push). Private, loopback,
   * link-local and other non-public addresses are refused unless this is set (dev and tests only).
   */
  readonly outbound!: { allowPrivateAddresses: boolean };
  /**
   * Formal call-ins as Digital Post letters (MeMo). Without `url`, the letters are written as files under
   * DATA_DIR/digital-post; with it, each is POSTed there (bearer `token`) through the guarded outbound client.
   */
  readonly digitalPost!: { url?: string; token?: string; senderCvr: string };
  /** Days after a case closes before its personal data is deleted or anonymised; days the audit log is kept. */
  readonly retention!: { personalDataDays: number; auditDays: number };

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
  get usesEmbeddedDatabase(): boolean {
    return this.databaseUrl === undefined;
  }

  static create(values: Omit<AppConfig, 'isProduction' | 'usesEmbeddedDatabase'>): AppConfig {
    return Object.freeze(Object.assign(new AppConfig(), values));
  }
}

function formatValidationErrors(settings: EnvSettings): string[] {
  return validateSync(settings, { whitelist: false }).flatMap((e) => {
    const given = e.value === undefined ? '' : ` (got ${JSON.stringify(String(e.value))})`;
    const messages = [...new Set(Object.values(e.constraints ?? {}))];
    return messages.map((msg) => `${msg.startsWith(e.property) ? msg : `${e.property}: ${msg}`}${given}`);
  });
}

/** CPR_KEYS: `id:base64-of-32-bytes` pairs separated by commas. Problems name the key id, never the key. */
function parseCprKeys(value: string | undefined, problems: string[]): Array<{ id: string; key: Buffer }> {
  if (!value) return [];
  const keys: Array<{ id: string; key: Buffer }> = [];
  for (const [i, entry] of value.split(',').entries()) {
    const separator = entry.indexOf(':');
    const id = separator < 0 ? '' : entry.slice(0, separator).trim();
    const encoded = separator < 0 ? '' : entry.slice(separator + 1).trim();
    if (!CPR_KEY_ID.test(id))
      problems.push(
        `CPR_KEYS: entry ${i + 1} must be <key id>:<32 random bytes, base64>, the key id 1–32 characters of A–Z, a–z, 0–9, _ and -`,
      );
    else if (id === DEFAULT_CPR_KEY_ID)
      problems.push(`CPR_KEYS: the key id "${DEFAULT_CPR_KEY_ID}" is DATA_ENCRYPTION_KEY's; give the key another id`);
    else if (keys.some((k) => k.id === id)) problems.push(`CPR_KEYS: the key id "${id}" is given twice`);
    else if (!/^[A-Za-z0-9+/]{43}=$/.test(encoded))
      problems.push(`CPR_KEYS: the key "${id}" must be 32 random bytes, base64-encoded (44 characters)`);
    else keys.push({ id, key: Buffer.from(encoded, 'base64') });
  }
  return keys;
}

/**
 * Reads and validates configuration from the environment. Throws {@link ConfigError} naming every
 * bad setting; the API refuses to boot on it. In development, missing secrets are generated into
 * DATA_DIR (never committed); in production they must be given.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const settings = plainToInstance(EnvSettings, env, { excludeExtraneousValues: true, exposeDefaultValues: true });
  const problems = formatValidationErrors(settings);
  const embedded = !settings.DATABASE_URL;
  const authMode = settings.AUTH_MODE ?? (embedded ? 'dev' : 'external');
  if (settings.NODE_ENV === 'production') {
    if (authMode === 'dev')
      problems.push('AUTH_MODE=dev (the bundled test identity provider) is refused when NODE_ENV=production');
    if (settings.DEMO_DATA) problems.push('DEMO_DATA=true is refused when NODE_ENV=production');
    if (!settings.DATA_ENCRYPTION_KEY && !settings.CPR_KEYS)
      problems.push('DATA_ENCRYPTION_KEY is required when NODE_ENV=production');
    if (!settings.SESSION_SECRET) problems.push('SESSION_SECRET is required when NODE_ENV=production');
    if (settings.OUTBOUND_ALLOW_PRIVATE_ADDRESSES)
      problems.push(
        'OUTBOUND_ALLOW_PRIVATE_ADDRESSES=true (webhooks and pushes to internal addresses) is refused when NODE_ENV=production',
      );
    if (!settings.VAPID_PUBLIC_KEY || !settings.VAPID_PRIVATE_KEY)
      problems.push(
        'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are required when NODE_ENV=production (npx web-push generate-vapid-keys)',
      );
    if (!settings.METRICS_TOKEN)
      problems.push('METRICS_TOKEN is required when NODE_ENV=production (/api/metrics is public without it)');
    if (settings.DIGITAL_POST_URL?.startsWith('http:'))
      problems.push('DIGITAL_POST_URL must be https:// when NODE_ENV=production (letters carry CPR numbers)');
  }
  if (settings.DIGITAL_POST_URL && !settings.DIGITAL_POST_TOKEN)
    problems.push("DIGITAL_POST_TOKEN is required with DIGITAL_POST_URL (the provider's bearer token)");
  if (Boolean(settings.VAPID_PUBLIC_KEY) !== Boolean(settings.VAPID_PRIVATE_KEY))
    problems.push('VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: give both or neither');
  const cprKeys = parseCprKeys(settings.CPR_KEYS, problems);
  // DATA_ENCRYPTION_KEY (generated in development) is the key "default"; in production only when given.
  const hasDefaultKey = Boolean(settings.DATA_ENCRYPTION_KEY) || settings.NODE_ENV !== 'production';
  const currentCprKeyId = settings.CPR_CURRENT_KEY_ID ?? DEFAULT_CPR_KEY_ID;
  const cprKeyIds = [...(hasDefaultKey ? [DEFAULT_CPR_KEY_ID] : []), ...cprKeys.map((k) => k.id)];
  if (settings.CPR_KEYS && !settings.CPR_CURRENT_KEY_ID && !hasDefaultKey)
    problems.push('CPR_CURRENT_KEY_ID is required when CPR_KEYS is given without DATA_ENCRYPTION_KEY');
  else if (settings.CPR_CURRENT_KEY_ID && CPR_KEY_ID.test(currentCprKeyId) && !cprKeyIds.includes(currentCprKeyId)) {
    problems.push(
      `CPR_CURRENT_KEY_ID "${currentCprKeyId}" names no key: give it in CPR_KEYS${hasDefaultKey ? ` (or use "${DEFAULT_CPR_KEY_ID}", the DATA_ENCRYPTION_KEY)` : ''}`,
    );
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = resolve(cwd, settings.DATA_DIR);
  const needsGenerated = !settings.DATA_ENCRYPTION_KEY || !settings.SESSION_SECRET || !settings.VAPID_PUBLIC_KEY;
  const generated = needsGenerated ? loadOrCreateDevSecrets(dataDir) : undefined;
  return AppConfig.create({
    nodeEnv: settings.NODE_ENV,
    port: settings.PORT,
    host: settings.HOST,
    dataDir,
    databaseUrl: settings.DATABASE_URL,
    databasePoolSize: settings.DATABASE_POOL_SIZE,
    embeddedPgPort: settings.EMBEDDED_PG_PORT,
    authMode,
    demoData: settings.DEMO_DATA ?? (embedded && settings.NODE_ENV !== 'production'),
    queueEnabled: settings.QUEUE_ENABLED ?? true,
    logLevel: settings.LOG_LEVEL,
    metricsToken: settings.METRICS_TOKEN,
    publicUrl: settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`,
    citizenAppUrl: settings.CITIZEN_APP_URL ?? 'http://localhost:4200',
    staffAppUrl: settings.STAFF_APP_URL ?? 'http://localhost:4300',
    saml: {
      idpSsoUrl: settings.SAML_IDP_SSO_URL,
      idpSloUrl: settings.SAML_IDP_SLO_URL,
      idpCertFile: settings.SAML_IDP_CERT_FILE,
      spKeyFile: settings.SAML_SP_KEY_FILE,
      spCertFile: settings.SAML_SP_CERT_FILE,
    },
    staffOidc: {
      issuer: settings.STAFF_OIDC_ISSUER,
      clientId: settings.STAFF_OIDC_CLIENT_ID,
      clientSecret: settings.STAFF_OIDC_CLIENT_SECRET,
      municipalityCode: settings.STAFF_OIDC_MUNICIPALITY,
      municipalityClaim: settings.STAFF_OIDC_MUNICIPALITY_CLAIM,
      groupsClaim: settings.STAFF_OIDC_GROUPS_CLAIM,
      roleGroups: settings.STAFF_OIDC_ROLE_GROUPS.split(',').map((pair) => {
        const [role, group] = pair.split('=') as [StaffRoleName, string];
        return { role, group };
      }),
    },
    meetings: {
      changeCutoffHours: settings.MEETING_CHANGE_CUTOFF_HOURS,
      bookingLeadMinutes: settings.MEETING_BOOKING_LEAD_MINUTES,
      fallbackDays: settings.MEETING_FALLBACK_DAYS,
      videoBaseUrl: settings.MEETING_VIDEO_BASE_URL,
    },
    screeningWeeks: [...new Set(settings.SCREENING_WEEKS.split(',').map(Number))]
      .filter((w) => w > 0)
      .sort((a, b) => a - b),
    jobAlerts: { dailyCap: settings.JOB_ALERTS_DAILY_CAP },
    sessionIdleMinutes: settings.SESSION_IDLE_MINUTES,
    sessionMaxHours: settings.SESSION_MAX_HOURS,
    accessTokenTtlSeconds: settings.ACCESS_TOKEN_TTL_SECONDS,
    rateLimits: {
      auth: { limit: settings.AUTH_RATE_LIMIT_PER_MINUTE, windowSeconds: 60 },
      'job-matches': parseRateLimit(settings.RATE_LIMIT_JOB_MATCHES),
      'job-search': parseRateLimit(settings.RATE_LIMIT_JOB_SEARCH),
      'job-import': parseRateLimit(settings.RATE_LIMIT_JOB_IMPORT),
      'data-export': parseRateLimit(settings.RATE_LIMIT_DATA_EXPORT),
      reports: parseRateLimit(settings.RATE_LIMIT_REPORTS),
    },
    secrets: {
      cprKeys: {
        currentKeyId: currentCprKeyId,
        keys: [
          ...(hasDefaultKey
            ? [
                {
                  id: DEFAULT_CPR_KEY_ID,
                  key: Buffer.from(settings.DATA_ENCRYPTION_KEY ?? generated!.dataEncryptionKey, 'base64'),
                },
              ]
            : []),
          ...cprKeys,
        ],
        legacyKeyId: hasDefaultKey ? DEFAULT_CPR_KEY_ID : undefined,
      },
      sessionSecret: settings.SESSION_SECRET ?? generated!.sessionSecret,
    },
    notifications: {
      smtpUrl: settings.SMTP_URL,
      mailFrom: settings.MAIL_FROM,
      vapid: {
        publicKey: settings.VAPID_PUBLIC_KEY ?? generated!.vapidPublicKey,
        privateKey: settings.VAPID_PRIVATE_KEY ?? generated!.vapidPrivateKey,
        subject: settings.VAPID_SUBJECT,
      },
      leaseSeconds: settings.NOTIFICATION_LEASE_SECONDS,
      pushSubscriptionDays: settings.PUSH_SUBSCRIPTION_DAYS,
      pushEndpointHosts: [...new Set(settings.PUSH_ENDPOINT_HOSTS.split(','))],
      pushEncryptionWorkers: settings.PUSH_ENCRYPTION_WORKERS ?? availableParallelism(),
    },
    outbound: { allowPrivateAddresses: settings.OUTBOUND_ALLOW_PRIVATE_ADDRESSES ?? false },
    digitalPost: {
      url: settings.DIGITAL_POST_URL,
      token: settings.DIGITAL_POST_TOKEN,
      senderCvr: settings.DIGITAL_POST_SENDER_CVR,
    },
    retention: {
      personalDataDays: settings.PERSONAL_DATA_RETENTION_DAYS,
      auditDays: settings.AUDIT_RETENTION_DAYS,
    },
  });
}

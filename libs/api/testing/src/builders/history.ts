import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type ObjectLiteral } from 'typeorm';
import { unique } from './unique';

/**
 * History: rows as months of use would have left them, for the specs whose subject is the past — KPIs per
 * month, retention after years, a meeting that is over, a scan that finds a citizen quiet for weeks. The
 * product cannot make any of this through its API (registrations, meetings, screenings and sign-ins all
 * happen now; meetings can only be booked ahead), so these builders write the rows directly — through the
 * owning module's TypeORM entity (looked up by its table, as `libs/api/testing` may not import a module),
 * so its column mapping, defaults and the database's constraints apply. Everything else goes through the
 * public API: use these only for what lies in the past.
 */
type Timestamp = Date | string;

async function plant(app: INestApplication, table: string, row: ObjectLiteral): Promise<string> {
  const { identifiers } = await app.get(DataSource).getRepository(table).insert(row);
  const id: unknown = identifiers[0]?.['id'];
  if (id === undefined) throw new Error(`planting a row in ${table} answered no id`);
  return String(id);
}

async function amend(app: INestApplication, table: string, where: ObjectLiteral, changes: ObjectLiteral) {
  await app.get(DataSource).getRepository(table).update(where, changes);
}

export interface PlantedCitizen {
  municipalityCode: string;
  assignedCaseworkerId: string;
  firstName: string;
  lastName: string;
  unemployedSince: string;
  benefitType?: string;
  registeredAt?: Timestamp;
  /** A closed case: when, why and from which day; without it the case is active. */
  closed?: { at: Timestamp; outcome: string; date: string };
}

/**
 * A citizen's case with no CPR number anyone can read (random bytes stand in for it) and nothing else —
 * no visitation call, no queue item: for counts that must equal the rows a spec planted.
 */
export function plantCitizen(app: INestApplication, citizen: PlantedCitizen): Promise<string> {
  const { closed, ...rest } = citizen;
  return plant(app, 'citizens.citizen', {
    benefitType: 'unemployment_benefit',
    ...rest,
    cprEncrypted: randomBytes(40),
    cprHash: randomBytes(32),
    status: closed ? 'closed' : 'active',
    closedAt: closed?.at ?? null,
    outcome: closed?.outcome ?? null,
    outcomeDate: closed?.date ?? null,
  });
}

/** Rewrites when a case began or ended — the first day of unemployment, the registration, the closing — which no API changes. */
export function rewriteCaseDates(
  app: INestApplication,
  citizenId: string,
  changes: { registeredAt?: Timestamp; unemployedSince?: string; closedAt?: Timestamp },
): Promise<void> {
  return amend(app, 'citizens.citizen', { id: citizenId }, changes);
}

export interface PlantedMeeting {
  citizenId: string;
  caseworkerId: string;
  municipalityCode: string;
  startsAt: Timestamp;
  /** Default: 30 minutes after the start. */
  endsAt?: Timestamp;
  status: string;
  form?: string;
  kind?: string;
  origin?: string;
  /** When it was booked; default now. */
  scheduledAt?: Timestamp;
  rating?: number | null;
}

/** A job meeting (video, arranged by the caseworker unless told otherwise) at any time, in any state. */
export function plantMeeting(app: INestApplication, meeting: PlantedMeeting): Promise<string> {
  const startsAt = new Date(meeting.startsAt);
  return plant(app, 'meetings.meeting', {
    kind: 'job_meeting',
    origin: 'caseworker',
    form: 'video',
    scheduledAt: new Date(),
    ...meeting,
    startsAt,
    endsAt: meeting.endsAt ?? new Date(startsAt.getTime() + 30 * 60_000),
  });
}

/** Moves a meeting to another time (e.g. into the past, so that it is over) without a notice to anyone. */
export function moveMeeting(
  app: INestApplication,
  meetingId: string,
  times: { startsAt: Timestamp; endsAt: Timestamp },
): Promise<void> {
  return amend(app, 'meetings.meeting', { id: meetingId }, times);
}

/** A caseworker's screening with a track, recorded at `createdAt`. */
export function plantScreening(
  app: INestApplication,
  screening: { citizenId: string; municipalityCode: string; caseworkerId: string; track: string; createdAt: Timestamp },
): Promise<string> {
  return plant(app, 'screening.screening', {
    caseworkerName: 'Test Konsulent',
    indicators: {},
    assessment: 'Vurdering',
    summaryForCitizen: 'Opsummering',
    nextScreeningDate: '2027-01-01',
    ...screening,
  });
}

export interface PlantedQueueItem {
  citizenId: string;
  municipalityCode: string;
  reason: string;
  dueDate: string;
  dueKey?: string;
  status?: 'open' | 'resolved' | 'dismissed';
  createdAt?: Timestamp;
  closedAt?: Timestamp | null;
  resolution?: string | null;
}

/** An item on the screening queue, due on any day (the product queues items only days ahead). */
export function plantQueueItem(app: INestApplication, item: PlantedQueueItem): Promise<string> {
  return plant(app, 'screening.queue_item', { dueKey: `test-${unique()}`, status: 'open', ...item });
}

/** Brings every queue item of the citizen due on `dueDate` (e.g. today, for the morning's count of due items). */
export function queueItemsDueOn(app: INestApplication, citizenId: string, dueDate: string): Promise<void> {
  return amend(app, 'screening.queue_item', { citizenId }, { dueDate });
}

/** An activity on the citizen's plan in a state (e.g. waiting for approval, or completed and rated). */
export function plantPlanItem(
  app: INestApplication,
  item: {
    citizenId: string;
    municipalityCode: string;
    status: string;
    activityTitle?: string;
    rating?: number;
    ratedAt?: Timestamp;
  },
): Promise<string> {
  return plant(app, 'offers.plan_item', { activityTitle: 'Kursus', ...item });
}

/** A conversation with the jobcentre as it stood at some point: who has it, when it was answered and read. */
export function plantConversation(
  app: INestApplication,
  conversation: {
    citizenId: string;
    municipalityCode: string;
    subject?: string;
    status?: 'open' | 'closed';
    assignedTo?: string | null;
    createdAt?: Timestamp;
    lastMessageAt?: Timestamp;
    firstResponseAt?: Timestamp | null;
    staffReadAt?: Timestamp | null;
  },
): Promise<string> {
  const at = conversation.createdAt ?? new Date();
  return plant(app, 'messaging.conversation', { subject: 'Spørgsmål', lastMessageAt: at, ...conversation });
}

/** A message in a conversation, written at `createdAt`. */
export function plantMessage(
  app: INestApplication,
  message: {
    conversationId: string;
    authorKind: 'citizen' | 'staff';
    authorId: string;
    createdAt: Timestamp;
    authorName?: string;
    body?: string;
  },
): Promise<string> {
  return plant(app, 'messaging.message', { authorName: 'Test', body: 'Hej', ...message });
}

/** A question to the knowledge base, answered by it (true), sent on to a caseworker (false) or not yet (null). */
export function plantQuestion(
  app: INestApplication,
  question: { citizenId: string; municipalityCode: string; resolved: boolean | null; createdAt: Timestamp },
): Promise<string> {
  return plant(app, 'messaging.question', { question: 'Hvordan?', ...question });
}

/** A citizen's sign-in (a session, long expired) at `at`. */
export function plantCitizenSignIn(
  app: INestApplication,
  signIn: { citizenId: string; municipalityCode: string; at: Timestamp },
): Promise<string> {
  return plant(app, 'identity.session', {
    tokenHash: randomBytes(32),
    principalKind: 'citizen',
    principalId: signIn.citizenId,
    municipalityCode: signIn.municipalityCode,
    name: 'Test Borger',
    roles: ['citizen'],
    method: 'saml',
    createdAt: signIn.at,
    lastSeenAt: signIn.at,
    expiresAt: signIn.at,
  });
}

/** A row of the audit log from long ago (the log itself only appends what happens now). */
export function plantAuditEvent(
  app: INestApplication,
  event: {
    occurredAt: Timestamp;
    actorKind: 'citizen' | 'staff' | 'client' | 'employer';
    actorId: string;
    actorName: string;
    actorMunicipalityCode: string;
    citizenId: string | null;
    action: string;
    resource: string;
    outcome: 'allowed' | 'denied';
  },
): Promise<string> {
  return plant(app, 'audit.audit_event', event);
}

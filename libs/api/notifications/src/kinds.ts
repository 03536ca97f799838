import { addDays, copenhagenToUtc, inCopenhagen } from '@jobunivers/api/time';

export const CATEGORIES = ['meetings', 'jobs', 'messages', 'plan', 'screening'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CHANNELS = ['push', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];
/** What the outbox delivers: the chosen channels, and the letter of a formal call-in (always, whatever the settings). */
export type DeliveryChannel = Channel | 'letter';
export type RecipientKind = 'citizen' | 'staff';
export type Language = 'da' | 'en';

interface KindSpec {
  category: Category;
  recipient: RecipientKind;
  /** The in-app sentence (shown after sign-in), with `{{param}}` placeholders; `{{when}}` is `startsAt` in Copenhagen time. */
  text: Record<Language, string>;
  /** Where the notification leads in the recipient's app. */
  link: (params: Record<string, string>) => string;
  /** How long the push service may hold the push for an offline device, seconds (RFC 8030 TTL). */
  ttl: number;
}

const HOUR = 3600;
const DAY = 24 * HOUR;
const at = (path: string, id: string | undefined) => (id ? `${path}/${encodeURIComponent(id)}` : path);

/**
 * Every kind of notification, in one typed table. Adding a kind is one entry here plus one line where
 * its event is heard (see `NotificationSources`). Push and e-mail never carry these sentences: they
 * say only the category's neutral text (see {@link OUTSIDE_TEXT}); the app shows the rest after sign-in.
 */
export const NOTIFICATION_KINDS = {
  // ── to the citizen ────────────────────────────────────────────────────────
  meeting_invited: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: DAY,
    link: (p) => at('/samtaler', p.meetingId),
    text: {
      da: 'Du er indkaldt til en samtale {{when}}. Svar på indkaldelsen.',
      en: 'You are invited to a meeting {{when}}. Please reply to the invitation.',
    },
  },
  meeting_booked: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: DAY,
    link: (p) => at('/samtaler', p.meetingId),
    text: { da: 'Din samtale {{when}} er booket.', en: 'Your meeting {{when}} is booked.' },
  },
  meeting_rescheduled: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: DAY,
    link: (p) => at('/samtaler', p.meetingId),
    text: { da: 'Din samtale er flyttet til {{when}}.', en: 'Your meeting has been moved to {{when}}.' },
  },
  meeting_cancelled: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: DAY,
    link: (p) => at('/samtaler', p.meetingId),
    text: { da: 'Din samtale {{when}} er aflyst.', en: 'Your meeting {{when}} has been cancelled.' },
  },
  meeting_reminder_24h: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: 12 * HOUR,
    link: (p) => at('/samtaler', p.meetingId),
    text: { da: 'Påmindelse: Du har en samtale {{when}}.', en: 'Reminder: you have a meeting {{when}}.' },
  },
  meeting_reminder_1h: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: HOUR,
    link: (p) => at('/samtaler', p.meetingId),
    text: { da: 'Din samtale begynder om en time ({{when}}).', en: 'Your meeting starts in an hour ({{when}}).' },
  },
  meeting_no_show: {
    category: 'meetings',
    recipient: 'citizen',
    ttl: DAY,
    link: () => '/samtaler/book',
    text: {
      da: 'Vi savnede dig til samtalen {{when}}. Book en ny tid.',
      en: 'We missed you at the meeting {{when}}. Please book a new time.',
    },
  },
  job_alert: {
    category: 'jobs',
    recipient: 'citizen',
    ttl: DAY,
    link: (p) => at('/job', p.jobAdId),
    text: {
      da: 'Nyt job, der passer til dig: {{title}} hos {{employer}}.',
      en: 'A new job that fits you: {{title}} at {{employer}}.',
    },
  },
  job_digest: {
    category: 'jobs',
    recipient: 'citizen',
    ttl: DAY,
    link: () => '/job',
    text: { da: '{{count}} nye job passer til dig.', en: '{{count}} new jobs fit you.' },
  },
  job_suggested: {
    category: 'jobs',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/job',
    text: {
      da: '{{by}} foreslår et job til dig: {{title}} hos {{employer}}.',
      en: '{{by}} suggests a job for you: {{title}} at {{employer}}.',
    },
  },
  employer_invitation: {
    category: 'jobs',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/',
    text: {
      da: 'Du er foreslået til {{company}}: {{title}}. Du bestemmer, om virksomheden må se din profil.',
      en: 'You were proposed to {{company}}: {{title}}. You decide whether the company may see your profile.',
    },
  },
  plan_suggested: {
    category: 'plan',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/mit-forloeb',
    text: {
      da: 'Din jobkonsulent foreslår et tilbud til dit forløb: {{title}}.',
      en: 'Your caseworker suggests an offer for your plan: {{title}}.',
    },
  },
  plan_approved: {
    category: 'plan',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/mit-forloeb',
    text: { da: 'Din ansøgning om {{title}} er godkendt.', en: 'Your application for {{title}} has been approved.' },
  },
  plan_rejected: {
    category: 'plan',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/mit-forloeb',
    text: {
      da: 'Din ansøgning om {{title}} er ikke godkendt. Se begrundelsen i dit forløb.',
      en: 'Your application for {{title}} was not approved. See the reason in your plan.',
    },
  },
  plan_promoted: {
    category: 'plan',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/mit-forloeb',
    text: { da: 'Der er blevet plads til dig på {{title}}.', en: 'A place has opened for you on {{title}}.' },
  },
  screening_recorded: {
    category: 'screening',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/min-screening',
    text: {
      da: 'Din jobkonsulent har registreret din screening. Se den under Min screening.',
      en: 'Your caseworker has recorded your screening. See it under My screening.',
    },
  },
  message_received: {
    category: 'messages',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: (p) => at('/beskeder', p.conversationId),
    text: { da: 'Nyt svar fra {{unitName}} i "{{subject}}".', en: 'A new answer from {{unitName}} in "{{subject}}".' },
  },
  announcement: {
    category: 'messages',
    recipient: 'citizen',
    ttl: 2 * DAY,
    link: () => '/notifikationer',
    text: { da: '{{title}}: {{body}}', en: '{{title}}: {{body}}' },
  },
  // ── to the caseworker ─────────────────────────────────────────────────────
  staff_meeting_booked: {
    category: 'meetings',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/moeder', p.meetingId),
    text: { da: '{{citizenName}} har booket en samtale {{when}}.', en: '{{citizenName}} booked a meeting {{when}}.' },
  },
  staff_meeting_accepted: {
    category: 'meetings',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/moeder', p.meetingId),
    text: {
      da: '{{citizenName}} har takket ja til samtalen {{when}}.',
      en: '{{citizenName}} accepted the meeting {{when}}.',
    },
  },
  staff_meeting_rescheduled: {
    category: 'meetings',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/moeder', p.meetingId),
    text: {
      da: '{{citizenName}} har flyttet samtalen til {{when}}.',
      en: '{{citizenName}} moved the meeting to {{when}}.',
    },
  },
  staff_meeting_cancelled: {
    category: 'meetings',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/moeder', p.meetingId),
    text: {
      da: '{{citizenName}} har aflyst samtalen {{when}}.',
      en: '{{citizenName}} cancelled the meeting {{when}}.',
    },
  },
  staff_meeting_change_requested: {
    category: 'meetings',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/moeder', p.meetingId),
    text: {
      da: '{{citizenName}} beder om at ændre samtalen {{when}}.',
      en: '{{citizenName}} asks to change the meeting {{when}}.',
    },
  },
  staff_message_received: {
    category: 'messages',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/indbakke', p.conversationId),
    text: { da: '{{citizenName}} har skrevet: "{{subject}}".', en: '{{citizenName}} wrote: "{{subject}}".' },
  },
  staff_approval_waiting: {
    category: 'plan',
    recipient: 'staff',
    ttl: DAY,
    link: () => '/godkendelser',
    text: {
      da: '{{citizenName}} har søgt om {{title}}. Ansøgningen venter på godkendelse.',
      en: '{{citizenName}} applied for {{title}}. The application awaits approval.',
    },
  },
  staff_visitation_due: {
    category: 'screening',
    recipient: 'staff',
    ttl: DAY,
    link: () => '/screening-koe',
    text: {
      da: '{{citizenName}} er ny og skal visiteres senest {{deadline}}.',
      en: '{{citizenName}} is new and must be seen for visitation by {{deadline}}.',
    },
  },
  staff_screening_due: {
    category: 'screening',
    recipient: 'staff',
    ttl: DAY,
    link: () => '/screening-koe',
    text: {
      da: '{{count}} borgere på din screeningskø skal ses nu.',
      en: '{{count}} citizens on your screening queue are due now.',
    },
  },
  staff_help_requested: {
    category: 'screening',
    recipient: 'staff',
    ttl: DAY,
    link: () => '/screening-koe',
    text: { da: '{{citizenName}} beder om hjælp.', en: '{{citizenName}} asks for help.' },
  },
  staff_screening_change_requested: {
    category: 'screening',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/borgere', p.citizenId),
    text: {
      da: '{{citizenName}} beder om at få sin screening ændret.',
      en: '{{citizenName}} asks for a change to their screening.',
    },
  },
  staff_job_suggestion_answered: {
    category: 'jobs',
    recipient: 'staff',
    ttl: DAY,
    link: (p) => at('/borgere', p.citizenId),
    text: {
      da: '{{citizenName}} har svaret på jobforslaget {{title}}: {{answer}}.',
      en: '{{citizenName}} answered the job suggestion {{title}}: {{answer}}.',
    },
  },
} satisfies Record<string, KindSpec>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export const isNotificationKind = (kind: string): kind is NotificationKind =>
  Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, kind);
export const kindSpec = (kind: string): KindSpec | undefined =>
  isNotificationKind(kind) ? NOTIFICATION_KINDS[kind] : undefined;

/** What push and e-mail say: neutral per category — never names, times, screening content or CPR. */
export const OUTSIDE_TEXT: Record<RecipientKind, Record<Category, Record<Language, string>>> = {
  citizen: {
    meetings: { da: 'Der er nyt om dine samtaler.', en: 'There is news about your meetings.' },
    jobs: { da: 'Der er nyt om job til dig.', en: 'There is news about jobs for you.' },
    messages: { da: 'Du har en ny besked.', en: 'You have a new message.' },
    plan: { da: 'Der er nyt om dit forløb.', en: 'There is news about your plan.' },
    screening: { da: 'Der er nyt i din sag.', en: 'There is news in your case.' },
  },
  staff: {
    meetings: { da: 'Der er nyt i din kalender.', en: 'There is news in your calendar.' },
    jobs: { da: 'En borger har svaret på et jobforslag.', en: 'A citizen answered a job suggestion.' },
    messages: { da: 'Du har en ny besked.', en: 'You have a new message.' },
    plan: { da: 'En ansøgning venter på dig.', en: 'An application is waiting for you.' },
    screening: { da: 'Der er nyt på din screeningskø.', en: 'There is news on your screening queue.' },
  },
};

export const MAIL_SUBJECT: Record<Language, string> = { da: 'Nyt fra Jobunivers', en: 'News from Jobunivers' };

const MONTHS: Record<Language, string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "24. nov. kl. 10.00" / "24 Nov at 10:00" (Europe/Copenhagen). */
export function formatWhen(iso: string, language: Language): string {
  const { date, time } = inCopenhagen(new Date(iso));
  const [, m, d] = date.split('-').map(Number);
  return language === 'da'
    ? `${d}. ${MONTHS.da[m - 1]} kl. ${time.replace(':', '.')}`
    : `${d} ${MONTHS.en[m - 1]} at ${time}`;
}

/** Placeholders a notification written before they existed may lack. */
const PARAM_DEFAULTS: Record<string, Record<Language, string>> = {
  unitName: { da: 'kommunen', en: 'the municipality' },
};

/** The in-app sentence of a notification in the reader's language. */
export function notificationText(kind: string, params: Record<string, string>, language: Language): string {
  const spec = kindSpec(kind);
  if (!spec) return kind;
  return spec.text[language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (name === 'when') return params.startsAt ? formatWhen(params.startsAt, language) : '';
    const value = params[name] ?? PARAM_DEFAULTS[name]?.[language] ?? '';
    return VALUE_WORDS[name]?.[value]?.[language] ?? value;
  });
}

/** Coded values some sources send (a job suggestion's answer), in words; a value already in words stays. */
const VALUE_WORDS: Record<string, Record<string, Record<Language, string>>> = {
  answer: { applied: { da: 'søgt', en: 'applied' }, not_relevant: { da: 'ikke relevant', en: 'not relevant' } },
};

/**
 * Quiet hours: when `now` falls inside [from, to) local time (wrapping midnight), the instant they end;
 * otherwise null. Times are "HH:MM" in Europe/Copenhagen.
 */
export function quietUntil(now: Date, from: string, to: string): Date | null {
  if (from === to) return null;
  const { date, time } = inCopenhagen(now);
  const inside = from < to ? time >= from && time < to : time >= from || time < to;
  if (!inside) return null;
  const endDate = from > to && time >= from ? addDays(date, 1) : date;
  return copenhagenToUtc(endDate, to);
}

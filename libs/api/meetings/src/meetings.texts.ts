import { addTimelineTexts } from '@jobunivers/api/citizens';
import type { MeetingsCaseEvents } from './meetings.events';

/** The meetings module's timeline sentences (the citizen reads them in Sagsgang). */
addTimelineTexts<MeetingsCaseEvents>(
  {
    visitation_invited: {
      da: 'Du er indkaldt til visitationssamtale {{date}} kl. {{time}} ({{formText}}).',
      en: 'You are invited to a visitation meeting on {{date}} at {{time}} ({{formText}}).',
    },
    meeting_invited: {
      da: 'Din jobkonsulent har indkaldt dig til en samtale {{date}} kl. {{time}} ({{formText}}).',
      en: 'Your caseworker invited you to a meeting on {{date}} at {{time}} ({{formText}}).',
    },
    meeting_booked: {
      da: 'Du bookede en jobsamtale {{date}} kl. {{time}} ({{formText}}).',
      en: 'You booked a job meeting on {{date}} at {{time}} ({{formText}}).',
    },
    meeting_accepted: {
      da: 'Du takkede ja til samtalen {{date}} kl. {{time}}.',
      en: 'You accepted the meeting on {{date}} at {{time}}.',
    },
    meeting_change_requested: {
      da: 'Du bad om at ændre samtalen {{date}} kl. {{time}}.',
      en: 'You asked to change the meeting on {{date}} at {{time}}.',
    },
    meeting_rescheduled: {
      da: 'Samtalen er flyttet til {{date}} kl. {{time}} ({{formText}}).',
      en: 'The meeting moved to {{date}} at {{time}} ({{formText}}).',
    },
    meeting_cancelled: {
      da: 'Du aflyste samtalen {{date}} kl. {{time}}.',
      en: 'You cancelled the meeting on {{date}} at {{time}}.',
    },
    meeting_cancelled_by_jobcentre: {
      da: 'Jobcentret aflyste samtalen {{date}} kl. {{time}}.',
      en: 'The jobcentre cancelled the meeting on {{date}} at {{time}}.',
    },
    meeting_held: {
      da: 'Du holdt en samtale med jobcentret {{date}}.',
      en: 'You had a meeting with the jobcentre on {{date}}.',
    },
    meeting_missed: {
      da: 'Du deltog ikke i samtalen {{date}} kl. {{time}}. Jobcentret kontakter dig.',
      en: 'You did not attend the meeting on {{date}} at {{time}}. The jobcentre will contact you.',
    },
  },
  {
    formText: {
      in_person: { da: 'fremmøde', en: 'in person' },
      video: { da: 'video', en: 'video' },
      phone: { da: 'telefon', en: 'phone' },
    },
  },
);

import { addTimelineTexts } from '@jobunivers/api/citizens';
import type { OffersCaseEvents } from './offers.events';

/** The offers module's timeline sentences. */
addTimelineTexts<OffersCaseEvents>({
  plan_activity_added: { da: 'Du satte "{{title}}" på din plan.', en: 'You added "{{title}}" to your plan.' },
  plan_enrolled: { da: 'Du er tilmeldt "{{title}}".', en: 'You are enrolled in "{{title}}".' },
  plan_waitlisted: {
    da: '"{{title}}" er fuldt. Du står på ventelisten og rykker automatisk op.',
    en: '"{{title}}" is full. You are on the waitlist and move up automatically.',
  },
  plan_promoted: {
    da: 'Der blev en plads på "{{title}}" – du er nu tilmeldt.',
    en: 'A place came free on "{{title}}" – you are now enrolled.',
  },
  plan_applied: {
    da: 'Du søgte om "{{title}}". Jobcentret svarer dig.',
    en: 'You applied for "{{title}}". The jobcentre will answer you.',
  },
  plan_approved: {
    da: 'Din ansøgning om "{{title}}" er godkendt.',
    en: 'Your application for "{{title}}" was approved.',
  },
  plan_rejected: {
    da: 'Din ansøgning om "{{title}}" blev ikke godkendt. Se begrundelsen i din plan.',
    en: 'Your application for "{{title}}" was not approved. See the reason in your plan.',
  },
  plan_suggested: { da: 'Din jobkonsulent foreslår "{{title}}".', en: 'Your caseworker suggests "{{title}}".' },
  plan_completed: { da: 'Du gennemførte "{{title}}".', en: 'You completed "{{title}}".' },
  plan_dropped: { da: 'Du meldte dig fra "{{title}}".', en: 'You left "{{title}}".' },
  plan_declined: { da: 'Du takkede nej til forslaget "{{title}}".', en: 'You declined the suggestion "{{title}}".' },
  plan_accepted: { da: 'Du tog imod forslaget "{{title}}".', en: 'You accepted the suggestion "{{title}}".' },
});

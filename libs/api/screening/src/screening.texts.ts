import { addTimelineTexts } from '@jobunivers/api/citizens';
import type { ScreeningCaseEvents } from './screening.events';

/** The screening module's timeline sentences (the citizen reads them in Sagsgang). */
addTimelineTexts<ScreeningCaseEvents>(
  {
    visitation_due: {
      da: 'Du bliver kaldt til en visitationssamtale med jobcentret senest {{deadline}}.',
      en: 'You will be called to a visitation meeting with the jobcentre by {{deadline}}.',
    },
    self_assessment: { da: 'Du udfyldte din selvvurdering.', en: 'You filled in your self-assessment.' },
    help_requested: {
      da: 'Du bad om at tale med en person. Jobcentret kontakter dig.',
      en: 'You asked to talk to a person. The jobcentre will contact you.',
    },
    screened: {
      da: 'Din jobkonsulent har vurderet din situation: {{trackText}}.',
      en: 'Your caseworker assessed your situation: {{trackText}}.',
    },
    screening_commented: { da: 'Du skrev en kommentar til din vurdering.', en: 'You commented on your assessment.' },
    screening_change_requested: {
      da: 'Du bad om at få din vurdering ændret.',
      en: 'You asked for your assessment to be changed.',
    },
    contact_exempted: {
      da: 'Kommunen har fritaget dig fra de faste jobsamtaler. Din første samtale gælder stadig, og du kan altid selv booke en samtale.',
      en: 'The municipality has exempted you from the fixed job meetings. Your first meeting still applies, and you can always book a meeting yourself.',
    },
    contact_exemption_lifted: {
      da: 'Kommunen har ophævet din fritagelse fra de faste jobsamtaler.',
      en: 'The municipality has lifted your exemption from the fixed job meetings.',
    },
  },
  {
    trackText: {
      self_service: {
        da: 'du klarer dig selv i jobuniverset og kan altid booke en samtale',
        en: 'you manage on your own in the job universe and can always book a meeting',
      },
      personal: {
        da: 'du får tæt, personlig støtte fra jobcentret',
        en: 'you get close, personal support from the jobcentre',
      },
    },
  },
);

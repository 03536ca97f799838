import { addTimelineTexts } from '@jobunivers/api/citizens';

addTimelineTexts({
  joblog_added: { da: 'Du skrev en ansøgning i din joblog: {{title}} hos {{employer}}.', en: 'You logged an application: {{title}} at {{employer}}.' },
});

import { addTimelineTexts } from '@jobunivers/api/citizens';
import type { EmployersCaseEvents } from './employers.events';

const kindText = {
  internship: { da: 'virksomhedspraktik', en: 'internship' },
  wage_subsidy: { da: 'løntilskud', en: 'wage subsidy' },
};

/** The employers module's timeline sentences. */
addTimelineTexts<EmployersCaseEvents>(
  {
    employer_invited: {
      da: 'Du blev foreslået til {{company}}: {{title}}. Du bestemmer, om virksomheden må se din profil.',
      en: 'You were proposed to {{company}}: {{title}}. You decide whether the company may see your profile.',
    },
    employer_invitation_accepted: {
      da: 'Du sagde ja til, at {{company}} må se din profil ({{title}}).',
      en: 'You agreed that {{company}} may see your profile ({{title}}).',
    },
    employer_invitation_declined: {
      da: 'Du sagde nej tak til {{company}} ({{title}}).',
      en: 'You declined {{company}} ({{title}}).',
    },
    employer_consent_withdrawn: {
      da: 'Du trak dit ja tilbage: {{company}} kan ikke længere se din profil.',
      en: 'You withdrew your consent: {{company}} can no longer see your profile.',
    },
    employer_placement_agreed: {
      da: 'Aftale om {{kindText}} hos {{company}} fra {{start}} til {{end}}.',
      en: 'Agreed {{kindText}} at {{company}} from {{start}} to {{end}}.',
    },
    employer_placement_ended: {
      da: 'Din {{kindText}} hos {{company}} sluttede: {{outcomeText}}.',
      en: 'Your {{kindText}} at {{company}} ended: {{outcomeText}}.',
    },
  },
  {
    kindText,
    outcomeText: { ended: { da: 'afsluttet', en: 'ended' }, hired: { da: 'du blev ansat', en: 'you were hired' } },
  },
);

/** Why a citizen fits a company's request, said of the candidate (for consultants and companies). */
const CANDIDATE_REASONS: Record<string, { da: string; en: string }> = {
  exact: { da: 'Ønsker at arbejde som {title}', en: 'Wants to work as {title}' },
  related: { da: 'Ønsker beslægtet arbejde: {title}', en: 'Wants related work: {title}' },
  skills: { da: '{matched} af {total} kompetencer', en: '{matched} of {total} skills' },
  area: { da: 'Arbejdsområdet omfatter {municipality}', en: 'Work area includes {municipality}' },
  km: { da: '{km} km fra arbejdspladsen', en: '{km} km from the workplace' },
  full_time: { da: 'Søger fuldtid', en: 'Looking for full time' },
  part_time: { da: 'Søger deltid', en: 'Looking for part time' },
};

export function candidateReasonText(code: string, params: Record<string, string>, language: 'da' | 'en'): string {
  const template = CANDIDATE_REASONS[code]?.[language] ?? code;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => params[name] ?? '');
}

import { ErrorAlert } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useCitizenProfile, useOccupationTitles } from '../api/use-citizens';

/** The citizen's profile/CV as the caseworker reads it (audited on the API). */
export function ProfileSummary({ citizenId, purpose }: { citizenId: string; purpose?: string }) {
  const { t, i18n } = useTranslation('staff');
  const profile = useCitizenProfile(citizenId, purpose, true);
  const titles = useOccupationTitles(profile.data?.wishedOccupations ?? []);
  const p = profile.data;
  return (
    <section aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('citizenProfile.title')}</h2>
      {profile.isError && <ErrorAlert onRetry={() => void profile.refetch()} />}
      {p && (
        <>
          <p>{t('citizenProfile.completeness', { percent: p.completeness })}</p>
          <dl className="citizen-facts" data-testid="profile">
            <dt>{t('citizenProfile.wishedOccupations')}</dt>
            <dd>
              {titles.data
                ? titles.data.map((o) => (i18n.language === 'en' ? o.titleEn : o.titleDa)).join(', ')
                : p.wishedOccupations.join(', ') || '–'}
            </dd>
            <dt>{t('citizenProfile.skills')}</dt>
            <dd>{p.skills.map((s) => s.name).join(', ') || '–'}</dd>
            <dt>{t('citizenProfile.experience')}</dt>
            <dd>{p.experience.map((e) => `${e.title}, ${e.employer}`).join('; ') || '–'}</dd>
            <dt>{t('citizenProfile.education')}</dt>
            <dd>{p.education.map((e) => e.title).join(', ') || '–'}</dd>
            <dt>{t('citizenProfile.hours')}</dt>
            <dd>{p.hours ? t(`citizenProfile.hoursValues.${p.hours}`) : '–'}</dd>
            <dt>{t('citizenProfile.workArea')}</dt>
            <dd>{p.workArea.radiusKm ? t('citizenProfile.radius', { km: p.workArea.radiusKm }) : '–'}</dd>
            <dt>{t('citizenProfile.meetingForms')}</dt>
            <dd>
              {p.preferredMeetingForms
                .map((f) => t(`citizenProfile.forms.${f as 'in_person' | 'video' | 'phone'}`))
                .join(', ') || '–'}
            </dd>
          </dl>
        </>
      )}
    </section>
  );
}

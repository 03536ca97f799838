import { unwrap } from '@jobunivers/api-client';
import { ErrorAlert, FormGroup } from '@jobunivers/web/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api-client';

/**
 * Finds the citizen whose log to search by name or CPR number. The look-up goes through the citizen list
 * (`GET /citizens?q=`), which records every citizen it shows in the audit log — the search is audited itself.
 * The text (a CPR number perhaps) stays in the page, never in the address.
 */
export function AuditCitizenFinder({ onChoose }: { onChoose: (citizenId: string) => void }) {
  const { t } = useTranslation('staff');
  const [q, setQ] = useState('');
  const [empty, setEmpty] = useState(false);
  const found = useQuery({
    queryKey: ['audit', 'citizen-search', q],
    enabled: q.length > 0,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens', {
          params: { query: { assignedTo: 'all', status: 'all', q, page: 1, limit: 10 } },
        }),
      ),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setEmpty(!text);
    setQ(text);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="audit-filters" role="search" aria-label={t('audit.findCitizen')}>
      <FormGroup
        id="audit-citizen-q"
        label={t('audit.citizenQuery')}
        hint={t('audit.citizenQueryHint')}
        error={empty && t('audit.citizenQueryRequired')}
      >
        <input name="q" type="search" className="form-input input-width-l" maxLength={100} autoComplete="off" />
      </FormGroup>
      <button type="submit" className="button button-secondary">
        {t('audit.findCitizen')}
      </button>
      {found.isError && <ErrorAlert />}
      {found.data && (
        <div aria-live="polite" className="audit-citizen-matches">
          {found.data.items.length === 0 ? (
            <p>{t('audit.noCitizen')}</p>
          ) : (
            <ul className="nobullet-list">
              {found.data.items.map((c) => (
                <li key={c.id}>
                  <button type="button" className="button button-unstyled function-link" onClick={() => onChoose(c.id)}>
                    {t('audit.showLogOf', { name: c.name, cpr: c.cprMasked })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

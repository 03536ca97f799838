import { ApiProblemError, type Schemas } from '@jobunivers/api-client';
import { ErrorAlert, FieldErrorsAlert, formatDateTime, usePageTitle } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useArticles, useKnowledgeReport, useSaveArticle } from '../modules/inbox/api/use-inbox';
import { inboxPath } from '../routes';

type Draft = Schemas['ArticleInputDto'] & { id?: string };
const EMPTY: Draft = { titleDa: '', titleEn: '', bodyDa: '', bodyEn: '', status: 'published' };

/** Vidensbase: the articles that answer citizens 24/7, how well they answer, and the questions they did not. */
export function KnowledgeBasePage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('kb.title'), t('appName'));
  const articles = useArticles();
  const report = useKnowledgeReport();
  const save = useSaveArticle();
  const [draft, setDraft] = useState<Draft | null>(null);
  const errors =
    save.error instanceof ApiProblemError && save.error.status === 400
      ? ((save.error.problem as { errors?: Array<{ field: string; message: string }> }).errors ?? [])
      : [];
  const r = report.data;
  return (
    <>
      <h1>{t('kb.title')}</h1>
      <p className="font-lead">{t('kb.intro')}</p>
      <h2>{t('kb.quality')}</h2>
      {report.isError && <ErrorAlert onRetry={() => void report.refetch()} />}
      {r && (
        <>
          <dl className="kb-figures" data-testid="kb-report">
            <dt>{t('kb.questions')}</dt>
            <dd>{r.questions}</dd>
            <dt>{t('kb.resolvedShare')}</dt>
            <dd>{r.resolvedShare === null ? '–' : `${Math.round(r.resolvedShare * 100)} %`}</dd>
            <dt>{t('kb.escalated')}</dt>
            <dd>{r.escalated}</dd>
            <dt>{t('kb.firstResponse')}</dt>
            <dd>
              {r.medianFirstResponseMinutes === null
                ? '–'
                : t('kb.minutes', { count: Math.round(r.medianFirstResponseMinutes) })}
            </dd>
          </dl>
          <h3>{t('kb.unanswered')}</h3>
          {r.unanswered.length === 0 ? (
            <p>{t('kb.noneUnanswered')}</p>
          ) : (
            <ul data-testid="kb-unanswered">
              {r.unanswered.map((q) => (
                <li key={q.id}>
                  “{q.question}” – {formatDateTime(q.createdAt, i18n.language)} ·{' '}
                  {t('kb.shown', { count: q.articlesShown })}
                  {q.conversationId && (
                    <>
                      {' '}
                      · <Link to={inboxPath(q.conversationId)}>{t('kb.toConversation')}</Link>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h2>{t('kb.articles')}</h2>
      <button type="button" className="button button-secondary" onClick={() => setDraft(EMPTY)}>
        {t('kb.new')}
      </button>
      {draft && (
        <form
          noValidate
          className="kb-editor"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate(draft, { onSuccess: () => setDraft(null) });
          }}
        >
          <FieldErrorsAlert errors={errors} />
          {(['titleDa', 'bodyDa', 'titleEn', 'bodyEn'] as const).map((field) => (
            <div className="form-group" key={field}>
              <label className="form-label" htmlFor={`kb-${field}`}>
                {t(`kb.field.${field}`)}
              </label>
              {field.startsWith('title') ? (
                <input
                  id={`kb-${field}`}
                  className="form-input input-width-xl"
                  maxLength={200}
                  value={draft[field]}
                  onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                />
              ) : (
                <textarea
                  id={`kb-${field}`}
                  className="form-input input-width-xl"
                  rows={6}
                  value={draft[field]}
                  onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
                />
              )}
            </div>
          ))}
          <div className="form-group">
            <input
              id="kb-draft"
              type="checkbox"
              className="form-checkbox"
              checked={draft.status === 'draft'}
              onChange={(e) => setDraft({ ...draft, status: e.target.checked ? 'draft' : 'published' })}
            />
            <label htmlFor="kb-draft">{t('kb.draft')}</label>
          </div>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('kb.save')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setDraft(null)}>
            {t('kb.cancel')}
          </button>
        </form>
      )}
      {articles.isError && <ErrorAlert onRetry={() => void articles.refetch()} />}
      {articles.data && (
        <ul className="kb-list">
          {articles.data.items.map((a) => (
            <li key={a.id}>
              <strong>{a.titleDa}</strong> {a.status === 'draft' && `(${t('kb.draftLabel')})`}
              <br />
              <span className="small-text">
                {a.municipalityCode ? t('kb.own', { name: a.updatedByName }) : t('kb.shared')}
                {a.municipalityCode && (
                  <>
                    {' '}
                    ·{' '}
                    <button
                      type="button"
                      className="notification-mark-read"
                      onClick={() =>
                        setDraft({
                          id: a.id,
                          titleDa: a.titleDa,
                          titleEn: a.titleEn,
                          bodyDa: a.bodyDa,
                          bodyEn: a.bodyEn,
                          status: a.status,
                        })
                      }
                    >
                      {t('kb.edit', { title: a.titleDa })}
                    </button>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

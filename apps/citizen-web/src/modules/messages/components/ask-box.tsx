import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { conversationPath } from '../../../routes';
import { useAsk, useQuestionFeedback } from '../api/use-messages';
import { ErrorSummary, FormGroup, useErrorSummary } from '@jobunivers/web/ui';

/** "Spørg os": a question in your own words → the best articles at once → "Fik du svar?" — no sends it to a caseworker. */
export function AskBox() {
  const { t, i18n } = useTranslation('citizen');
  const navigate = useNavigate();
  const [question, setQuestion] = useState('');
  const { errors, report, summary } = useErrorSummary<'question'>(() => 'ask-question');
  const ask = useAsk();
  const feedback = useQuestionFeedback();
  const answer = ask.data;
  return (
    <section className="ask-box" aria-labelledby="ask-heading">
      <h2 id="ask-heading">{t('ask.title')}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (report({ question: !question.trim() && t('ask.empty') })) return;
          feedback.reset();
          ask.mutate({ question, language: i18n.language });
        }}
      >
        <ErrorSummary {...summary} />
        <FormGroup id="ask-question" label={t('ask.label')} hint={t('ask.hint')} error={errors.question}>
          <textarea
            className="form-input input-width-xl"
            rows={2}
            maxLength={1000}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
        </FormGroup>
        <button type="submit" className="button button-primary" disabled={ask.isPending}>
          {t('ask.submit')}
        </button>
      </form>
      {answer && (
        <div className="ask-answers" aria-live="polite">
          {answer.articles.length === 0 ? (
            <p>{t('ask.none')}</p>
          ) : (
            <ul className="nobullet-list" data-testid="ask-articles">
              {answer.articles.map((a) => (
                <li key={a.id}>
                  <details className="ask-article">
                    <summary>{a.title}</summary>
                    <p className="ask-article-body">{a.body}</p>
                  </details>
                </li>
              ))}
            </ul>
          )}
          {feedback.isSuccess && feedback.data.conversationId === null ? (
            <p role="status">{t('ask.thanks')}</p>
          ) : (
            <fieldset>
              <legend className="form-label">{answer.articles.length ? t('ask.helped') : t('ask.sendOn')}</legend>
              {answer.articles.length > 0 && (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={feedback.isPending}
                  onClick={() => feedback.mutate({ id: answer.id, resolved: true, language: i18n.language })}
                >
                  {t('ask.yes')}
                </button>
              )}{' '}
              <button
                type="button"
                className="button button-secondary"
                disabled={feedback.isPending}
                onClick={() =>
                  feedback.mutate(
                    { id: answer.id, resolved: false, language: i18n.language },
                    { onSuccess: (r) => r.conversationId && navigate(conversationPath(r.conversationId)) },
                  )
                }
              >
                {answer.articles.length ? t('ask.no') : t('ask.askPerson')}
              </button>
            </fieldset>
          )}
        </div>
      )}
    </section>
  );
}

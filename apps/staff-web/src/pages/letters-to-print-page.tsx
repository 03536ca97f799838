import { ErrorAlert, formatDateTime, Pagination, ScrollTable, usePageTitle } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  letterPdfHref,
  type PrintStatus,
  useLettersToPrint,
  useMarkPrinted,
} from '../modules/letters/api/use-letters-to-print';
import { citizenPath } from '../routes';

/** Breve til print: formal call-ins for citizens exempt from Digital Post, to print and post. */
export function LettersToPrintPage() {
  const { t, i18n } = useTranslation('staff');
  usePageTitle(t('letters.title'), t('appName'));
  const [status, setStatus] = useState<PrintStatus>('to_print');
  const [page, setPage] = useState(1);
  const list = useLettersToPrint(status, page);
  const mark = useMarkPrinted();
  const choose = (next: PrintStatus) => {
    setStatus(next);
    setPage(1);
  };
  return (
    <>
      <h1>{t('letters.title')}</h1>
      <p className="font-lead">{t('letters.intro')}</p>
      <fieldset>
        <legend className="form-label">{t('letters.show')}</legend>
        <div className="form-group-radio">
          <input
            type="radio"
            id="letters-to-print"
            name="letters-status"
            className="form-radio"
            checked={status === 'to_print'}
            onChange={() => choose('to_print')}
          />
          <label htmlFor="letters-to-print">{t('letters.status.to_print')}</label>
        </div>
        <div className="form-group-radio">
          <input
            type="radio"
            id="letters-printed"
            name="letters-status"
            className="form-radio"
            checked={status === 'printed'}
            onChange={() => choose('printed')}
          />
          <label htmlFor="letters-printed">{t('letters.status.printed')}</label>
        </div>
      </fieldset>
      {mark.isError && <ErrorAlert />}
      {mark.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('letters.marked')}</p>
          </div>
        </div>
      )}
      {list.isError && <ErrorAlert onRetry={() => void list.refetch()} />}
      {list.isPending && <p aria-busy="true">{t('loading', { ns: 'common' })}</p>}
      {list.data && list.data.items.length === 0 && (
        <p>{status === 'to_print' ? t('letters.none') : t('letters.nonePrinted')}</p>
      )}
      {list.data && list.data.items.length > 0 && (
        <ScrollTable label={t('letters.title')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('letters.col.citizen')}</th>
                <th scope="col">{t('letters.col.meeting')}</th>
                <th scope="col">{t('letters.col.written')}</th>
                <th scope="col">{t('letters.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link to={citizenPath(l.citizenId)}>{l.citizenName}</Link>
                  </td>
                  <td>{l.startsAt ? formatDateTime(l.startsAt, i18n.language) : '–'}</td>
                  <td>{formatDateTime(l.createdAt, i18n.language)}</td>
                  <td>
                    <a href={letterPdfHref(l.id)} target="_blank" rel="noopener noreferrer">
                      {t('letters.open')}
                      <span className="sr-only"> {t('letters.forCitizen', { name: l.citizenName })}</span>
                    </a>
                    {l.status === 'to_print' ? (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button button-secondary"
                          disabled={mark.isPending}
                          onClick={() => mark.mutate(l.id)}
                        >
                          {t('letters.markPrinted')}
                          <span className="sr-only"> {t('letters.forCitizen', { name: l.citizenName })}</span>
                        </button>
                      </>
                    ) : (
                      <p className="m-0">
                        {t('letters.printedAt', { when: formatDateTime(l.printedAt ?? l.createdAt, i18n.language) })}
                      </p>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {list.data && (
        <Pagination page={list.data.page} totalPages={list.data.totalPages} total={list.data.total} onPage={setPage} />
      )}
    </>
  );
}

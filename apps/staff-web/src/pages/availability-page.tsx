import { type Schemas } from '@jobunivers/api-client';
import { ApiProblemError } from '@jobunivers/api-client';
import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEETING_FORMS,
  type MeetingForm,
  useAvailability,
  useSaveAvailability,
} from '../modules/meetings/api/use-meetings';

type Window = Schemas['AvailabilityWindowDto'];
type Block = Schemas['AvailabilityBlockDto'];

/** My availability: weekly windows per meeting form, and days off / blocked hours. */
export function AvailabilityPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('availability.title'), t('appName'));
  const availability = useAvailability();
  const save = useSaveAvailability();
  const [windows, setWindows] = useState<Window[]>([]);
  const [blocks, setBlocks] = useState<Block[]>([]);
  useEffect(() => {
    if (availability.data) {
      setWindows(availability.data.windows);
      setBlocks(availability.data.blocks);
    }
  }, [availability.data]);
  const problem = save.error instanceof ApiProblemError ? save.error.problem : undefined;
  const fieldErrors = (problem as { errors?: Array<{ field: string; message: string }> } | undefined)?.errors ?? [];
  const setWindow = (i: number, patch: Partial<Window>) =>
    setWindows(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  const setBlock = (i: number, patch: Partial<Block>) =>
    setBlocks(blocks.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  if (availability.isError) return <ErrorAlert onRetry={() => void availability.refetch()} />;
  if (!availability.data) return <p>{t('loading', { ns: 'common' })}</p>;
  return (
    <>
      <h1>{t('availability.title')}</h1>
      <p className="font-lead">{t('availability.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({
            windows: windows.map((w) => ({ ...w, address: w.form === 'in_person' ? w.address || null : null })),
            blocks: blocks.map((b) => ({
              ...b,
              startTime: b.startTime || null,
              endTime: b.endTime || null,
              reason: b.reason || null,
            })),
          });
        }}
        noValidate
      >
        {fieldErrors.length > 0 && (
          <div className="alert alert-error" role="alert">
            <div className="alert-body">
              <p className="alert-heading">{t('availability.invalid')}</p>
              <ul className="alert-text">
                {fieldErrors.map((f) => (
                  <li key={f.field}>
                    {f.field}: {f.message}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        {save.isError && fieldErrors.length === 0 && <ErrorAlert />}
        {save.isSuccess && (
          <p role="status" className="alert alert-success">
            {t('availability.saved')}
          </p>
        )}
        <h2>{t('availability.weekly')}</h2>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('availability.weekday')}</th>
              <th scope="col">{t('availability.from')}</th>
              <th scope="col">{t('availability.to')}</th>
              <th scope="col">{t('meetings.form')}</th>
              <th scope="col">{t('availability.slot')}</th>
              <th scope="col">{t('availability.address')}</th>
              <th scope="col">
                <span className="sr-only">{t('availability.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {windows.map((w, i) => (
              <tr key={i}>
                <td>
                  <select
                    className="form-select"
                    aria-label={`${t('availability.weekday')} ${i + 1}`}
                    value={w.weekday}
                    onChange={(e) => setWindow(i, { weekday: Number(e.target.value) })}
                  >
                    {([1, 2, 3, 4, 5, 6, 7] as const).map((d) => (
                      <option key={d} value={d}>
                        {t(`availability.weekdays.${d}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="time"
                    className="form-input"
                    aria-label={`${t('availability.from')} ${i + 1}`}
                    value={w.startTime}
                    onChange={(e) => setWindow(i, { startTime: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="time"
                    className="form-input"
                    aria-label={`${t('availability.to')} ${i + 1}`}
                    value={w.endTime}
                    onChange={(e) => setWindow(i, { endTime: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    className="form-select"
                    aria-label={`${t('meetings.form')} ${i + 1}`}
                    value={w.form}
                    onChange={(e) => setWindow(i, { form: e.target.value as MeetingForm })}
                  >
                    {MEETING_FORMS.map((f) => (
                      <option key={f} value={f}>
                        {t(`meetings.forms.${f}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    className="form-select"
                    aria-label={`${t('availability.slot')} ${i + 1}`}
                    value={w.slotMinutes}
                    onChange={(e) => setWindow(i, { slotMinutes: Number(e.target.value) })}
                  >
                    {[15, 20, 30, 45, 60, 90].map((m) => (
                      <option key={m} value={m}>
                        {t('availability.minutes', { count: m })}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {w.form === 'in_person' && (
                    <input
                      className="form-input"
                      aria-label={`${t('availability.address')} ${i + 1}`}
                      value={w.address ?? ''}
                      maxLength={200}
                      onChange={(e) => setWindow(i, { address: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => setWindows(windows.filter((_, j) => j !== i))}
                  >
                    {t('availability.remove')}
                    <span className="sr-only"> {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            setWindows([
              ...windows,
              { weekday: 1, startTime: '09:00', endTime: '12:00', form: 'video', slotMinutes: 30, address: null },
            ])
          }
        >
          {t('availability.addWindow')}
        </button>
        <h2>{t('availability.blocks')}</h2>
        <p>{t('availability.blocksIntro')}</p>
        <ul className="nobullet-list">
          {blocks.map((b, i) => (
            <li key={i} className="form-row">
              <input
                type="date"
                className="form-input"
                aria-label={`${t('availability.date')} ${i + 1}`}
                value={b.date}
                onChange={(e) => setBlock(i, { date: e.target.value })}
              />
              <input
                type="time"
                className="form-input"
                aria-label={`${t('availability.from')} ${i + 1}`}
                value={b.startTime ?? ''}
                onChange={(e) => setBlock(i, { startTime: e.target.value })}
              />
              <input
                type="time"
                className="form-input"
                aria-label={`${t('availability.to')} ${i + 1}`}
                value={b.endTime ?? ''}
                onChange={(e) => setBlock(i, { endTime: e.target.value })}
              />
              <input
                className="form-input"
                aria-label={`${t('availability.reason')} ${i + 1}`}
                value={b.reason ?? ''}
                maxLength={200}
                onChange={(e) => setBlock(i, { reason: e.target.value })}
              />
              <button
                type="button"
                className="button button-tertiary"
                onClick={() => setBlocks(blocks.filter((_, j) => j !== i))}
              >
                {t('availability.remove')}
                <span className="sr-only"> {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setBlocks([...blocks, { date: '', startTime: null, endTime: null, reason: null }])}
        >
          {t('availability.addBlock')}
        </button>
        <p>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('availability.save')}
          </button>
        </p>
      </form>
    </>
  );
}

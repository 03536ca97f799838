import { formatDay, formatTime, copenhagenDate } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import type { Slot } from '../api/use-meetings';

/** Free times as an accessible list of radio buttons grouped by day (one fieldset per day). */
export function SlotPicker({
  slots,
  value,
  onChange,
}: {
  slots: Slot[];
  value?: string;
  onChange: (slot: Slot) => void;
}) {
  const { t, i18n } = useTranslation('citizen');
  const days = new Map<string, Slot[]>();
  for (const slot of slots)
    days.set(copenhagenDate(slot.start), [...(days.get(copenhagenDate(slot.start)) ?? []), slot]);
  const keyOf = (s: Slot) => `${s.start}|${s.caseworkerId}`;
  return (
    <div className="slot-days">
      {[...days.entries()].map(([day, daySlots]) => (
        <fieldset key={day} className="slot-day">
          <legend className="h4">{formatDay(daySlots[0].start, i18n.language)}</legend>
          <ul className="nobullet-list slot-list">
            {daySlots.map((slot) => (
              <li key={keyOf(slot)}>
                <input
                  className="form-radio radio-large"
                  type="radio"
                  name="slot"
                  id={`slot-${keyOf(slot)}`}
                  value={keyOf(slot)}
                  checked={value === keyOf(slot)}
                  onChange={() => onChange(slot)}
                />
                <label htmlFor={`slot-${keyOf(slot)}`}>
                  {formatTime(slot.start, i18n.language)}
                  {!slot.ownCaseworker && (
                    <span className="form-hint"> {t('meetings.withOther', { name: slot.caseworkerName })}</span>
                  )}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}

export const slotKey = (s: Slot) => `${s.start}|${s.caseworkerId}`;

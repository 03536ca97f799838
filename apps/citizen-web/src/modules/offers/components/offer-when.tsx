import { formatDateTime } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../api/use-offers';

/** When an offer runs: its first session (and how many), or "at your own pace". */
export function OfferWhen({ offer }: { offer: Pick<Offer, 'sessions'> & { selfPaced?: boolean } }) {
  const { t, i18n } = useTranslation('citizen');
  if (offer.sessions.length === 0) return <>{t('offers.selfPaced')}</>;
  return (
    <>
      {t('offers.sessions', {
        first: formatDateTime(offer.sessions[0].start, i18n.language),
        count: offer.sessions.length,
      })}
    </>
  );
}

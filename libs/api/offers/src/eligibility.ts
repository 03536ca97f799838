/**
 * The benefit types an offer may name for a citizen on this benefit: jobparat kontanthjælp is
 * kontanthjælp, so an offer for `cash_benefit` is open to `job_ready_cash_benefit` too.
 */
export const offerBenefitTypesFor = (benefitType: string): string[] =>
  benefitType === 'job_ready_cash_benefit' ? [benefitType, 'cash_benefit'] : [benefitType];

/** Who an offer is open to: empty lists mean everyone. */
export function isEligible(
  offer: { benefitTypes: string[]; tracks: string[] },
  citizen: { benefitType: string; track: string },
): boolean {
  const benefits = offerBenefitTypesFor(citizen.benefitType);
  return (
    (offer.benefitTypes.length === 0 || offer.benefitTypes.some((b) => benefits.includes(b))) &&
    (offer.tracks.length === 0 || offer.tracks.includes(citizen.track))
  );
}

/** Free places; null when the offer has no limit. */
export const placesLeft = (offer: { capacity: number | null; enrolled: number }): number | null =>
  offer.capacity === null ? null : Math.max(0, offer.capacity - offer.enrolled);

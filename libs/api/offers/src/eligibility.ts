/** Who an offer is open to: empty lists mean everyone. */
export function isEligible(offer: { benefitTypes: string[]; tracks: string[] }, citizen: { benefitType: string; track: string }): boolean {
  return (offer.benefitTypes.length === 0 || offer.benefitTypes.includes(citizen.benefitType)) && (offer.tracks.length === 0 || offer.tracks.includes(citizen.track));
}

/** Free places; null when the offer has no limit. */
export const placesLeft = (offer: { capacity: number | null; enrolled: number }): number | null => (offer.capacity === null ? null : Math.max(0, offer.capacity - offer.enrolled));

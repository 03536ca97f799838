import { isEligible, placesLeft } from './eligibility';

describe('offer eligibility and places', () => {
  it('opens an offer to everyone when it names no benefit types or tracks, else only to those named', () => {
    const citizen = { benefitType: 'cash_benefit', track: 'self_service' };
    expect(isEligible({ benefitTypes: [], tracks: [] }, citizen)).toBe(true);
    expect(isEligible({ benefitTypes: ['cash_benefit'], tracks: [] }, citizen)).toBe(true);
    expect(isEligible({ benefitTypes: ['unemployment_benefit'], tracks: [] }, citizen)).toBe(false);
    expect(isEligible({ benefitTypes: [], tracks: ['personal'] }, citizen)).toBe(false);
    expect(isEligible({ benefitTypes: ['cash_benefit'], tracks: ['self_service', 'personal'] }, citizen)).toBe(true);
  });

  it('opens kontanthjælp offers to job-ready kontanthjælp, not the other way round', () => {
    expect(
      isEligible(
        { benefitTypes: ['cash_benefit'], tracks: [] },
        { benefitType: 'job_ready_cash_benefit', track: 'self_service' },
      ),
    ).toBe(true);
    expect(
      isEligible(
        { benefitTypes: ['job_ready_cash_benefit'], tracks: [] },
        { benefitType: 'cash_benefit', track: 'self_service' },
      ),
    ).toBe(false);
    expect(
      isEligible(
        { benefitTypes: ['unemployment_benefit'], tracks: [] },
        { benefitType: 'unemployment_allowance', track: 'self_service' },
      ),
    ).toBe(false);
  });

  it('counts free places, never below zero, and none for unlimited offers', () => {
    expect(placesLeft({ capacity: null, enrolled: 40 })).toBeNull();
    expect(placesLeft({ capacity: 12, enrolled: 5 })).toBe(7);
    expect(placesLeft({ capacity: 3, enrolled: 3 })).toBe(0);
    expect(placesLeft({ capacity: 2, enrolled: 5 })).toBe(0);
  });
});

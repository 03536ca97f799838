import { distanceKm } from './geo';

describe('distanceKm', () => {
  it('is zero for the same point', () => {
    expect(distanceKm({ latitude: 56.15, longitude: 10.2 }, { latitude: 56.15, longitude: 10.2 })).toBe(0);
  });

  it('measures Copenhagen–Aarhus at about 157 km as the crow flies', () => {
    const copenhagen = { latitude: 55.6761, longitude: 12.5683 };
    const aarhus = { latitude: 56.1629, longitude: 10.2039 };
    expect(distanceKm(copenhagen, aarhus)).toBeCloseTo(156.6, 0);
    expect(distanceKm(aarhus, copenhagen)).toBeCloseTo(distanceKm(copenhagen, aarhus), 9);
  });
});

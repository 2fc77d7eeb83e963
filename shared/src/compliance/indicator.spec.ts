import { complianceStatus, complianceTrendArrow, complianceValue, sumFigures } from './indicator';

const rate = { measure: 'rate', comparator: '>=' } as const;
const inverse = { measure: 'rate', comparator: '<=' } as const;
const count = { measure: 'count', comparator: '<=' } as const;

describe('compliance cell status (policy-modules §4.2: three classes, inclusive at the line)', () => {
  it.each([
    [rate, { threshold: 0.99, amberBand: 0.01 }, 99, 100, 'green'],
    [rate, { threshold: 0.99, amberBand: 0.01 }, 989, 1000, 'amber'],
    [rate, { threshold: 0.99, amberBand: 0.01 }, 98, 100, 'amber'],
    [rate, { threshold: 0.99, amberBand: 0.01 }, 97, 100, 'red'],
    [rate, { threshold: 1, amberBand: 0 }, 999, 1000, 'red'],
    [rate, { threshold: 1, amberBand: 0 }, 7, 7, 'green'],
    [inverse, { threshold: 0.1, amberBand: 0.02 }, 10, 100, 'green'],
    [inverse, { threshold: 0.1, amberBand: 0.02 }, 12, 100, 'amber'],
    [inverse, { threshold: 0.1, amberBand: 0.02 }, 13, 100, 'red'],
    [count, { threshold: 0, amberBand: 0 }, 0, 5000, 'green'],
    [count, { threshold: 0, amberBand: 0 }, 1, 5000, 'red'],
    [count, { threshold: 0, amberBand: 2 }, 2, 5000, 'amber'],
    [rate, { threshold: 0.99, amberBand: 0.01 }, 0, 0, 'no_data'],
    [count, { threshold: 0, amberBand: 0 }, 0, 0, 'no_data'],
  ] as const)('%o with %o: %i / %i is %s', (def, target, numerator, denominator, status) => {
    expect(complianceStatus(def, target, { numerator, denominator }).status).toBe(status);
  });

  it('a rate is the ratio, a count its numerator', () => {
    expect(complianceValue(rate, { numerator: 1, denominator: 4 })).toBe(0.25);
    expect(complianceValue(count, { numerator: 3, denominator: 400 })).toBe(3);
  });

  it('roll-up sums numerators and denominators: 1/1 and 0/99 make 1 %, not the 50 % an average of rates would', () => {
    const city = sumFigures([
      { numerator: 1, denominator: 1 },
      { numerator: 0, denominator: 99 },
    ]);
    expect(city).toEqual({ numerator: 1, denominator: 100 });
    expect(complianceValue(rate, city)).toBe(0.01);
  });

  it.each([
    [0.01, 0.95, 0.9, 'up'],
    [0.01, 0.9, 0.95, 'down'],
    [0.01, 0.905, 0.9, null],
    [0.01, 0.91, 0.9, null],
    [0, 3, 2, 'up'],
    [0.01, null, 0.9, null],
    [0.01, 0.9, null, null],
  ] as const)('gap %d: %p against %p is %p', (gap, current, previous, arrow) => {
    expect(complianceTrendArrow(gap, current, previous)).toBe(arrow);
  });
});

import fc from 'fast-check';
import { describeIdNumberProblem, ID_NUMBER_PROBLEMS, idNumberCheckChar, maskIdNumber, normalizeIdNumber, validateIdNumber } from './id-number';

const TODAY = '2024-06-30';

/**
 * Known-valid numbers whose check characters were computed by hand, so these tests do not merely
 * repeat idNumberCheckChar. Weights: 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; S mod 11 → 1 0 X 9 8 7 6 5 4 3 2.
 *
 * 11010519491231002X (the GB 11643 example):
 *   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
 *   = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → X. Digit 17 = 2, even → female.
 * 45020219850103123X:
 *   4·7 + 5·9 + 0·10 + 2·5 + 0·8 + 2·4 + 1·2 + 9·1 + 8·6 + 5·3 + 0·7 + 1·9 + 0·10 + 3·5 + 1·8 + 2·4 + 3·2
 *   = 28+45+0+10+0+8+2+9+48+15+0+9+0+15+8+8+6 = 211; 211 mod 11 = 2 → X. Digit 17 = 3 → male.
 * 450202198501051230: as above but day 05, the 14th digit weighs 5: 211 + 2·5 = 221; 221 mod 11 = 1 → 0.
 * 450202198501071231: day 07: 211 + 4·5 = 231; 231 mod 11 = 0 → 1.
 * 450202199003071233:
 *   28+45+0+10+0+8+2+9 + 9·6 + 0·3 + 0·7 + 3·9 + 0·10 + 7·5 + 1·8 + 2·4 + 3·2
 *   = 102 + 54+0+0+27+0+35+8+8+6 = 240; 240 mod 11 = 9 → 3.
 * 450205200002290041 (29 February of a leap year):
 *   4·7 + 5·9 + 0·10 + 2·5 + 0·8 + 5·4 + 2·2 + 0·1 + 0·6 + 0·3 + 0·7 + 2·9 + 2·10 + 9·5 + 0·8 + 0·4 + 4·2
 *   = 28+45+0+10+0+20+4+0+0+0+0+18+20+45+0+0+8 = 198; 198 mod 11 = 0 → 1. Digit 17 = 4 → female.
 * 440524188001010014 (the other GB 11643 example, born 1880):
 *   4·7 + 4·9 + 0·10 + 5·5 + 2·8 + 4·4 + 1·2 + 8·1 + 8·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 0·8 + 0·4 + 1·2
 *   = 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 → 4. Checksum right, but before 1900.
 */
const HAND_COMPUTED: [string, string, 'male' | 'female'][] = [
  ['11010519491231002X', '1949-12-31', 'female'],
  ['45020219850103123X', '1985-01-03', 'male'],
  ['450202198501051230', '1985-01-05', 'male'],
  ['450202198501071231', '1985-01-07', 'male'],
  ['450202199003071233', '1990-03-07', 'male'],
  ['450205200002290041', '2000-02-29', 'female'],
];

/** A checksum-correct number from its parts (used for cases the hand-computed list does not cover). */
function make(region: string, birth: string, seq: string): string {
  const first17 = region + birth + seq;
  return first17 + idNumberCheckChar(first17);
}

describe('GB 11643 check character', () => {
  it.each(HAND_COMPUTED)('%s matches the hand computation', (id) => {
    expect(idNumberCheckChar(id.slice(0, 17))).toBe(id[17]);
  });

  it('matches the other standard example (born 1880)', () => {
    expect(idNumberCheckChar('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => idNumberCheckChar('4502021985010312')).toThrow(RangeError);
    expect(() => idNumberCheckChar('45020219850103123X')).toThrow(RangeError);
    expect(() => idNumberCheckChar('4502021985010312A')).toThrow(RangeError);
  });

  it('any single-digit change in the first 17 changes the check character (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}$/), fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (d, pos, delta) => {
        const changed = d.slice(0, pos) + String((Number(d[pos]) + delta) % 10) + d.slice(pos + 1);
        expect(idNumberCheckChar(changed)).not.toBe(idNumberCheckChar(d));
      }),
    );
  });
});

describe('validateIdNumber', () => {
  it.each(HAND_COMPUTED)('accepts %s (born %s, %s)', (id, birthDate, sex) => {
    expect(validateIdNumber(id, TODAY)).toEqual({ ok: true, idNumber: id, birthDate, sex });
  });

  it('derives sex from the 17th digit: odd male, even female', () => {
    for (const d of ['1', '3', '5', '7', '9']) expect(validateIdNumber(make('450202', '19800101', `00${d}`), TODAY)).toMatchObject({ sex: 'male' });
    for (const d of ['0', '2', '4', '6', '8']) expect(validateIdNumber(make('450202', '19800101', `00${d}`), TODAY)).toMatchObject({ sex: 'female' });
  });

  it('normalises a lowercase x, inner and outer spaces, full-width characters', () => {
    const ok = { ok: true, idNumber: '45020219850103123X' };
    expect(validateIdNumber('45020219850103123x', TODAY)).toMatchObject(ok);
    expect(validateIdNumber('  450202 19850103 123x\t', TODAY)).toMatchObject(ok);
    expect(validateIdNumber('\u3000450202\u00a019850103123X ', TODAY)).toMatchObject(ok);
    expect(validateIdNumber('４５０２０２１９８５０１０３１２３ｘ', TODAY)).toMatchObject(ok);
  });

  it('rejects a wrong check character as checksum', () => {
    for (const c of '0123456789X'.replace('X', '')) {
      expect(validateIdNumber(`45020219850103123${c}`, TODAY)).toEqual({ ok: false, reason: 'checksum' });
    }
    // adjacent digits transposed (…071233 → …072133): MOD 11-2 catches every such swap
    expect(validateIdNumber('450202199003072133', TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it.each([
    ['', 'empty'],
    ['450202850103123', '15-digit old number'],
    ['45020219850103123', '17 digits'],
    ['45020219850103123X0', '19 characters'],
  ])('rejects %j (%s) as length', (raw) => {
    expect(validateIdNumber(raw, TODAY)).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects null and undefined as length', () => {
    expect(validateIdNumber(null, TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(validateIdNumber(undefined, TODAY)).toEqual({ ok: false, reason: 'length' });
  });

  it.each(['4502021985010312XX', '45020219850103A23X', 'X50202198501031230', '450202-1985010312X', '4.502021985010E+17'])('rejects %s as format', (raw) => {
    expect(validateIdNumber(raw, TODAY)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['19850230', '30 February'],
    ['19000229', '29 February 1900 (not a leap year)'],
    ['19851301', 'month 13'],
    ['19850001', 'month 00'],
    ['19850100', 'day 00'],
    ['19850431', '31 April'],
    ['21000101', '2100-01-01, in the future'],
    ['20240701', 'the day after today'],
    ['18991231', 'before 1900'],
  ])('rejects birth date %s (%s) even with a correct checksum', (birth) => {
    expect(validateIdNumber(make('450202', birth, '123'), TODAY)).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('rejects the 1880 standard example for its birth date, not its checksum', () => {
    expect(validateIdNumber('440524188001010014', TODAY)).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('accepts the boundaries: born today, born 1900-01-01, 29 February 2000', () => {
    expect(validateIdNumber(make('450202', '20240630', '002'), TODAY)).toMatchObject({ ok: true, birthDate: '2024-06-30' });
    expect(validateIdNumber(make('450202', '19000101', '002'), TODAY)).toMatchObject({ ok: true, birthDate: '1900-01-01' });
    expect(validateIdNumber(make('450202', '20000229', '002'), TODAY)).toMatchObject({ ok: true, birthDate: '2000-02-29' });
  });

  it('judges the future against the today it is given, not the machine clock', () => {
    const id = make('450202', '20240701', '002');
    expect(validateIdNumber(id, '2024-06-30')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdNumber(id, '2024-07-01')).toMatchObject({ ok: true });
  });

  it('refuses a malformed today', () => {
    expect(() => validateIdNumber('45020219850103123X', '2024-6-30')).toThrow(RangeError);
    expect(() => validateIdNumber('45020219850103123X', '2024-02-30')).toThrow(RangeError);
  });

  it('accepts every checksum-correct number with a real birth date (property)', () => {
    const birth = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-06-30T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.stringMatching(/^\d{6}$/), birth, fc.stringMatching(/^\d{3}$/), (region, date, seq) => {
        const iso = date.toISOString().slice(0, 10);
        const id = make(region, iso.replace(/-/g, ''), seq);
        const result = validateIdNumber(id.toLowerCase(), TODAY);
        expect(result).toEqual({ ok: true, idNumber: id, birthDate: iso, sex: Number(seq[2]) % 2 ? 'male' : 'female' });
      }),
    );
  });
});

describe('normalizeIdNumber', () => {
  it('trims, removes inner spaces, upper-cases x', () => {
    expect(normalizeIdNumber(' 450202 1985 0103 123x ')).toBe('45020219850103123X');
    expect(normalizeIdNumber(undefined)).toBe('');
  });
});

describe('maskIdNumber', () => {
  it('keeps the first six and the last four', () => {
    expect(maskIdNumber('45020219850103123X')).toBe('450202********123X');
    expect(maskIdNumber(' 450202 19850103123x')).toBe('450202********123X');
  });

  it.each([
    [null, ''],
    ['', ''],
    ['12345', '********'],
    ['12345678', '********'],
    ['1234567890', '12********'],
    ['450202850103123', '450202********3'],
    ['45020219850103123', '450202********123'],
    ['45020219850103123X0123456789', '450202********6789'],
  ])('never reveals more than 6 + 4 characters, nor fewer than 8 hidden: %j → %s', (raw, masked) => {
    expect(maskIdNumber(raw)).toBe(masked);
  });

  it('never reveals more than 10 characters and always hides at least 8 (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const value = normalizeIdNumber(raw);
        const masked = maskIdNumber(raw);
        const shown = masked.replace('********', '');
        expect(shown.length).toBeLessThanOrEqual(10);
        expect(shown.length).toBeLessThanOrEqual(Math.max(0, value.length - 8));
      }),
    );
  });
});

describe('problem messages', () => {
  it('are bilingual for every reason', () => {
    for (const reason of ID_NUMBER_PROBLEMS) {
      const text = describeIdNumberProblem(reason);
      expect(text).toMatch(/身份证号/);
      expect(text).toMatch(/ \([0-9A-Za-z][^)]*\)$/);
    }
  });
});

import { maskIdNumbersIn } from './id-number';
import { csvLine, spreadsheetSafe } from './spreadsheet';

describe('spreadsheetSafe', () => {
  it('prefixes a quote to text that could start a formula, and leaves the rest alone', () => {
    for (const attack of ["=cmd|' /C calc'!A0", '+1+cmd|x', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(spreadsheetSafe(attack)).toBe(`'${attack}`);
    for (const plain of ['张三', '450202199001011234', '-12.5', '+3', '-', '', 'a=b']) expect(spreadsheetSafe(plain)).toBe(plain);
  });

  it('csvLine escapes formulas, then quotes commas, quotes and line breaks; numbers stay numbers', () => {
    expect(csvLine(['=1+1', 'a,b', 'say "hi"', 'x\ny', -3, null, undefined])).toBe(`'=1+1,"a,b","say ""hi""","x\ny",-3,,`);
    expect(csvLine(['=HYPERLINK("http://x","y")'])).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('maskIdNumbersIn', () => {
  it('masks every ID number in free text, and nothing longer or shorter', () => {
    expect(maskIdNumbersIn("Duplicate entry '45020219900101123X-2026' for key 'idx_x'")).toBe("Duplicate entry '450202********123X-2026' for key 'idx_x'");
    expect(maskIdNumbersIn('a 450202199001011234 b 450202199001011234')).toBe('a 450202********1234 b 450202********1234');
    expect(maskIdNumbersIn('4502021990010112345 45020219900101123')).toBe('4502021990010112345 45020219900101123');
  });
});

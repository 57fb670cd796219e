/** How the report shows values: the differing field, resolve's argument form, subject slugs. */
import { describe, expect, it } from 'vitest';
import { differingFields, showValue, valueArgument } from '../../src/report/values.js';
import { subjectSlug } from '../../src/report/model.js';
import { codeAndName, countryName } from '../../src/report/countries.js';

describe('report values', () => {
  it('singles out the fields in which competing rules differ', () => {
    const rules = [
      { delay_days: 90, threshold: 40, instrument: 'ratification' },
      { delay_days: 90, threshold: 40, instrument: 'signature' },
    ];
    expect([...differingFields(rules)!]).toEqual(['instrument']);
  });

  it('says plain values differ as a whole', () => {
    expect(differingFields([65, 72])).toBeNull();
  });

  it('shows objects as field: value pairs and gives them back to resolve as JSON', () => {
    expect(showValue({ delay_days: 90 })).toBe('delay days: 90');
    expect(valueArgument({ delay_days: 90 })).toBe('{"delay_days":90}');
    expect(valueArgument('ratification')).toBe('ratification');
  });

  it('names countries beside their codes, the EU included', () => {
    expect(codeAndName('MV')).toBe('MV Maldives');
    expect(countryName('EU')).toBe('European Union');
    expect(codeAndName('XX')).toBe('XX');
  });

  it('gives subjects readable file names that differ even when their words slug alike', () => {
    expect(subjectSlug('Treaty <A>')).toMatch(/^treaty-a-[0-9a-f]{6}$/);
    expect(subjectSlug('Treaty <A>')).not.toBe(subjectSlug('Treaty A'));
  });
});

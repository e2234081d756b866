import { describe, expect, it } from 'vitest';
import { figuresOf } from './_test-helpers.js';
import { parseDigits } from './figures.js';

const one = (text: string) => {
  const [f] = figuresOf(text);
  return f && { value: f.value, high: f.valueHigh, unit: f.unit, qualifier: f.qualifier, figure: text.slice(f.start, f.end) };
};

describe('numbers', () => {
  it('reads thousands separators and decimals', () => {
    expect(parseDigits('3,500')).toBe(3500);
    expect(parseDigits('3 500')).toBe(3500);
    expect(parseDigits('3.500', true)).toBe(3500);
    expect(parseDigits('2,5', true)).toBe(2.5);
    expect(one('Police arrested 1 260 people.')?.value).toBe(1260);
  });

  it('reads magnitudes, including lakh and crore', () => {
    expect(one('The agency seized $16.7m in cash.')).toMatchObject({ value: 16_700_000, unit: 'USD' });
    expect(one('a total turnover of KZT 24bn')).toMatchObject({ value: 24_000_000_000, unit: 'KZT' });
    expect(one('assets worth Rs 1,200 crore')).toMatchObject({ value: 12_000_000_000, unit: 'INR' });
    expect(one('diverted Rs 75 lakh abroad')).toMatchObject({ value: 7_500_000, unit: 'INR' });
    expect(one('seized $1.28 million')).toMatchObject({ value: 1_280_000 });
    expect(one('12 mln roubles in cash')).toMatchObject({ value: 12_000_000, unit: 'RUB' });
    expect(one('8.6 bln roubles')).toMatchObject({ value: 8_600_000_000, unit: 'RUB' });
  });

  it('reads a currency name several countries share as the one of the text\'s country', () => {
    expect(figuresOf('seized 2.1 million lei', 'MD')[0]?.unit).toBe('MDL');
    expect(figuresOf('seized 2.1 million lei', 'RO')[0]?.unit).toBe('RON');
    expect(figuresOf('at least 2.4 billion dinars', 'RS')[0]?.unit).toBe('RSD');
    expect(figuresOf('more than S/ 38 million', 'PE')[0]).toMatchObject({ value: 38_000_000, unit: 'PEN' });
  });

  it('reads "two hundred" as a number and "hundreds of" as none', () => {
    expect(one('seized more than two hundred SIM cards')).toMatchObject({ value: 200, qualifier: 'more_than' });
    expect(figuresOf('seized hundreds of SIM cards')).toEqual([]);
  });

  it('reads no figure in a name with digits, even one that starts with a currency letter', () => {
    expect(figuresOf('the total volume of P2P crypto trading', 'PH')).toEqual([]);
    expect(one('seized N1.2bn in cash')).toMatchObject({ value: 1_200_000_000, unit: 'NGN' });
  });

  it('adds a smaller magnitude written after a larger one, as translations do', () => {
    expect(one('caused damage of 9 billion 460 million tenge')).toMatchObject({ value: 9_460_000_000, unit: 'KZT', figure: '9 billion 460 million tenge' });
    expect(one('1 million 200 thousand roubles')).toMatchObject({ value: 1_200_000, unit: 'RUB' });
    expect(one('seized $2 million 5 billion')).toMatchObject({ value: 2_000_000, figure: '$2 million' });
  });

  it('reads written numbers but not vague amounts', () => {
    expect(one('detained forty-two suspects')).toMatchObject({ value: 42, unit: 'count' });
    expect(one('detained a dozen people')).toMatchObject({ value: 12 });
    expect(figuresOf('detained dozens of people and hundreds of suspects')).toEqual([]);
  });
});

describe('ranges', () => {
  it.each([
    ['sentenced to 2.5 to 3.5 years', 2.5, 3.5, 'years'],
    ['sentenced to between 10 and 12 years', 10, 12, 'years'],
    ['prison terms of 3-5 years', 3, 5, 'years'],
    ['jail terms ranging from 13 to 17 months', 13, 17, 'months'],
    ['served between 10,000 and 12,000 clients', 10_000, 12_000, 'count'],
    ['fines of $2-3 million', 2_000_000, 3_000_000, 'USD'],
  ])('%s', (text, low, high, unit) => {
    expect(one(text)).toMatchObject({ value: low, high, unit, qualifier: 'range' });
  });

  it('reads "X years and Y months" as months', () => {
    expect(one('jailed for 11 years and eight months')).toMatchObject({ value: 140, unit: 'months' });
  });

  it.each([
    ['sentenced to terms ranging from six months to one year', 6, 12],
    ['jailed for between 18 months and three years', 18, 36],
    ['given 9 months to 2 years in prison', 9, 24],
  ])('reads a range across duration units in "%s" as months', (text, low, high) => {
    expect(one(text)).toMatchObject({ value: low, high, unit: 'months', qualifier: 'range' });
  });

  it.each([
    ['sentenced to between two and a half and five years', 2.5, 5, 'years'],
    ['received sentences of between two years and three years and nine months', 24, 45, 'months'],
    ['jailed for between two years and four months and three years and six months', 28, 42, 'months'],
  ])('reads compound and fractional terms in "%s"', (text, low, high, unit) => {
    expect(one(text)).toMatchObject({ value: low, high, unit, qualifier: 'range' });
  });

  it('reads "one and a half years"', () => {
    expect(one('He was jailed for one and a half years.')).toMatchObject({ value: 1.5, high: null, unit: 'years' });
  });

  it('reads no range from "and" without "between": "two years and three months later"', () => {
    expect(one('jailed for 18 months and three years later released')).toMatchObject({ value: 18, high: null, unit: 'months' });
  });
});

describe('currencies', () => {
  it.each([
    ['€34 million', 'EUR'], ['£1.4 million', 'GBP'], ['₸500,000', 'KZT'], ['₽2 million', 'RUB'], ['₹5 crore', 'INR'],
    ['USD 4.5 million', 'USD'], ['4.5 million USD', 'USD'], ['60 billion tenge', 'KZT'], ['3 million roubles', 'RUB'],
    ['40 billion yuan', 'CNY'], ['35.2 billion won', 'KRW'], ['356 million lira', 'TRY'], ['7.2 million hryvnias', 'UAH'],
    ['N1.2 billion', 'NGN'], ['R$ 9 billion', 'BRL'], ['S$2.2 billion', 'SGD'], ['₱2.8 billion', 'PHP'],
    ['4.8 million USDT', 'USDT'], ['120 ETH', 'ETH'], ['61,000 bitcoin', 'BTC'], ['50,000 BTC', 'BTC'], ['5 million Tether', 'USDT'],
  ])('%s is %s', (text, unit) => {
    expect(one(`seized ${text} in total`)?.unit).toBe(unit);
  });

  it('reads a bare "$" as the local dollar of the jurisdiction', () => {
    expect(figuresOf('restrained $7.5 million', 'AU')[0]?.unit).toBe('AUD');
    expect(figuresOf('restrained $7.5 million', 'US')[0]?.unit).toBe('USD');
    expect(figuresOf('restrained US$7.5 million', 'AU')[0]?.unit).toBe('USD');
  });

  it('counts machines, not coins, in "34 bitcoin ATMs"', () => {
    expect(one('seized 34 bitcoin ATMs')).toMatchObject({ value: 34, unit: 'count' });
  });
});

describe('qualifiers', () => {
  it.each([
    ['over 3,500 exchanges', 'more_than'], ['more than 30 sites', 'more_than'], ['exceeding $1.28 million', 'more_than'],
    ['about $144 million', 'approximately'], ['around 8,000 users', 'approximately'], ['some 400,000 users', 'approximately'],
    ['roughly 1,500 customers', 'approximately'], ['nearly 1,500 phones', 'less_than'], ['almost 50,000 bitcoin', 'less_than'],
    ['just below $7.5 million', 'less_than'], ['up to R$ 1.2 billion', 'up_to'], ['at least $96 billion', 'at_least'],
    ['4,111 convictions', 'exact'],
  ])('%s is %s', (text, qualifier) => {
    expect(one(`it reported ${text} in all`)?.qualifier).toBe(qualifier);
  });
});

describe('distractors', () => {
  it.each([
    'In 2024 the agency was reorganised.',
    'Inflation ran at nearly 60% and the rate stood at 16 per cent.',
    'The 45-year-old was the 3rd suspect.',
    'The COVID-19 rules and the movie2k portal.',
    'The kiosks were in a 7-storey building.',
  ])('%s holds no figure', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('reads no rate or rule size as a figure', () => {
    expect(figuresOf('transfers of more than $50,000 a year')).toEqual([]);
    expect(figuresOf('fined up to 100 million won per violation')).toEqual([]);
    expect(figuresOf('a $5,000 limit on cash deposits')).toEqual([]);
  });

  it('stays linear on pathological input', () => {
    expect(figuresOf('1,'.repeat(100_000))).toEqual([]);
    expect(figuresOf('over '.repeat(100_000))).toEqual([]);
  });
});

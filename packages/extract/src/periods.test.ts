import { describe, expect, it } from 'vitest';
import { findPeriods } from './periods.js';

const period = (text: string, published = '2025-10-07', fiscalStart = 1) => {
  const p = findPeriods(text, published, fiscalStart).find((m) => m.kind !== 'date');
  return p ? [p.periodStart, p.periodEnd] : null;
};

describe('periods resolved against the publication date', () => {
  it.each([
    ['in 2024', '2025-10-07', [ '2024-01-01', '2024-12-31']],
    ['in 2023 alone', '2025-10-07', ['2023-01-01', '2023-12-31']],
    ['in the first three quarters of 2024', '2025-10-07', ['2024-01-01', '2024-09-30']],
    ['in the third quarter of 2024', '2025-10-07', ['2024-07-01', '2024-09-30']],
    ['in Q2 2025', '2025-10-07', ['2025-04-01', '2025-06-30']],
    ['in the first ten months of 2024', '2025-10-07', ['2024-01-01', '2024-10-31']],
    ['in the first half of 2025', '2025-10-07', ['2025-01-01', '2025-06-30']],
    ['in March 2024', '2025-10-07', ['2024-03-01', '2024-03-31']],
    ['since the beginning of 2025', '2025-10-07', ['2025-01-01', '2025-10-07']],
    ['since the start of the year', '2025-10-07', ['2025-01-01', '2025-10-07']],
    ['since April 2019', '2025-03-07', ['2019-04-01', '2025-03-07']],
    ['fined an exchange earlier this month', '2025-05-14', ['2025-05-01', '2025-05-14']],
    ['in the period March 2022 – December 2024', '2025-02-27', ['2022-03-01', '2024-12-31']],
    ['Since January it has uncovered 43 pyramids', '2025-11-18', ['2025-01-01', '2025-11-18']],
    ['since March', '2025-02-10', ['2024-03-01', '2025-02-10']],
    ['during drives between November 30 and December 5', '2025-12-08', ['2025-11-30', '2025-12-05']],
    ['in entrapment operations from October 13 to 17', '2025-10-30', ['2025-10-13', '2025-10-17']],
    ['in raids on April 15 and 16', '2025-04-22', ['2025-04-15', '2025-04-16']],
    ['Summary of results, 1 October 2024 – 31 March 2025', '2025-04-25', ['2024-10-01', '2025-03-31']],
    ['taken down in the year to 30 June', '2025-07-09', ['2024-07-01', '2025-06-30']],
    ['from January to July this year', '2025-08-21', ['2025-01-01', '2025-07-31']],
    ['processed RM142mil since June last year', '2025-08-21', ['2024-06-01', '2025-08-21']],
    ['Since 30 January 2025, forces have shut down 26 scam bases', '2025-10-01', ['2025-01-30', '2025-10-01']],
    ['since it started operating in August 2017', '2023-03-16', ['2017-08-01', '2023-03-16']],
    ['this year', '2025-10-07', ['2025-01-01', '2025-10-07']],
    ['last year', '2025-01-09', ['2024-01-01', '2024-12-31']],
    ['between 2017 and 2019', '2025-10-07', ['2017-01-01', '2019-12-31']],
    ['between 2023 and June this year', '2025-09-30', ['2023-01-01', '2025-06-30']],
    ['Over 14 months, the exchanger served 2,300 clients', '2025-11-12', [null, '2025-11-12']],
    ['from 2022 to March 2025', '2025-09-30', ['2022-01-01', '2025-03-31']],
    ['between July and September', '2024-10-17', ['2024-07-01', '2024-09-30']],
    ['Between December 2021 and September 2022', '2025-02-14', ['2021-12-01', '2022-09-30']],
    ['in December', '2025-01-09', ['2024-12-01', '2024-12-31']],
    ['in the first nine months of the year', '2025-10-07', ['2025-01-01', '2025-09-30']],
    ['in the first half of this year', '2025-10-07', ['2025-01-01', '2025-06-30']],
    ['in the first three quarters of the current year', '2025-10-07', ['2025-01-01', '2025-09-30']],
    ['in the second quarter of the year', '2025-10-07', ['2025-04-01', '2025-06-30']],
    ['in the first half of the year 2024', '2025-10-07', ['2024-01-01', '2024-06-30']],
    ['in 11 months of 2024', '2025-10-07', ['2024-01-01', '2024-11-30']],
    ['in the 2024–25 fiscal year', '2025-09-25', ['2024-04-01', '2025-03-31'], 4],
    ['so far this fiscal year', '2025-09-25', ['2025-04-01', '2025-09-25'], 4],
    ['in the 2025/26 financial year, which ended on 31 March 2026', '2026-05-19', ['2025-04-01', '2026-03-31'], 4],
    ['in the financial year ended June 30, 2026', '2026-08-20', ['2025-07-01', '2026-06-30']],
    ['in the year ending 29 February 2024', '2024-06-01', ['2023-03-01', '2024-02-29']],
    ['in the fiscal year ended March 2024', '2024-06-01', ['2023-04-01', '2024-03-31']],
    ['Key accomplishments, January to December 2025:', '2026-01-20', ['2025-01-01', '2025-12-31']],
    ['blocked in Q1', '2025-03-19', ['2025-01-01', '2025-03-19']],
    ['last month', '2025-01-10', ['2024-12-01', '2024-12-31']],
    ['in 2023 and 2024', '2025-10-21', ['2023-01-01', '2024-12-31']],
    ['so far this year', '2025-11-27', ['2025-01-01', '2025-11-27']],
    ['between 1 January and 30 June 2025', '2025-08-27', ['2025-01-01', '2025-06-30']],
    ['from 3 to 14 March 2025', '2025-08-27', ['2025-03-03', '2025-03-14']],
    ['in 2024-25', '2025-07-30', ['2024-04-01', '2025-03-31'], 4],
    ['since the government set up its anti-online scam operations centre in October 2023', '2024-11-08', ['2023-10-01', '2024-11-08']],
    ['in the first nine months of the year', '2025-03-15', ['2025-01-01', '2025-03-15']],
  ] as Array<[string, string, string[], number?]>)('%s (published %s)', (text, published, expected, fiscalStart) => {
    expect(period(text, published, fiscalStart)).toEqual(expected);
  });

  it('keeps the day of a date, in the latest year it had come by publication', () => {
    expect(findPeriods('on 24 June', '2025-06-26')[0]).toMatchObject({ kind: 'date', periodStart: '2025-06-24', periodEnd: '2025-06-24' });
    expect(findPeriods('on 30 June', '2025-06-26')[0]).toMatchObject({ kind: 'date', periodStart: '2024-06-30' });
    expect(findPeriods('on September 9, 2025', '2025-09-25')[0]).toMatchObject({ kind: 'date', periodStart: '2025-09-09' });
  });

  it('reads "as of early this year" and "to date" as cumulative to publication', () => {
    for (const text of ['as of early this year', 'to date', 'so far']) {
      expect(findPeriods(text, '2025-01-22')[0]).toMatchObject({ kind: 'cumulative', periodStart: null, periodEnd: '2025-01-22' });
    }
  });

  it('reads a fiscal year by the jurisdiction\'s fiscal calendar', () => {
    expect(period('He was sentenced to over 10 years in prison.')).toBeNull();
    expect(period('Over the six months, the agency fined 12 firms.')).toBeNull();
    expect(period('in fiscal year 2024', '2024-11-22', 10)).toEqual(['2023-10-01', '2024-09-30']);
    expect(period('in fiscal year 2024', '2024-11-22', 1)).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('reads "since" a thing began on a day or in a month as from then to publication', () => {
    expect(period('Since the IPL season began on March 28, police have registered 37 cases.', '2024-05-10')).toEqual(['2024-03-28', '2024-05-10']);
    expect(period('since the crackdown started in July', '2025-03-02')).toEqual(['2024-07-01', '2025-03-02']);
    // Not across a year and a clause: "since July 2023, including 38 ... in January".
    expect(period('it has taken down 14,000 sites since July 2023, including 38 platforms in January', '2024-05-10')).toEqual(['2023-07-01', '2024-05-10']);
  });

  it('ends a period running to publication on the day named right after it', () => {
    expect(period('So far this financial year, to 31 December, we have restrained $142.8 million', '2026-02-12', 7)).toEqual(['2025-07-01', '2025-12-31']);
    expect(period('Since its launch on 22 November 2024 until 31 July 2025, the IASC has received 225.281 reports', '2025-08-12')).toEqual(['2024-11-22', '2025-07-31']);
  });

  it('reads a part of a fiscal year named by its two years', () => {
    expect(period('In the first half of the 2024/25 financial year, 764 suspects were arrested', '2025-01-10', 4)).toEqual(['2024-04-01', '2024-09-30']);
    expect(period('in the first five months of its 2026/27 financial year', '2026-10-01', 4)).toEqual(['2026-04-01', '2026-08-31']);
    expect(period('In the 2023 to 2024 financial year, 298 people were convicted', '2025-01-10', 4)).toEqual(['2023-04-01', '2024-03-31']);
  });

  it('reads "since the beginning of" a month as from that month\'s start to publication', () => {
    expect(period('since the beginning of November its officers had closed 9 gaming halls', '2025-11-20')).toEqual(['2025-11-01', '2025-11-20']);
    expect(period('since the start of March 2024, police', '2025-11-20')).toEqual(['2024-03-01', '2025-11-20']);
  });

  it('reads "so far in" a year as that year up to publication', () => {
    expect(period('So far in 2025, the AFM has dismantled 14 pyramids.', '2025-06-05')).toEqual(['2025-01-01', '2025-06-05']);
    expect(period('So far in the 2025-26 fiscal year, FINTRAC has imposed penalties of C$41.3 million.', '2026-03-12', 4)).toEqual(['2025-04-01', '2026-03-12']);
    expect(period('so far in fiscal 2024', '2024-02-10', 10)).toEqual(['2023-10-01', '2024-02-10']);
    // A year over by publication is the whole year.
    expect(period('so far in 2024 and that more than 90 were arrested', '2025-02-01')).toEqual(['2024-01-01', '2024-12-31']);
  });

  it('masks dates without making them periods', () => {
    expect(findPeriods('on 10 December and on March 5, 2024', '2025-01-01').every((p) => p.kind === 'date')).toBe(true);
  });
});

describe('fiscal periods of the current and a named fiscal year', () => {
  it.each([
    ['opened 23 investigations since the fiscal year began on October 1', '2024-08-22', ['2023-10-01', '2024-08-22']],
    ['in the first ten months of fiscal 2024', '2024-08-22', ['2023-10-01', '2024-07-31']],
  ])('reads "%s" in a country whose fiscal year starts in October', (text, published, expected) => {
    expect(period(text, published, 10)).toEqual(expected);
  });

  it('reads no period in "it said this month": that dates the report', () => {
    expect(period('seized 62 million soms in cash, it said this month')).toBeNull();
  });

  it('reads the days between two dates in brackets: "(6 to 9 October)"', () => {
    expect(findPeriods('Arrests by province in the operational phase (6 to 9 October):', '2025-10-21').map((p) => [p.text, p.periodStart, p.periodEnd]))
      .toEqual([['6 to 9 October', '2025-10-06', '2025-10-09']]);
  });
});

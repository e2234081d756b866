import { describe, expect, it } from 'vitest';
import { PipelineSchema } from './pipeline.js';
import { resolveCodebook } from './resolve-codebook.js';

const codebookOf = (codebook: unknown) => resolveCodebook(PipelineSchema.parse({ name: 'p', title: 'P', description: 'd', codebook }).codebook);

describe('the codebook a pipeline extends', () => {
  it('gives a known country more names and adds a new one with its currency and fiscal year', () => {
    const { jurisdictions } = codebookOf({ jurisdictions: [{ code: 'KZ', names: ['Zhezkazgan'] }, { code: 'TV', names: ['Tuvalu', 'Funafuti'], currency: 'AUD', fiscal_year_start: 7 }] });
    expect(jurisdictions.find((j) => j.code === 'KZ')?.names).toEqual(expect.arrayContaining(['Kazakhstan', 'Zhezkazgan']));
    expect(jurisdictions.find((j) => j.code === 'TV')).toEqual({ code: 'TV', names: ['Tuvalu', 'Funafuti'], currency: 'AUD', fiscalYearStart: 7 });
  });

  it('names a fiscal year by the year it starts in where a pipeline says so, and keeps Japan\'s so when it adds names', () => {
    const { jurisdictions } = codebookOf({ jurisdictions: [{ code: 'JP', names: ['Sapporo'] }, { code: 'TV', names: ['Tuvalu'], fiscal_year_start: 4, fiscal_year_named_by: 'start' }] });
    expect(jurisdictions.find((j) => j.code === 'JP')?.fiscalYearNamedBy).toBe('start');
    expect(jurisdictions.find((j) => j.code === 'TV')).toEqual({ code: 'TV', names: ['Tuvalu'], fiscalYearStart: 4, fiscalYearNamedBy: 'start' });
  });

  it("says a country's police are local forces, or takes that back for a built-in one", () => {
    const { jurisdictions } = codebookOf({ jurisdictions: [{ code: 'KZ', names: ['Zhezkazgan'], local_police: true }, { code: 'US', names: ['Peoria'], local_police: false }] });
    expect(jurisdictions.find((j) => j.code === 'KZ')?.localPolice).toBe(true);
    expect(jurisdictions.find((j) => j.code === 'US')?.localPolice).toBe(false);
    expect(codebookOf({}).jurisdictions.find((j) => j.code === 'GB')?.localPolice).toBe(true);
  });

  it('says a country is a city-state, whose courts are named after it', () => {
    const { jurisdictions } = codebookOf({ jurisdictions: [{ code: 'TV', names: ['Tuvalu'], city_state: true }] });
    expect(jurisdictions.find((j) => j.code === 'TV')?.cityState).toBe(true);
    expect(codebookOf({}).jurisdictions.find((j) => j.code === 'SG')?.cityState).toBe(true);
  });

  it('says the counted things of a metric name it where a platform has them', () => {
    const { metrics } = codebookOf({ metrics: [{ id: 'members_enrolled', unit_kind: 'count', counts: ['customer'], named_by_things: true }, { id: 'customers_served', named_by_things: false }] });
    expect(metrics.find((m) => m.id === 'members_enrolled')?.namedByThings).toBe(true);
    expect(metrics.find((m) => m.id === 'customers_served')?.namedByThings).toBe(false);
  });

  it('says which metric wins a count under its verb and another\'s joined by "or", or takes that back', () => {
    const { metrics } = codebookOf({ metrics: [{ id: 'accounts_suspended', unit_kind: 'count', triggers: ['suspended'], wins_disjunction: true }, { id: 'platforms_blocked', wins_disjunction: false }] });
    expect(metrics.find((m) => m.id === 'accounts_suspended')?.winsDisjunction).toBe(true);
    expect(metrics.find((m) => m.id === 'platforms_blocked')?.winsDisjunction).toBe(false);
    expect(codebookOf({}).metrics.find((m) => m.id === 'platforms_blocked')?.winsDisjunction).toBe(true);
  });

  it("marks a new metric as a crime's figure, or takes that back for a built-in one", () => {
    const { metrics } = codebookOf({ metrics: [
      { id: 'wildlife_value', unit_kind: 'money', triggers: ['poached'], describes_crime: true },
      { id: 'customers_served', describes_crime: false },
    ] });
    expect(metrics.find((m) => m.id === 'wildlife_value')?.describesCrime).toBe(true);
    expect(metrics.find((m) => m.id === 'customers_served')?.describesCrime).toBe(false);
    expect(codebookOf({}).metrics.find((m) => m.id === 'illicit_volume')?.describesCrime).toBe(true);
  });

  it('gives a known agency more names and adds a new one, a unit of another', () => {
    const { authorities } = codebookOf({ authorities: [
      { id: 'AFM', jurisdiction: 'KZ', names: ['Finmonitoring'] },
      { id: 'Almaty Police', jurisdiction: 'KZ', names: ['Almaty Police Department'], part_of: 'MIA' },
    ] });
    expect(authorities.filter((a) => a.id === 'AFM' && a.jurisdiction === 'KZ')).toHaveLength(1);
    expect(authorities.find((a) => a.id === 'AFM' && a.jurisdiction === 'KZ')?.names).toContain('Finmonitoring');
    expect(authorities.find((a) => a.id === 'Almaty Police')).toEqual({ id: 'Almaty Police', jurisdiction: 'KZ', names: ['Almaty Police Department'], partOf: 'MIA' });
  });

  it('marks a name several agencies share, and keeps a built-in one shared', () => {
    const { authorities } = codebookOf({ authorities: [
      { id: 'SPD', jurisdiction: 'AT', names: ['State Police Directorate'], shared: true },
      { id: 'LPD Wien', jurisdiction: 'AT', names: ['Vienna State Police Directorate'], part_of: 'SPD' },
      { id: 'LKA', jurisdiction: 'DE', names: ['Landespolizei'] },
    ] });
    expect(authorities.find((a) => a.id === 'SPD')).toEqual({ id: 'SPD', jurisdiction: 'AT', names: ['State Police Directorate'], shared: true });
    expect(authorities.find((a) => a.id === 'LKA' && a.jurisdiction === 'DE')?.shared).toBe(true);
  });

  it('rejects an agency without a country code', () => {
    expect(() => codebookOf({ authorities: [{ id: 'X', jurisdiction: 'Kazakhstan', names: ['X Agency'] }] })).toThrow(/ISO 3166/);
  });
});

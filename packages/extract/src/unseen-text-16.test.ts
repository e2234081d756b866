import { describe, expect, it } from 'vitest';
import { resolveCodebook } from '@reckon/schema';
import { createExtractor } from './extract.js';
import { claimsOf, sourceOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-24's seventeenth session showed misread, each rule as its own
// case.
const authorities = (text: string) => claimsOf(text).map((c) => [c.metric, c.authority]);

describe('sentences read in the seventeenth session', () => {
  it('credits a ruling to the court that is its subject, whatever agency the paragraph named before', () => {
    expect(authorities('The AFM detained the exchanger\'s owner in March. On 8 July, a court in Almaty sentenced him to six years in prison.'))
      .toEqual([['prison_term', 'Almaty court']]);
  });

  it('credits what "the court" does to the court named last, past sentences that named an agency', () => {
    expect(authorities('On 8 July, a court in Almaty sentenced four men to six years in prison. The AFM had detained them in March. '
      + 'The court also ordered the confiscation of 96,000 USDT and two apartments.'))
      .toEqual([['persons_sentenced', 'Almaty court'], ['prison_term', 'Almaty court'], ['assets_seized', 'Almaty court'], ['items_seized', 'Almaty court']]);
    // With no court named before, "the court" names none.
    expect(authorities('The AFM detained four men in March. The court also ordered the confiscation of 96,000 USDT.').map(([, a]) => a)).not.toContain('Almaty court');
  });

  it('names a court sitting in a city of a state by the city', () => {
    expect(authorities('Justice Mahmood Abdulgafar of the Federal High Court sitting in Ilorin, Kwara State, on Monday sentenced nine internet fraudsters to jail terms ranging from one to four years.'))
      .toEqual([['persons_sentenced', 'Ilorin court'], ['prison_term', 'Ilorin court']]);
  });
});

const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('figures read in the seventeenth session', () => {
  it('reads magnitudes that Dutch, German and Italian translations keep', () => {
    expect(metrics('During the searches, investigators seized cryptocurrency with a value of around € 1,6 miljoen.')).toEqual([['assets_seized', 1_600_000]]);
    expect(metrics('Investigators froze 2,3 Millionen Euro and seized €12 milioni in cash.')).toEqual([['assets_frozen', 2_300_000], ['assets_seized', 12_000_000]]);
  });

  it('reads a part "including" a sum past how the sum was seized, not by the verb after it', () => {
    expect(metrics('Assets worth KZT 14.6bn were seized over the year, including 3.3 million USDT, and KZT 1.9bn was returned to victims.'))
      .toEqual([['assets_seized', 14_600_000_000], ['assets_seized', 3_300_000], ['funds_returned', 1_900_000_000]]);
    expect(metrics('Property worth 4.3 billion tenge was seized to compensate for the damage, including 640 thousand USDT, and 1.2 billion tenge has been returned to victims.'))
      .toEqual([['assets_seized', 4_300_000_000], ['assets_seized', 640_000], ['funds_returned', 1_200_000_000]]);
  });

  it('reads a part of a turnover identified as drug proceeds as illicit volume, and what a pyramid drew from investors', () => {
    expect(metrics('The exchanger turned over 3 billion soms. Of this amount, at least 900 million soms have been identified as proceeds from the sale of synthetic drugs.'))
      .toEqual([['platform_turnover', 3_000_000_000], ['illicit_volume', 900_000_000]]);
    expect(metrics('Between 2023 and 2025 the scheme drew ₸8.7 billion from more than 6,300 investors.'))
      .toEqual([['illicit_volume', 8_700_000_000], ['customers_served', 6300]]);
  });

  it('reads a penalty named after a restitution order as the penalty', () => {
    expect(metrics('The court ordered the defendants to pay $228 million in restitution to defrauded customers and a $114 million civil monetary penalty.'))
      .toEqual([['fines_imposed', 114_000_000]]);
  });

  it('reads no arrests in people remanded, deported or placed in temporary arrest', () => {
    expect(metrics('A Dhaka court yesterday placed five of the arrestees on a five-day remand each.')).toEqual([]);
    expect(metrics('The raids led to the arrest of more than 2,400 people and the deportation of some 1,100 foreign nationals.')).toEqual([['persons_arrested', 2400]]);
    expect(metrics('At the request of the prosecutor, the court applied temporary arrest for three months to 9 suspects.')).toEqual([]);
  });

  it('counts people named after an abbreviation compound', () => {
    expect(metrics('FBI agents arrested two U.S.-based money launderers in Maryland.')).toEqual([['persons_arrested', 2]]);
  });

  it('reads every item of a list whose items name Telegram channels', () => {
    expect(metrics('Access to 1 148 internet resources was restricted, including 903 websites and Telegram channels of crypto exchangers and 245 online casinos.'))
      .toEqual([['platforms_blocked', 1148], ['platforms_blocked', 903], ['platforms_blocked', 245]]);
  });

  it('reads a sum that accounts hold by the verb of the accounts', () => {
    expect(metrics('The authorities also froze more than 2,3 million USDT in wallets controlled by the suspects, and 1.560 bank accounts holding VND 146 billion.'))
      .toEqual([['assets_frozen', 2_300_000], ['assets_frozen', 146_000_000_000]]);
  });

  it('reads the parts of a sum "among them", and a sum\'s participle after a comma', () => {
    expect(metrics('The agents seized 640.000 euros in cash and cryptoassets worth 1,1 million euros (among them 9,3 BTC and 410.000 USDT).'))
      .toEqual([['assets_seized', 640_000], ['assets_seized', 1_100_000], ['assets_seized', 9.3], ['assets_seized', 410_000]]);
    expect(metrics('- crypto-assets worth EUR 27 million, frozen on 6 exchanges at the request of the French judicial authorities;')).toEqual([['assets_frozen', 27_000_000]]);
  });

  it('reads no typical amount, and a surname "Price" as no price', () => {
    expect(metrics('Once they had deposited a first sum, often €250, the platforms displayed fictitious gains.')).toEqual([]);
    expect(metrics('The judge jailed Okafor for nine years and Price, for four years six months.')).toEqual([['prison_term', 9], ['prison_term', 54]]);
  });

  it('reads parts of a sum traced to crime as illicit volume, and a part of a dated total', () => {
    expect(metrics('Whitaker exchanged more than $25 million in cash for bitcoin. At least $9 million of the cash Whitaker exchanged was the proceeds of drug trafficking.'))
      .toEqual([['platform_turnover', 25_000_000], ['illicit_volume', 9_000_000]]);
    expect(metrics('Since 2020, the service has processed transactions worth more than EUR 650 million, at least EUR 95 million of which came from ransomware.'))
      .toEqual([['platform_turnover', 650_000_000], ['illicit_volume', 95_000_000]]);
    expect(metrics('The FCA imposed fines of £186.4m in 2025. Of the 2025 total, £61.2m related to financial crime failings.'))
      .toEqual([['fines_imposed', 186_400_000], ['fines_imposed', 61_200_000]]);
  });

  it('reads no arrests in people still sought, in ages, in a minimum fee or in a market\'s investors', () => {
    expect(metrics('Detention orders were issued for 29 suspects; 26 suspects were detained, and efforts to apprehend the remaining 3 suspects are continuing.'))
      .toEqual([['persons_arrested', 26]]);
    expect(metrics('On Tuesday, 3 men aged 29, 35 and 41 were arrested in Amsterdam.')).toEqual([['persons_arrested', 3]]);
    expect(metrics('The mixer charged fees of between 1 % and 2.5 % per transaction, with a minimum fee of 0.0005 BTC.')).toEqual([]);
    expect(metrics('Crypto transactions on licensed platforms reached Rp 651 trillion in 2025, and the number of crypto investors rose to 19.6 million.')).toEqual([]);
  });

  it('reads a target, a typical limit and crypto "taken in" a case as what they are', () => {
    expect(metrics('The Commission said it targets 5,000 convictions for the whole of 2025.')).toEqual([]);
    expect(metrics('Several states have passed laws limiting daily transactions at crypto kiosks, typically to $1,000 to $2,500 for new customers.')).toEqual([]);
    expect(metrics('The FBI also seized cryptocurrency worth about $1.2 billion in 2025, including 2,150 BTC taken in a single laundering case.'))
      .toEqual([['assets_seized', 1_200_000_000], ['assets_seized', 2150]]);
    expect(metrics('The scheme had taken in about $40 million from 9,000 investors.')).toEqual([['illicit_volume', 40_000_000], ['customers_served', 9000]]);
  });

  it('reads the parts "incl." a sum', () => {
    expect(metrics('Money, property and digital assets seized: KZT 4.6bn, incl. 1.9m USDT')).toEqual([['assets_seized', 4_600_000_000], ['assets_seized', 1_900_000]]);
  });

  it('reads freezes told as an arrest imposed or as assets subject to freezing decisions', () => {
    expect(metrics('The arrest was also imposed on property and bank accounts worth KZT 1.3 billion.')).toEqual([['assets_frozen', 1_300_000_000]]);
    expect(metrics('Crypto assets subject to freezing decisions during the year amounted to 21.6 million USDT, 38.2 BTC and 1,140 ETH.'))
      .toEqual([['assets_frozen', 21_600_000], ['assets_frozen', 38.2], ['assets_frozen', 1140]]);
  });

  it('reads sites taken offline as closed, and penalties that licensed firms paid', () => {
    expect(metrics('In 2025, 251 illegal websites were taken offline.')).toEqual([['platforms_closed', 251]]);
    expect(metrics('In total, licensed operators have paid £8.6 million in penalties following Commission investigations.')).toEqual([['fines_imposed', 8_600_000]]);
  });

  it('reads no figure in a circular\'s or a unit\'s number, in a market\'s crypto users, or in suspects sent to a judgeship', () => {
    expect(metrics('Circular 158 allows depositors to withdraw up to $800 a month.')).toEqual([]);
    expect(metrics('The network ran 20 gambling websites, according to investigators from Lahav 433.')).toEqual([]);
    expect(metrics('Türkiye has an estimated 8.7 million crypto users.')).toEqual([]);
    expect(metrics('After questioning, 19 of the suspects were referred to the criminal judgeship of peace.')).toEqual([]);
  });

  it('reads terms an appeal changed to and from, however far the verb', () => {
    expect(metrics('On Tuesday, the court raised the sentence of the group\'s leader, Tomasz K., to 10 years from 8 years, and that of his partner Artur W. to seven and a half years from six years.'))
      .toEqual([['prison_term', 10], ['prison_term', 8], ['prison_term', 7.5], ['prison_term', 6]]);
  });

  it('reads what a court confiscated after ordering compensation, and no default term', () => {
    expect(metrics('The court ordered the defendants to compensate victims and confiscated VND43 billion, 14 cars and two villas.'))
      .toEqual([['assets_seized', 43_000_000_000], ['items_seized', 14], ['items_seized', 2]]);
    expect(metrics('He was jailed for 8 years. The default sentence is 6 years.')).toEqual([['prison_term', 8]]);
  });

  it('reads money paid to victims or through remission as returned, apart from the sum a noun before named', () => {
    expect(metrics('In the 2024-25 financial year, the CPS obtained confiscation orders worth a total of £297.3 million, and £81.6 million was paid to victims in compensation.'))
      .toEqual([['assets_seized', 297_300_000], ['funds_returned', 81_600_000]]);
    expect(metrics('Victims have so far received $780,000 back through the remission process.')).toEqual([['funds_returned', 780_000]]);
    expect(metrics('The courts ordered the blocking of 1,846 bank accounts with a total balance of 21.3 million euros, and 9.7 million euros were returned to victims.'))
      .toEqual([['assets_frozen', 21_300_000], ['funds_returned', 9_700_000]]);
  });

  it('reads indictments in preparation as none, and bets a casino had taken as its turnover', () => {
    expect(metrics('The unit is currently preparing indictments in three more exchange cases, an official said.')).toEqual([]);
    expect(metrics('The casino, which catered to players in China, had taken bets worth an estimated $14 million from about 6,000 users.'))
      .toEqual([['platform_turnover', 14_000_000], ['customers_served', 6000]]);
  });

  it('reads a count\'s part told before its "of which"', () => {
    expect(metrics('In 2025, NAV investigators initiated 412 criminal proceedings for money laundering, 67 of which involved crypto-assets.'))
      .toEqual([['cases_opened', 412], ['cases_opened', 67]]);
  });

  it('reads cases of a three-word crime that a verb after them opened', () => {
    expect(metrics('In the same period, 1,946 cases of mobile money fraud were opened for investigation, of which 512 were in Nairobi.'))
      .toEqual([['cases_opened', 1946], ['cases_opened', 512]]);
  });

  it('reads sums frozen pending a court, or held under no-debit restrictions, and no target', () => {
    expect(metrics('Another ₸5.2 billion on the accounts and wallets of suspects was frozen pending court decisions.')).toEqual([['assets_frozen', 5_200_000_000]]);
    expect(metrics('The NFIU said it had placed no-debit restrictions on 1,146 accounts holding ₦6.8 billion.')).toEqual([['assets_frozen', 6_800_000_000]]);
    expect(metrics('In FY 2026/2027 the Agency targets the recovery of assets worth KES 10 billion.')).toEqual([]);
  });

  it('reads no arrest in fugitives and no figure in a market\'s daily volume', () => {
    expect(metrics('By 11 a.m., 12 of the targets had been arrested, and two others were considered fugitives.')).toEqual([['persons_arrested', 12]]);
    expect(metrics('Local exchanges handled about 1.9 trillion won in trading volume over the past 24 hours, according to CoinGecko.')).toEqual([]);
  });

  it('reads call centres and conversion centres ended as groups', () => {
    expect(metrics('In the first quarter, the cyberpolice shut down 17 fraudulent call centres in Kyiv and Dnipro.')).toEqual([['groups_exposed', 17]]);
    expect(metrics('Since the beginning of 2025, the SBU has blocked 11 conversion centres that serviced illegal gambling.')).toEqual([['groups_exposed', 11]]);
  });

  it('reads a sum tied to the sale of drugs as illicit volume, whoever handled it', () => {
    expect(metrics('The AFM estimates that illegal exchangers handled some 7.8 billion tenge linked to the sale of synthetic drugs in 2025.'))
      .toEqual([['illicit_volume', 7_800_000_000]]);
  });

  it('reads a previous report\'s figures for the period it covered, as no correction', () => {
    expect(claimsOf('In the previous report, covering July 2023 to December 2024, MAS imposed composition penalties totalling $4.9 million.', '2026-07-16')
      .map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([['fines_imposed', 4_900_000, '2023-07-01', '2024-12-31']]);
    expect(metrics('An earlier version of this report gave the fine as $49 million.')).toEqual([]);
  });

  it('reads each item of a series of terms, and transactions an FIU postponed as frozen', () => {
    expect(metrics('In February, the court sentenced three organisers of the pyramid to 9, 8 and 7 years in prison respectively.'))
      .toEqual([['persons_sentenced', 3], ['prison_term', 9], ['prison_term', 8], ['prison_term', 7]]);
    expect(metrics('MASAK postponed transactions worth a total of 7.86 billion Turkish lira in 2025.')).toEqual([['assets_frozen', 7_860_000_000]]);
  });

  it('reads access taken down as a block, and how long a desk operated as no term', () => {
    expect(metrics('The ministry has taken down access to the 12 websites at the request of the police.')).toEqual([['platforms_blocked', 12]]);
    expect(metrics('A court in Almaty has jailed the five people behind TengeSwap, a crypto-to-cash desk that operated for more than two years.'))
      .toEqual([['persons_sentenced', 5]]);
  });

  it('reads a list whose lead points back to the sentence before it', () => {
    const text = 'On 3 September 2026, the Transaction Committee ordered the seizure and freezing of assets with a total value of Baht 1,264,500,000.\n\nThe assets comprise:\n- deposits in 286 bank accounts totalling Baht 412,700,000;\n- 46 plots of land and 9 condominium units;\n';
    expect(metrics(text, '2026-09-08')).toEqual([['assets_frozen', 1_264_500_000], ['assets_frozen', 412_700_000], ['items_seized', 46], ['items_seized', 9]]);
  });

  it('reads Philippine releases\' "Php" and ranges restated in brackets', () => {
    expect(claimsOf('The AMLC secured a freeze order covering 143 bank accounts with an aggregate value of Php 1.2 billion.').map((c) => [c.metric, c.value, c.unit]))
      .toEqual([['assets_frozen', 1_200_000_000, 'PHP']]);
    expect(claimsOf('The court sentenced each of them to an indeterminate prison term of seven (7) to ten (10) years.').map((c) => [c.value, c.value_high, c.unit]))
      .toEqual([[7, 10, 'years']]);
  });

  it('reads the object of its own verb apart from a list after it', () => {
    expect(metrics('We shut down 74 illegal online casinos, and at our request 2,900 mirror sites were blocked.'))
      .toEqual([['platforms_closed', 74], ['platforms_blocked', 2900]]);
  });

  it('reads what a ruling turns to state revenue as confiscated, though it says "will be"', () => {
    const text = 'By the court\'s decision, the following will be turned to state revenue:\n- 3 apartments and a commercial building in Shymkent;\n- 96 450 USDT, 0.42 BTC and 6.8 ETH.\n';
    expect(metrics(text)).toEqual([['items_seized', 3], ['assets_seized', 96_450], ['assets_seized', 0.42], ['assets_seized', 6.8]]);
  });

  it('reads terms handed down to the people named after them, as no deadline', () => {
    expect(metrics('Courts handed down prison terms of between 3 and 12 years to the organisers of exchangers.')).toEqual([['prison_term', 3]]);
  });

  it('reads items numbered in roman numerals under their lead', () => {
    const text = 'During the search operations, the following were seized:\ni. Cash amounting to Rs. 2.87 Crore;\nii. Foreign currency equivalent to Rs. 38 Lakh;\niii. 3 luxury vehicles.\n';
    expect(metrics(text)).toEqual([['assets_seized', 28_700_000], ['assets_seized', 3_800_000], ['items_seized', 3]]);
  });

  it('reads no trigger in a law\'s name', () => {
    expect(metrics('The restraint, obtained under the Criminal Proceeds (Recovery) Act 2009, covers cryptocurrency worth $2.85m.')).toEqual([['assets_frozen', 2_850_000]]);
  });

  it('reads offences known to the police as cases', () => {
    const table = 'Known computer fraud offences by autonomous community, 2025\n\n| Autonomous community | Known offences |\n| --- | --- |\n| Andalucía | 38,912 |\n';
    expect(metrics(table, '2026-03-11')).toEqual([['cases_opened', 38_912]]);
  });

  it('reads a bold lead-in that the paragraph restates as no figure of its own', () => {
    expect(claimsOf('**MACC seizes RM18.5mil from money changers.** The Malaysian Anti-Corruption Commission seized RM18.5mil in cash and gold bars.')
      .map((c) => [c.metric, c.value, c.quote.startsWith('The Malaysian')])).toEqual([['assets_seized', 18_500_000, true]]);
  });
});

describe('places read in the seventeenth session', () => {
  it('reads El Salvador\'s FGR as its own, and "$" there as the US dollar', () => {
    expect(claimsOf('Salvadoran police arrested eight people over a bitcoin pyramid. The FGR said the club raised more than $14.3 million.')
      .map((c) => [c.metric, c.unit, c.jurisdiction])).toEqual([['persons_arrested', 'count', 'SV'], ['illicit_volume', 'USD', 'SV']]);
  });

  it('takes a publisher for the table\'s agency only where the text names that agency\'s country', () => {
    const extract = createExtractor({ codebook: resolveCodebook(undefined) });
    const text = 'The network cashed out more than 142 million lei in Moldova. During the searches in Chisinau, the investigators seized 2,3 million lei.';
    const source = { ...sourceOf(text, '2024-10-24'), publisher: 'Garda Investigations (English edition)', kind: 'translation' as const };
    expect(extract(source).map((c) => [c.unit, c.jurisdiction])).toEqual([['MDL', 'MD'], ['MDL', 'MD']]);
  });

  it('keeps a table agency that a text spells out with its acronym as that agency, where the text names its country', () => {
    const text = 'Mexican cartels used exchange houses in Texas, United States. Agents of Homeland Security Investigations (HSI) arrested nine people who sent USDT to traffickers in Mexico. '
      + 'In Mexico, the cartels moved cash across the border, Mexican officials said.';
    expect(claimsOf(text).map((c) => [c.metric, c.jurisdiction, c.authority])).toEqual([['persons_arrested', 'US', 'HSI']]);
  });
});

describe('periods read in the seventeenth session', () => {
  it('reads a running total to the day it is told', () => {
    const periods = (text: string) => claimsOf(text, '2026-08-03').map((c) => [c.value, c.period_start, c.period_end]);
    expect(periods('The AFM closed 6 illegal exchangers in July, taking the total for 2026 to 88.'))
      .toEqual([[6, '2026-07-01', '2026-07-31'], [88, '2026-01-01', '2026-08-03']]);
    expect(periods('The AFM closed 6 illegal exchangers in July, bringing its total for the year to 88.'))
      .toEqual([[6, '2026-07-01', '2026-07-31'], [88, '2026-01-01', '2026-08-03']]);
  });
});

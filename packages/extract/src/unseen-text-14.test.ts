import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles written in 2026-11-24's fifteenth session (articles 2802 on) showed misread, each
// rule as its own case.
const metrics = (text: string, published?: string) => claimsOf(text, published).map((c) => [c.metric, c.value]);

describe('sentences of articles 2802 on', () => {
  it('reads the last item of a breakdown by country in brackets', () => {
    const claims = claimsOf('Europol said the action day led to 38 arrests (Bulgaria: 14, Romania: 9, Hungary: 3).');
    expect(claims.map((c) => [c.metric, c.value, c.jurisdiction])).toEqual([
      ['persons_arrested', 38, 'EU'], ['persons_arrested', 14, 'BG'], ['persons_arrested', 9, 'RO'], ['persons_arrested', 3, 'HU'],
    ]);
  });

  it('reads what the agency had done past a clause of place that names the licensed market and a modal', () => {
    const text = 'In Uzbekistan, where only bookmakers licensed by the National Agency for Perspective Projects (NAPP) may take bets, the agency had 4,215 websites of illegal online casinos blocked in 2025.';
    expect(metrics(text)).toEqual([['platforms_blocked', 4215]]);
    // The modal of the figure's own clause still voids it.
    expect(metrics('In Uzbekistan, where betting is banned, the agency may block 4,215 websites of illegal online casinos.')).toEqual([]);
  });

  it('reads sites an agency asked a regulator to block, or requested the blocking of, as blocked', () => {
    expect(metrics('Pagcor told the committee it had asked the National Telecommunications Commission to block 1,278 illegal gambling websites from January to August.'))
      .toEqual([['platforms_blocked', 1278]]);
    expect(metrics('In the same period, the National Commission of Games of Chance (CONAJZAR) requested the blocking of 312 websites of illegal online casinos.'))
      .toEqual([['platforms_blocked', 312]]);
    // What prosecutors ask a court for is still no sentence.
    expect(metrics('The prosecution asked the Almaty court to jail the organiser for 9 years.')).toEqual([]);
  });

  it('counts "others" as more of the count before, or as people when they are a passive\'s subject', () => {
    expect(metrics('Eleven of the suspects were picked up in Lagos on May 14, while three others were arrested in Abuja on May 16.'))
      .toEqual([['persons_arrested', 11], ['persons_arrested', 3]]);
    expect(metrics('Police detained five suspects. Three others were arrested in Abuja.')).toEqual([['persons_arrested', 5], ['persons_arrested', 3]]);
  });

  it('counts people arrested under a word the codebook lacks after "suspected"', () => {
    expect(metrics('The Ashanti Regional Police Command arrested 19 suspected sakawa boys at Atonsu and retrieved 23 laptops from them.'))
      .toEqual([['persons_arrested', 19], ['items_seized', 23]]);
  });

  it('reads a table of fines "distributed as follows" as fines, not money paid out', () => {
    expect(metrics('By sector, the fines imposed during the semester were distributed as follows: banks 96.2 million pesos.')).toEqual([['fines_imposed', 96_200_000]]);
    expect(metrics('The administrator distributed 96.2 million pesos to victims.')).toEqual([['funds_returned', 96_200_000]]);
  });

  it('takes no one victim\'s savings, no sentencing guideline, no penalty the law reaches and no one awaiting sentence', () => {
    expect(metrics('One retired nurse from Worcester lost her entire savings of £212,000.')).toEqual([]);
    expect(metrics("At sentencing, the Government noted that his advisory Guidelines range was 135 to 168 months' imprisonment.")).toEqual([]);
    expect(metrics("Prosecutors stressed that money laundering is a major crime and that its penalties reach up to 15 years' imprisonment.")).toEqual([]);
    expect(metrics('Two other executives have pleaded guilty and are awaiting sentencing.')).toEqual([]);
    expect(metrics('Under the Criminal Law Amendment Act, fraud involving more than R500 000 attracts a prescribed minimum sentence of 15 years.')).toEqual([]);
    expect(metrics('Coljuegos collected COP 1.05 trillion in royalties from legal operators last year.')).toEqual([]);
  });

  it('reads a penalty to be paid under an agreement, and no nationals among those arrested', () => {
    expect(metrics('Under the agreement, filed today in Franklin County Common Pleas Court, BitKiosk will pay $750,000 in civil penalties.')).toEqual([['fines_imposed', 750_000]]);
    expect(metrics('Police arrested 31 people. The suspects, among them nine foreign nationals, were picked up in a raid on Thursday night.')).toEqual([['persons_arrested', 31]]);
  });

  it('reads a part after an opening that says what was done to the whole', () => {
    const claims = claimsOf('The AFM closed 71 exchangers and had 2,100 sites blocked. Of the exchangers shut down, 29 were in Almaty, 17 in Astana and 11 in Shymkent.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([
      ['platforms_closed', 71], ['platforms_blocked', 2100], ['platforms_closed', 29], ['platforms_closed', 17], ['platforms_closed', 11],
    ]);
  });

  it('reads a bare subject past an adverb in its verb, and not the set "of the other three"', () => {
    expect(metrics('Of the nine finfluencers charged in 2024, three have since been convicted.')).toEqual([['persons_sentenced', 3]]);
    expect(metrics('Two of the other three have since been sentenced.')).toEqual([]);
  });

  it('reads more people counted after "and" with a verb of their own, not the top of an age range', () => {
    expect(metrics('Since the operation began, 312 people have been arrested and 64 convicted.')).toEqual([['persons_arrested', 312], ['persons_sentenced', 64]]);
    expect(metrics('Police arrested 312 people and 64 were convicted.')).toEqual([['persons_arrested', 312], ['persons_sentenced', 64]]);
    expect(metrics('More than 1,000 people have been arrested and 690 have been charged.')).toEqual([['persons_arrested', 1000]]);
    expect(metrics('On the same day, 14 suspects aged between 23 and 57 were arrested.')).toEqual([['persons_arrested', 14]]);
  });

  it('reads a sum collected "in fines" as fines, whoever it was collected from', () => {
    expect(metrics('Separately, the Office des Changes said it had collected MAD 86,4 million in settlement fines in 2025 from individuals and companies.'))
      .toEqual([['fines_imposed', 86_400_000]]);
    expect(metrics('Regulators collected $86 million in fines last year.')).toEqual([['fines_imposed', 86_000_000]]);
  });

  it('takes no forfeiture still sought', () => {
    expect(metrics('The Strike Force has seized more than $580 million in cryptocurrency and is seeking the forfeiture of a further $80 million.'))
      .toEqual([['assets_seized', 580_000_000]]);
  });

  it('reads a sum by the verb before it over the passive of a relative clause after another noun', () => {
    expect(metrics('During the searches the agency seized cryptocurrency worth about ₹2.7 crore held in 26 wallets, which has been transferred to a wallet controlled by the ED.'))
      .toEqual([['assets_seized', 27_000_000]]);
  });

  it('names a US state\'s attorney general as coders do', () => {
    const claims = claimsOf('Ohio Attorney General Dave Yost said the operator will pay $750,000 under a settlement.');
    expect(claims.map((c) => [c.metric, c.value, c.jurisdiction, c.authority])).toEqual([['fines_imposed', 750_000, 'US', 'Ohio AG']]);
  });

  it('reads figures a sentence sets against those said before, a year earlier', () => {
    const claims = claimsOf('In the first half of 2026 the AFM closed 71 exchangers with a turnover of ₸96 billion. That compares with 58 exchangers and ₸74 billion a year earlier, the agency said.', '2026-07-14');
    expect(claims.map((c) => [c.metric, c.value, c.period_start, c.period_end])).toEqual([
      ['platforms_closed', 71, '2026-01-01', '2026-06-30'], ['platform_turnover', 96_000_000_000, '2026-01-01', '2026-06-30'],
      ['platforms_closed', 58, '2025-01-01', '2025-06-30'], ['platform_turnover', 74_000_000_000, '2025-01-01', '2025-06-30'],
    ]);
    expect(claimsOf('In the first half of 2026 the AFM closed 71 exchangers. That compares with 58 a year earlier.', '2026-07-14').map((c) => [c.value, c.period_start]))
      .toEqual([[71, '2026-01-01'], [58, '2025-01-01']]);
  });

  it('reads the subject of a passive past a relative clause with counts of its own', () => {
    expect(metrics('Six members of a boiler-room gang that cheated more than 700 investors out of £23.4 million have been jailed.'))
      .toEqual([['persons_sentenced', 6], ['customers_served', 700], ['illicit_volume', 23_400_000]]);
    // A count the clause's "and" joins after the relative clause is the verb's own subject.
    expect(metrics('The NBK stopped 146 illegal exchange points, many of which sold crypto for cash, and 1 118 websites were blocked at its request.'))
      .toEqual([['platforms_closed', 146], ['platforms_blocked', 1118]]);
  });

  it('reads "the other five" after "The founder of the platform" as people', () => {
    expect(metrics('The founder of the platform was sentenced to 174 months in prison, while the other five received sentences of between 96 and 144 months.'))
      .toEqual([['prison_term', 174], ['persons_sentenced', 5], ['prison_term', 96]]);
  });

  it('takes no plea still to be sentenced, no plan joined to a plan, and a count written "10,000" in a decimal-comma text as ten thousand', () => {
    expect(metrics('Six of the other detainees pleaded guilty and will be sentenced in January.')).toEqual([]);
    expect(metrics('The SPA intends to shorten the time to block a site, and to block an estimated 10,000 additional domains.')).toEqual([]);
    expect(metrics('The regulator imposed fines of R$ 4,1 million and R$ 2,5 million and blocked 10,000 illegal betting sites.'))
      .toEqual([['fines_imposed', 4_100_000], ['fines_imposed', 2_500_000], ['platforms_blocked', 10_000]]);
  });

  it('reads where those arrested were as parts of the arrests, and nothing else said of them', () => {
    expect(metrics('Police arrested 34 people. Of those arrested, 19 were in Málaga, 8 in Barcelona and 7 in Madrid.'))
      .toEqual([['persons_arrested', 34], ['persons_arrested', 19], ['persons_arrested', 8], ['persons_arrested', 7]]);
    expect(metrics('Police detained 900 people. Of those detained, 623 have been handed to their embassies for deportation.')).toEqual([['persons_arrested', 900]]);
  });

  it('breaks down the count said before in a sentence about "the arrests", in places named with their own words', () => {
    const claims = claimsOf('The NCA said 84 people were arrested. The arrests were made in January, including 19 in London, 11 in Greater Manchester and 8 in the West Midlands.');
    expect(claims.map((c) => [c.metric, c.value])).toEqual([['persons_arrested', 84], ['persons_arrested', 19], ['persons_arrested', 11], ['persons_arrested', 8]]);
    expect(metrics('Police arrested seven suspects, four in Ukraine, two in Armenia and one in the district of Leipzig.'))
      .toEqual([['persons_arrested', 7], ['persons_arrested', 4], ['persons_arrested', 2], ['persons_arrested', 1]]);
  });

  it('counts the last items of a list of things seized under words the codebook lacks, not measures of a substance', () => {
    expect(metrics('Finance police seized assets worth 5.1 million euros, including 38 bitcoin, a villa on Lake Como and three Ferraris.'))
      .toEqual([['assets_seized', 5_100_000], ['assets_seized', 38], ['items_seized', 3]]);
    expect(metrics('Officers closed 9 gaming halls, seized 214 slot machines and 36 gaming tables and detained 17 people.'))
      .toEqual([['platforms_closed', 9], ['items_seized', 214], ['items_seized', 36], ['persons_arrested', 17]]);
    expect(metrics('Agents seized $2.1 million in cash and 1,180 kilograms of methamphetamine.')).toEqual([['assets_seized', 2_100_000]]);
  });

  it('reads a list line under a header that names no country as the header\'s count', () => {
    const text = 'Police arrested 412 suspects.\n\nRegional results of the operation (persons arrested):\n\n- New Taipei City: 88\n- Other cities and counties: 189\n';
    expect(metrics(text)).toEqual([['persons_arrested', 412], ['persons_arrested', 88], ['persons_arrested', 189]]);
  });

  it('takes no threshold the law makes serious, no seizure applied for, no people charged and no translator\'s unit', () => {
    expect(metrics('Under the interpretation, cases involving more than RMB 5 million in illegal business volume are considered "serious".')).toEqual([]);
    expect(metrics('Under the Act, those who obtain more than NT$100 million through fraud face five to 12 years in prison.')).toEqual([]);
    expect(metrics('Prosecutors have also frozen NT$276 million in 341 bank accounts and applied to seize three properties.')).toEqual([['assets_frozen', 276_000_000]]);
    expect(metrics('As of 6pm today, 19 of the arrestees have been charged and will appear in court tomorrow.')).toEqual([]);
    expect(metrics('The five people arrested on Tuesday have been charged with dealing with the proceeds of crime.')).toEqual([['persons_arrested', 5]]);
    expect(metrics('Amounts given in the original in units of 10,000 yuan have been converted.')).toEqual([]);
  });

  it('reads a term of "one year" in a sentence with no other number, and people "conned" as a scheme\'s customers', () => {
    expect(metrics('They were sentenced to one year in prison each.')).toEqual([['prison_term', 1]]);
    expect(metrics('A man who ran a fake investment website that conned 214 people out of more than £3.1 million has been jailed.'))
      .toEqual([['customers_served', 214], ['illicit_volume', 3_100_000]]);
  });

  it('reads what "the latest batch" includes as parts of the sites blocked before', () => {
    expect(metrics('The ACMA has blocked 10 more illegal gambling websites. The latest batch includes six offshore casinos that accepted deposits in USDT, and four affiliate sites.'))
      .toEqual([['platforms_blocked', 10], ['platforms_blocked', 6], ['platforms_blocked', 4]]);
  });

  it('reads the figure a rise is from past a number\'s own comma, and no figure a correction takes back', () => {
    expect(claimsOf('The number of reported voice phishing cases rose to 14,209 in 2026 from 12,877 a year earlier.', '2026-11-10').map((c) => [c.metric, c.value, c.period_start]))
      .toEqual([['cases_opened', 14_209, '2026-01-01'], ['cases_opened', 12_877, '2025-01-01']]);
    expect(metrics("Correction: last week's issue said the Incheon District Court fined a tether FX broker KRW 1.8bn.")).toEqual([]);
  });

  it('takes no people counted already that the text names again', () => {
    expect(metrics('The ED arrested two hawala operators. The two arrested men were produced before a special court on Tuesday.')).toEqual([['persons_arrested', 2]]);
  });

  it('reads list lines that give their number after a dash, and no part of a count with a long noun phrase', () => {
    const text = 'Since January the MVD closed 31 exchangers.\n\nExchangers closed by region:\n\n- Krasnoyarsk Territory – 9\n- Other regions – 7\n';
    expect(metrics(text, '2026-10-21')).toEqual([['platforms_closed', 31], ['platforms_closed', 9], ['platforms_closed', 7]]);
    expect(metrics('Twenty-three members of the criminal community, including its two organisers, have been detained.')).toEqual([['persons_arrested', 23]]);
  });

  it('reads a sum by the passive its clause goes on to, past a participle that says where it was held', () => {
    expect(metrics('Since the crackdown began, 96.3 billion won frozen in fraud accounts has been returned to victims.')).toEqual([['funds_returned', 96_300_000_000]]);
    expect(metrics('The AFU said R31 million previously forfeited in the case had been paid back to victims in August.')).toEqual([['funds_returned', 31_000_000]]);
    // A participle that says what the money was still names it.
    expect(metrics('Police said Rs 214 crore cheated from people across the country was routed and converted into USDT.')).toEqual([['illicit_volume', 2_140_000_000]]);
  });

  it('reads a count before "a week-long operation" as no rate', () => {
    expect(metrics('Queensland Police arrested 12 people during a week-long operation targeting money mules.')).toEqual([['persons_arrested', 12]]);
    expect(metrics('The unit closes about 12 exchangers a week.')).toEqual([]);
  });

  it('counts "such" things as those the count before counted', () => {
    expect(metrics('In the first half of 2025 the SBU exposed 27 conversion centres. Last year, SBU officers neutralised 41 such centres.'))
      .toEqual([['groups_exposed', 27], ['groups_exposed', 41]]);
  });

  it('reads a running total that "has risen to" a figure as the count said before', () => {
    expect(metrics('The agency has blocked 412 sites this year. Since it received blocking powers in 2023, the total has risen to more than 1,900.'))
      .toEqual([['platforms_blocked', 412], ['platforms_blocked', 1900]]);
  });

  it('counts the people a scheme drew or collected money from as its customers', () => {
    expect(metrics('The pyramid, which promised 25% a month, drew money from over 17,000 people between 2022 and 2025.')).toEqual([['customers_served', 17_000]]);
    expect(metrics('The organisers attracted funds from 6 814 citizens between March 2024 and May 2025.')).toEqual([['customers_served', 6814]]);
    expect(metrics('The investigation concerns a fake investment app that took money from at least 160 victims.')).toEqual([['customers_served', 160]]);
  });

  it('reads a sum whose forfeiture is sought by what was already done to it', () => {
    expect(metrics('The government is seeking forfeiture of 2,950,000 USDT that was frozen by the stablecoin issuer.')).toEqual([['assets_frozen', 2_950_000]]);
    expect(metrics('The government is seeking forfeiture of a further $80 million.')).toEqual([]);
  });

  it('reads "That brings the total since January to 131" as the count said before, and no vague "few dozen" or median', () => {
    const claims = claimsOf('The AFM closed 12 exchangers in August. That brings the total since January to 131 exchangers, against 87 in the first eight months of 2025.', '2026-09-04');
    expect(claims.map((c) => [c.metric, c.value, c.period_start])).toEqual([
      ['platforms_closed', 12, '2026-08-01'], ['platforms_closed', 131, '2026-01-01'], ['platforms_closed', 87, '2025-01-01'],
    ]);
    expect(metrics('The ministry blocked the domains, most of them mirror copies of the same few dozen casinos.')).toEqual([]);
    expect(metrics('Sentences handed down this year:\n\n- Median custodial term: 46 months.')).toEqual([]);
  });

  it('reads things a court sequestered, list lines closed by a semicolon, and no cases a verdict ended', () => {
    expect(metrics('The court also ordered the sequestration of 11 properties and 23 vehicles.')).toEqual([['items_seized', 11], ['items_seized', 23]]);
    const text = 'In January-October the AFM closed 96 exchangers.\n\nExchangers closed by region:\n\n- Almaty — 31;\n- other regions — 34.\n';
    expect(metrics(text)).toEqual([['platforms_closed', 96], ['platforms_closed', 31], ['platforms_closed', 34]]);
    expect(metrics('In January, courts of Almaty and Astana handed down verdicts in four criminal cases investigated by the AFM.')).toEqual([]);
  });

  it('reads parts of things told by what they were after an opening that says what was done to them', () => {
    expect(metrics('The FCA said 1,150 scam sites were blocked by providers. Of the websites taken down in the quarter, 402 were clones of authorised firms.'))
      .toEqual([['platforms_blocked', 1150], ['platforms_closed', 402]]);
  });

  // Shut down, they were read as platforms until the seventeenth session, whose coders and the corpus count them as groups.
  it('reads call centres dismantled or shut down as groups', () => {
    expect(metrics('In 2025, prosecutors dismantled 11 call centres.')).toEqual([['groups_exposed', 11]]);
    expect(metrics('Police shut down 11 call centres.')).toEqual([['groups_exposed', 11]]);
  });

  it('reads a sum a verb\'s long object is valued at, a part "including" after the sum\'s period, and a freeze requested of an issuer', () => {
    expect(metrics('ED has also provisionally attached immovable properties in the form of flats, villas and agricultural land, along with fixed deposits, worth Rs 96.18 crore under Section 5 of PMLA, 2002.'))
      .toEqual([['assets_frozen', 961_800_000]]);
    expect(metrics('The CACT restrained more than $303 million in alleged criminal assets in the 2024-25 financial year, including about $61 million in cryptocurrency.'))
      .toEqual([['assets_frozen', 303_000_000], ['assets_frozen', 61_000_000]]);
    expect(metrics('During searches, the police seized 38 billion dong in cash and requested Tether to freeze 412.000 USDT in wallets of the ring.'))
      .toEqual([['assets_seized', 38_000_000_000], ['assets_frozen', 412_000]]);
  });
});

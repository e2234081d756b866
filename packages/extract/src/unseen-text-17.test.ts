import { describe, expect, it } from 'vitest';
import { claimsOf } from './_test-helpers.js';

// Sentences of the kinds the articles and codings of 2026-11-24's eighteenth session showed misread, each rule as its own
// case.
const authorities = (text: string) => claimsOf(text).map((c) => [c.metric, c.authority]);

describe('courts read in the eighteenth session', () => {
  it('credits a ruling to the court a list line opens with', () => {
    expect(authorities('The KNPA said 34 people were arrested.\n\n- The Seoul Central District Court sentenced the leader to 12 years in prison.'))
      .toEqual([['persons_arrested', 'KNPA'], ['prison_term', 'Seoul court']]);
  });

  it('names a court by the place set off by commas after it', () => {
    expect(authorities('The EFCC arrested 23 suspects. Weeks earlier, Justice A. O. Adeyemi of the Federal High Court, Lagos, sentenced two operators to seven years\' imprisonment each.'))
      .toEqual([['persons_arrested', 'EFCC'], ['persons_sentenced', 'Lagos court'], ['prison_term', 'Lagos court']]);
  });

  it('credits a term an appeals court raised or cut to that court, not to a scheme that raised money', () => {
    expect(authorities('The police arrested 14 people. In a separate case, the Court of Appeal in Putrajaya raised the jail term of a scheme\'s promoter to eight years.').at(-1))
      .toEqual(['prison_term', 'Putrajaya court']);
    expect(authorities('The SEC said a federal court in Miami entered judgments against operators who raised more than $300 million.').map(([, a]) => a))
      .toEqual(['SEC']);
  });

  it('credits what "the courts of" a place did to that place\'s court, and leaves courts no place is given for to the agency', () => {
    expect(authorities('The AFM closed 12 exchangers. In the first half of 2024, the courts of Karaganda region convicted 43 people for organising illegal gambling.').at(-1))
      .toEqual(['persons_sentenced', 'Karaganda court']);
    expect(authorities('The AFM closed 12 exchangers. Courts have convicted 29 people in the agency\'s exchanger cases this year.').at(-1))
      .toEqual(['persons_sentenced', 'AFM']);
  });

  it('tells Tajikistan\'s GKNB from Kyrgyzstan\'s by the text\'s country', () => {
    expect(authorities('DUSHANBE. Officers of the GKNB detained 7 members of the group in Khujand, Tajikistan.')).toEqual([['persons_arrested', 'GKNB']]);
    expect(authorities('BISHKEK. Officers of the GKNB detained 7 members of the group in Osh, Kyrgyzstan.')).toEqual([['persons_arrested', 'SCNS']]);
  });

  it('reads a chamber\'s spelled-out number as no place: "the Fourth High Criminal Court" in Manama is Manama\'s', () => {
    expect(authorities('MANAMA: The Fourth High Criminal Court sentenced seven defendants to ten years in prison.'))
      .toEqual([['persons_sentenced', 'Manama court'], ['prison_term', 'Manama court']]);
  });

  it('reads "police" in a text naming Nepal Police\'s CIB as the CIB', () => {
    expect(authorities('The Central Investigation Bureau (CIB) of Nepal Police raided a house in Kathmandu. Police arrested 17 persons during the operation.'))
      .toEqual([['persons_arrested', 'CIB']]);
  });

  it('tells Hungary\'s National Bureau of Investigation (NNI) from the Philippines\' NBI, and names Botswana\'s police BPS', () => {
    expect(authorities('Detectives of the National Bureau of Investigation (NNI) detained 14 people in Budapest, Hungary.')).toEqual([['persons_arrested', 'NNI']]);
    expect(authorities('MANILA: The National Bureau of Investigation arrested 5 suspects in the Philippines.')).toEqual([['persons_arrested', 'NBI']]);
    expect(authorities('GABORONE: The Botswana Police Service has arrested 5 suspects in Botswana.')).toEqual([['persons_arrested', 'BPS']]);
  });

  it('reads a city\'s bureau by its kind ("the Shanghai Municipal Public Security Bureau") though its name ends as a people\'s', () => {
    expect(authorities('Recently, the Shanghai Municipal Public Security Bureau smashed a criminal gang. On 16 July, police arrested 47 suspects in Shanghai.'))
      .toEqual([['persons_arrested', 'Shanghai Police']]);
  });

  it('reads a city\'s police by a name on one line, not one run on from the line above', () => {
    expect(authorities('News Service | Hyderabad | Published: December 29, 2025 7:12 PM IST\n\nThe Cyberabad police arrested 1,024 persons in cyber fraud cases this year. Fraudsters posed as CBI officers in India.'))
      .toEqual([['persons_arrested', 'Cyberabad Police']]);
  });
});

const periods = (text: string, published: string) => claimsOf(text, published).map((c) => [c.value, c.period_start, c.period_end]);
const metrics = (text: string) => claimsOf(text).map((c) => [c.metric, c.value, c.unit]);

describe('figures read in the eighteenth session', () => {
  it('reads no one sentenced in a person\'s previous convictions', () => {
    expect(metrics('Te Rangi was jailed for five years. He has 17 previous convictions, mostly for dishonesty.')).toEqual([['prison_term', 5, 'years']]);
  });

  it('reads no term in the months a community order stands in lieu of', () => {
    expect(metrics('The youngest was ordered to carry out 200 hours of community service in lieu of 12 months in prison.')).toEqual([]);
  });

  it('reads a term past a relative clause\'s negation', () => {
    expect(metrics('An adviser who persuaded people to invest in schemes that never existed has been jailed for six and a half years.'))
      .toEqual([['prison_term', 6.5, 'years']]);
    expect(metrics('The court did not impose the five years the prosecution sought.')).toEqual([]);
  });

  it('reads no count in an age', () => {
    expect(metrics('An adviser persuaded 47 people to hand over more than €3.1 million. Of the 47 victims, 29 were aged over 65, the court heard.').map(([, v]) => v)).not.toContain(65);
  });

  it('reads customers receiving remittances as customers, not as remittance statistics', () => {
    expect(metrics('The network served more than 3,200 customers, most of whom were families receiving remittances from the Gulf.'))
      .toEqual([['customers_served', 3200, 'count']]);
  });

  it('reads no arrest in custody ordered for suspects already held, nor opened cases in the cases rulings ended', () => {
    expect(metrics('The public prosecutor ordered that the six suspects be held in custody.')).toEqual([]);
    expect(metrics('In March, the Amman Criminal Court issued rulings against 7 defendants in 2 similar fake investment cases.').map(([m]) => m)).not.toContain('cases_opened');
  });

  it('reads transactions an FIU suspended as frozen, and compounds a regulator offered as fines', () => {
    expect(metrics('In 2025, the SFMS suspended financial transactions worth UAH 1.9 billion.')).toEqual([['assets_frozen', 1_900_000_000, 'UAH']]);
    expect(metrics('The SC also offered compounds amounting to RM3.1mil to 11 parties in 2025.')).toEqual([['fines_imposed', 3_100_000, 'MYR']]);
  });

  it('reads no cases in referrals sent, and no sum in a bound per banking day', () => {
    expect(metrics('The SFMS sent 912 case referrals to law enforcement agencies in 2025.')).toEqual([]);
    expect(metrics('Covered transactions are cash or other transactions exceeding PHP 500,000 within one banking day.')).toEqual([]);
  });

  it('counts cars by their maker\'s name, and platforms whose domains were seized', () => {
    expect(metrics('The judge ordered Tolman to forfeit his home, two Lamborghinis and approximately 214 bitcoin.'))
      .toEqual([['items_seized', 2, 'count'], ['assets_seized', 214, 'BTC']]);
    expect(metrics('The FBI also seized the domains of 14 fraudulent trading platforms used by the network.')).toEqual([['platforms_closed', 14, 'count']]);
  });

  it('reads a New Zealand story\'s dollars and Serious Fraud Office as New Zealand\'s', () => {
    const [claim] = claimsOf('A Tauranga man who ran a sham crypto mining scheme that took more than $2.3 million from investors was sentenced, the Serious Fraud Office (SFO) said.');
    expect([claim!.unit, claim!.jurisdiction, claim!.authority]).toEqual(['NZD', 'NZ', 'SFO']);
  });

  it('reads an object counted by "all" or "the" alone as the verb\'s, and things "taken into custody" as seized', () => {
    expect(metrics('HMRC officers arrested all five in coordinated raids in April 2023.')).toEqual([['persons_arrested', 5, 'count']]);
    expect(metrics('The CID also took into custody three luxury vehicles and cash amounting to Rs. 12.75 million.'))
      .toEqual([['items_seized', 3, 'count'], ['assets_seized', 12_750_000, 'LKR']]);
  });

  it('reads no term in suspended sentences or a sentencing starting point, no arrest in judicial control or a measure of restraint', () => {
    expect(metrics('Two accomplices received suspended sentences of two years each.').map(([m]) => m)).not.toContain('prison_term');
    expect(metrics('The fraud falls within culpability A, for which the starting point on a single offence is 7 years\' custody.')).toEqual([]);
    expect(metrics('The tribunal ordered the pre-trial arrest of 9 defendants, and 2 defendants were placed under judicial control.').map(([m]) => m)).not.toContain('persons_arrested');
    expect(metrics('The court, upon the motion of the prosecution, applied imprisonment as a measure of restraint against 21 accused.')).toEqual([]);
  });

  it('reads no figure in voters or in the day of the month a Brazilian release puts after its weekday', () => {
    expect(metrics('About 68.4 million Filipinos are registered to vote.')).toEqual([]);
    expect(metrics('Anatel blocked 1,200 betting sites, the agency reported this Wednesday (20).')).toEqual([['platforms_blocked', 1200, 'count']]);
  });

  it('knows the agencies of Jordan, Lebanon, Tunisia, Algeria and Morocco, and Britain\'s Home Office and Border Force', () => {
    expect(authorities('The Public Security Directorate said its Anti-Cybercrime Unit arrested 11 suspects in Amman.')).toEqual([['persons_arrested', 'PSD']]);
    expect(authorities('Lebanon\'s Internal Security Forces arrested 14 money changers in Beirut.')).toEqual([['persons_arrested', 'ISF']]);
    expect(authorities('Tunisia\'s National Guard arrested six suspects in Sfax.')).toEqual([['persons_arrested', 'National Guard']]);
    expect(authorities('Border Force officers seized £1.2 million in cash at Heathrow.')).toEqual([['assets_seized', 'Border Force']]);
  });

  it('reads a roundup\'s numbered country headings as its sections', () => {
    const text = '1. KAZAKHSTAN: AFM closes exchangers\n\nThe AFM said it liquidated 41 illegal crypto exchangers in the first half of 2026.\n\n'
      + '2. UZBEKISTAN: sites blocked\n\nThe NAPP said it had 684 websites blocked in January-June 2026.';
    expect(claimsOf(text).map((c) => [c.value, c.jurisdiction, c.authority])).toEqual([[41, 'KZ', 'AFM'], [684, 'UZ', 'NAPP']]);
  });

  it('reads money paid to a scheme\'s members as returned, and no term in the one a fine may be served as', () => {
    expect(metrics('A curator has since paid R61 million to about 7 800 members.')[0]).toEqual(['funds_returned', 61_000_000, 'ZAR']);
    expect(metrics('The company\'s former bookkeeper was fined R250 000 or three years\' imprisonment.')).toEqual([['fines_imposed', 250_000, 'ZAR']]);
  });

  it('reads people arrested and charged as arrested, and no cases in the offences they were charged with', () => {
    expect(metrics('Detectives have arrested and charged five people.')).toEqual([['persons_arrested', 5, 'count']]);
    expect(metrics('Detectives arrested 12 suspects and charged three others.')).toEqual([['persons_arrested', 12, 'count']]);
    expect(metrics('They were charged with a total of 37 offences, including dealing with the proceeds of crime.')).toEqual([]);
    expect(metrics('Since July 2025, the taskforce has charged 21 people with 174 offences.')).toEqual([]);
  });

  it('reads what a raid\'s haul included as seized', () => {
    expect(metrics('The cryptocurrency haul included 18.2 BTC and 390,000 USDT.')).toEqual([['assets_seized', 18.2, 'BTC'], ['assets_seized', 390_000, 'USDT']]);
  });

  it('reads "$" by the currencies of its own section of a roundup', () => {
    const text = 'AUSTRALIA\n\nThe AFP restrained about $4.2 million in Melbourne.\n\n'
      + 'CANADA\n\nFINTRAC imposed a penalty of $176,250 on a Toronto money services business.\n\n| AUD 5,000 | Cash deposit cap at Australian crypto ATMs |';
    expect(claimsOf(text).map((c) => [c.value, c.unit])).toEqual([[4_200_000, 'AUD'], [176_250, 'CAD']]);
  });

  it('reads a term "and one day" as coders do, and a range past it', () => {
    expect(metrics('A Regional Trial Court sentenced each to six years and one day to eight years in prison.').map(([m, v]) => [m, v]))
      .toEqual([['prison_term', 6]]);
    expect(claimsOf('A Regional Trial Court sentenced each to six years and one day to eight years in prison.')[0]!.value_high).toBe(8);
  });

  it('reads gambling deposits as platforms\' turnover, and cash seized undeclared "worth a combined" sum as seized', () => {
    expect(metrics('PPATK recorded online gambling deposits of Rp 47,2 trillion in the first half of 2026.')).toEqual([['platform_turnover', 47_200_000_000_000, 'IDR']]);
    expect(metrics('Customs teams seized undeclared cash worth a combined ₺1.9 billion at airports.')).toEqual([['assets_seized', 1_900_000_000, 'TRY']]);
  });

  it('reads no one sentenced in those indictments were filed against', () => {
    expect(metrics('Indictments were filed against 2,615 suspects, and 418 defendants were convicted by the Ankara courts.')).toEqual([['persons_sentenced', 418, 'count']]);
  });

  it('reads the words after a heading\'s bar as its headline, restated below', () => {
    const text = 'TÜRKİYE | 64 detained in Mersin-led betting probe\n\nPolice in Mersin detained 64 people in an illegal betting probe.';
    expect(metrics(text)).toEqual([['persons_arrested', 64, 'count']]);
  });

  it('reads one year a sentencing verb gives as a term, and no term in the penalty the law sets for an offence', () => {
    expect(metrics('The Lower Criminal Court jailed an Asian man for one year.')).toEqual([['prison_term', 1, 'years']]);
    expect(metrics('The prosecution said the penalty for commercial concealment reaches 5 years in prison and a fine of SAR 5 million.')).toEqual([]);
  });

  it('reads what a gang transacted, books seized by the register, and no figure in remittances sent home', () => {
    expect(metrics('Through this method, the gang transacted around Tk 1,120 crore since October last year.').map(([m]) => m)).toEqual(['illicit_volume']);
    expect(metrics('Police seized 11 mobile phones and 4 agent registers from them.')).toEqual([['items_seized', 11, 'count'], ['items_seized', 4, 'count']]);
    expect(metrics('According to Bangladesh Bank, expatriates sent remittance of $3.22 billion in December 2025.')).toEqual([]);
  });

  it('counts schoolchildren and pupils as people, not police officers serving warrants', () => {
    expect(metrics('In March, police in Perm detained four schoolchildren who had worked as drop couriers.')).toEqual([['persons_arrested', 4, 'count']]);
    expect(metrics('About 180 federal police officers are serving 9 preventive arrest warrants.')).toEqual([]);
  });

  it('reads a sum by the verb its bracketed conversion takes, past the parts "including" it', () => {
    expect(metrics('Over the same period, assets worth 24.6 billion tenge ($48 million), including 6.1 million USDT, were seized.'))
      .toEqual([['assets_seized', 24_600_000_000, 'KZT'], ['assets_seized', 48_000_000, 'USD'], ['assets_seized', 6_100_000, 'USDT']]);
  });

  it('reads the value of seized coins "worth a total of" a sum as seized, and the list going on past it', () => {
    expect(metrics('The police seized 31.2 bitcoin and 1,450 monero worth a total of CZK 85 million (€3.5 million), CZK 3.6 million in cash and three cars.').map(([m, v]) => [m, v]))
      .toEqual([['assets_seized', 31.2], ['assets_seized', 1450], ['assets_seized', 85_000_000], ['assets_seized', 3_500_000], ['assets_seized', 3_600_000], ['items_seized', 3]]);
  });

  it('reads an order "over" a sum as no hedge, and "exceed" as one', () => {
    expect(claimsOf('Account freezing orders were obtained over £380,000 held in 57 accounts.').map((c) => c.qualifier)).toEqual(['exact']);
    expect(claimsOf('The court granted restraining orders over $640,000 held in bank accounts.').map((c) => c.qualifier)).toEqual(['exact']);
    expect(claimsOf('The losses established so far exceed EUR 6 million.').map((c) => c.qualifier)).toEqual(['more_than']);
  });

  it('takes no acting country from the nationality of the people counted', () => {
    const text = 'CÚCUTA — Colombian police and prosecutors have shut down 23 unlicensed currency exchange houses in Cúcuta.\n\n'
      + 'The operation led to the capture of 31 people, including several Venezuelan nationals, the Attorney General\'s Office (Fiscalía) said on Monday.';
    expect(claimsOf(text).map((c) => c.jurisdiction)).toEqual(['CO', 'CO']);
  });

  it('keeps a roundup\'s country section past an item\'s credit line', () => {
    const text = 'RUSSIA\n\nDroppers. Russia\'s Interior Ministry said police detained 6,210 droppers in January-June 2026.\nSource: Interfax, 4 August\n\n'
      + 'Bank of Russia, Q2. The regulator identified 587 financial pyramids in April-June.\nSource: Bank of Russia review, 6 August\n\n'
      + 'BELARUS\n\nThe Department of Financial Investigations of the State Control Committee (KGK) froze 1.8 million Belarusian rubles.\nSource: DFR KGK Telegram channel\n\n'
      + 'The KGK said it had frozen 2.1 million Belarusian rubles since January.';
    expect(claimsOf(text).map((c) => c.jurisdiction)).toEqual(['RU', 'RU', 'BY', 'BY']);
  });

  it('reads "one arrest" in a list of results, no arrest in those of them remanded, no sum in a first deposit', () => {
    expect(metrics('Austria: 9 servers, €2.1 million in Monero and Litecoin, one arrest')).toContainEqual(['persons_arrested', 1, 'count']);
    expect(metrics('Eight suspects were detained, and six of them have already been remanded in custody by the court.')).toEqual([['persons_arrested', 8, 'count']]);
    expect(metrics('After a first small deposit of 250 euros, the victims were shown fictitious profits.')).toEqual([]);
  });

  it('reads a quarter or half of a split fiscal year, and a table whose columns are such quarters', () => {
    const text = 'Pretoria - The FSCA published its results.\n\n| Action | Q1 2026/27 | Q1 2025/26 |\n| --- | --- | --- |\n| Administrative penalties imposed | R58,3 million | R21,9 million |';
    expect(claimsOf(text, '2026-08-12').map((c) => [c.value, c.period_start, c.period_end]))
      .toEqual([[58_300_000, '2026-04-01', '2026-06-30'], [21_900_000, '2025-04-01', '2025-06-30']]);
  });

  it('reads things a receiver has taken possession of as seized, and no figure in a release\'s number', () => {
    expect(metrics('The receiver has already taken possession of two Lamborghini vehicles and 14 crypto mining rigs.')).toEqual([['items_seized', 2, 'count'], ['items_seized', 14, 'count']]);
    expect(metrics('25-268MR ASIC\'s scam website takedowns pass 14,000')).not.toContainEqual(['platforms_closed', 25, 'count']);
  });

  it('reads sites "blocked or removed" as blocked, "rubles" in Belarus as Belarusian, and people who "received real" terms as sentenced', () => {
    expect(metrics('The Prosecutor General\'s Office and Roskomnadzor blocked or removed 14,370 websites and social media pages.')).toEqual([['platforms_blocked', 14_370, 'count']]);
    expect(metrics('MINSK - The Minsk court fined the defendants a total of 486,000 rubles.')).toEqual([['fines_imposed', 486_000, 'BYN']]);
    expect(metrics('Of those convicted in 2025, 1,140 received real prison terms.')).toEqual([['persons_sentenced', 1140, 'count']]);
  });

  it('reads pesos grouped by dots beside dollars grouped by commas, "bolívars", and a range whose high end repeats "S/"', () => {
    expect(metrics('Officers seized COP 2.840 million in cash, US$212,300 and 91,000 bolívars.'))
      .toEqual([['assets_seized', 2_840_000_000, 'COP'], ['assets_seized', 212_300, 'USD'], ['assets_seized', 91_000, 'VES']]);
    expect(claimsOf('Prosecutors estimate the network laundered between S/ 380 million and S/ 450 million from 2023.').map((c) => [c.value, c.value_high, c.unit]))
      .toEqual([[380_000_000, 450_000_000, 'PEN']]);
  });

  it('counts a people named by a region or state the table lacks as people', () => {
    expect(metrics('The group had defrauded over 1,200 Europeans of around 4 million euros.')).toEqual([['customers_served', 1200, 'count'], ['illicit_volume', 4_000_000, 'EUR']]);
  });

  it('reads no cases opened in cases an agency sent to court', () => {
    expect(metrics('Since the beginning of the year, the AFM has sent 23 criminal cases against illegal exchangers to court.')).toEqual([]);
  });

  it('reads a table\'s unit note in a currency\'s letters alone ("(R million)", "(Rp trillion)")', () => {
    const text = 'The FIC\'s annual report shows results.\n\n| Measure | 2023 | 2024 |\n| --- | --- | --- |\n| Funds blocked (R million) | 311 | 487.3 |';
    expect(claimsOf(text).map((c) => [c.value, c.unit])).toEqual([[311_000_000, 'ZAR'], [487_300_000, 'ZAR']]);
  });

  it('reads a speaker\'s correction "let me correct that" and "ay, sorry" as the figure taken back', () => {
    expect(metrics('The network laundered at least $236 million — let me correct that, at least $263 million — through exchanges.'))
      .toEqual([['illicit_volume', 263_000_000, 'USD']]);
  });

  it('reads no arrest in people under investigation or prosecuted', () => {
    expect(metrics('Police arrested 52 suspected money mules, and another 214 people are under investigation.')).toEqual([['persons_arrested', 52, 'count']]);
    expect(metrics('The police have arrested 21 suspects and initiated criminal proceedings against 24 defendants.')).toEqual([['persons_arrested', 21, 'count']]);
  });

  it('reads no sum in a rate, nor in the sum it is of, but a fine for each of them', () => {
    expect(metrics('The agents received a commission of Tk 150 to Tk 300 for every Tk 10,000 they handled.')).toEqual([]);
    expect(metrics('Mules were paid RM500 per account they opened.')).toEqual([]);
    expect(metrics('The court fined them EGP 500,000 for each of them.')).toEqual([['fines_imposed', 500_000, 'EGP']]);
  });

  it('reads "two dozen" as 24', () => {
    expect(metrics('Police arrested about two dozen suspects in the raids.')).toEqual([['persons_arrested', 24, 'count']]);
  });

  it('reads no sum in a bound the law sets past the sum ("is punishable", "as serious circumstances", "face prison terms")', () => {
    expect(metrics('Under Section 147 of the Criminal Code, serious fraud with a damage of more than € 300.000 is punishable by one to ten years\' imprisonment.')).toEqual([]);
    expect(metrics('A 2024 judicial interpretation treats laundering of more than RMB 5 million as "serious circumstances".')).toEqual([]);
  });

  it('reads no count in firms licensed, people prosecuted or granted bail, nor a fine a law prescribes', () => {
    expect(metrics('The CMA has so far licensed 11 online forex brokers.')).toEqual([]);
    expect(metrics('A total of 63 suspects were arrested and 51 persons prosecuted, leading to 29 convictions.')).toEqual([['persons_arrested', 63, 'count'], ['persons_sentenced', 29, 'count']]);
    expect(metrics('Of the 37 suspects, 12 have been granted administrative bail while the others remain in custody.')).toEqual([]);
    expect(metrics('The Act prescribes a minimum fine of N20m or a minimum prison term of five years.')).toEqual([]);
  });

  it('adds each smaller magnitude of an amount written in parts ("Rs 1 crore 26 lakh 40 thousand")', () => {
    expect(metrics('Police seized cash of Rs 1 crore 26 lakh 40 thousand and 38 mobile phones.')).toEqual([['assets_seized', 12_640_000, 'INR'], ['items_seized', 38, 'count']]);
  });

  it('keeps a country section past a numbered item heading that names no country', () => {
    const text = 'SOUTH KOREA\n\n1. Losses hit a record\n\nPolice arrested 2,486 people over voice phishing last year.\n\nJAPAN\n\n'
      + '2. Osaka police uncover underground bank\n\nPolice seized ¥73 million in cash and 410,000 USDT.';
    expect(claimsOf(text).map((c) => [c.jurisdiction, c.unit])).toEqual([['KR', 'count'], ['JP', 'JPY'], ['JP', 'USDT']]);
  });

  it('reads what "They include" lists after the sentence it refers back to, but not people among those counted', () => {
    expect(metrics('Police say assets seized so far are worth about Bt180 million. They include 1.9 million USDT, Bt21.6 million in cash and 7 cars.'))
      .toEqual([['assets_seized', 180_000_000, 'THB'], ['assets_seized', 1_900_000, 'USDT'], ['assets_seized', 21_600_000, 'THB'], ['items_seized', 7, 'count']]);
    expect(metrics('The EFCC arrested 14 people. They include the chief operating officer and two regional team leaders.')).toEqual([['persons_arrested', 14, 'count']]);
  });

  it('reads no payout in "distributed ledger", and no cases in files transferred to an attorney\'s office', () => {
    expect(metrics('The GFSC has fined a distributed ledger technology (DLT) provider £540,000 for failings in its controls.')).toEqual([['fines_imposed', 540_000, 'GBP']]);
    expect(metrics('During the year the ISA transferred 22 investigation files to the State Attorney\'s Office.')).toEqual([]);
  });

  it('reads no range in "sentenced the two to seven years": the number the verb takes is its people', () => {
    expect(metrics('The Sessions Court in Pune sentenced the two to seven years in prison.')).toEqual([['prison_term', 7, 'years']]);
    expect(metrics('The court sentenced them to two to seven years in prison.')).toEqual([['prison_term', 2, 'years']]);
  });

  it('counts homes seized as items, and reads homes a thing was taken from as places', () => {
    expect(metrics('The FIOD also seized 3 homes in Schiedam and Dordrecht.')).toEqual([['items_seized', 3, 'count']]);
    expect(metrics('The committee has seized 1,860 mining devices from 212 homes in Al-Wafra.')).toEqual([['items_seized', 1860, 'count']]);
  });

  it('reads "turning over" a sum as a platform\'s turnover', () => {
    expect(metrics('The exchanger served roughly 2,400 customers, turning over KZT 8.9bn.')).toEqual([['customers_served', 2400, 'count'], ['platform_turnover', 8_900_000_000, 'KZT']]);
  });

  it('reads a sum one is "ordered to pay back" as confiscated, and crypto ATMs "disrupted" or "disabled" as closed', () => {
    expect(metrics('A cocaine dealer who hid his profits in bitcoin has been ordered to pay back £842,316 or face another six years behind bars.'))
      .toEqual([['assets_seized', 842_316, 'GBP']]);
    expect(metrics('The FCA and police forces have disrupted 37 illegal crypto ATMs since the start of 2024, the regulator said.')).toEqual([['platforms_closed', 37, 'count']]);
  });

  it('reads a term with a part suspended as imposed, and no trigger inside a law\'s bracketed name', () => {
    expect(metrics('The man was jailed for two years and three months, with the final 12 months suspended.')).toEqual([['prison_term', 27, 'months']]);
    expect(metrics('He was sentenced to 2 years, suspended for 2 years.')).toEqual([]);
    expect(metrics('Freezing orders under section 17 of the Criminal Justice (Money Laundering and Terrorist Financing) Act 2010 were obtained over €312,650.'))
      .toEqual([['assets_frozen', 312_650, 'EUR']]);
  });

  it('reads a running total that raids "take" to a number', () => {
    expect(metrics('Tuesday\'s raids take the number of crypto ATMs seized by the force this year to 18.')).toEqual([['items_seized', 18, 'count']]);
  });

  it('reads no statistic in one victim\'s loss told in an apposition ("said X, a retired teacher who lost ...")', () => {
    expect(metrics('"We won a verdict, but not our money," said Murat Aydın, a retired teacher from Bursa who said he had lost 640,000 liras.')).toEqual([]);
    expect(metrics('Detective Garda Niall Brosnan told the court that one victim, a retired farmer from Co Clare, lost €96,000, his entire savings.')).toEqual([]);
  });

  it('reads a victim\'s own loss in their words as no statistic, and "two years less a day" as under two years', () => {
    expect(metrics('"I lost $84,000, my whole savings," said one investor outside court.')).toEqual([]);
    expect(claimsOf('She was sentenced to two years less a day.').map((c) => [c.figure, c.value, c.qualifier])).toEqual([['two years less a day', 2, 'less_than']]);
  });

  it('reads Nepal\'s and Pakistan\'s arba, and Bikram Sambat years as no calendar year', () => {
    expect(metrics('In Nepal, the applications collected Rs 1 arba 18 crore from users.')).toEqual([['illicit_volume', 1_180_000_000, 'NPR']]);
    expect(metrics('The court sentenced two Arab expatriates to five years in prison.')).toEqual([['persons_sentenced', 2, 'count'], ['prison_term', 5, 'years']]);
    expect(claimsOf('In fiscal year 2081/82, the Bureau had registered 41 such cases in Nepal.', '2026-02-17').map((c) => [c.value, c.period_start])).toEqual([[41, null]]);
  });

  it('reads a currency\'s capitalised name before its digits ("US Dollars 836,400"), not before a sum restated in words', () => {
    expect(metrics('The following recoveries were made during the quarter:\n\n- US Dollars 836,400\n- Saudi Riyals 1,215,000'))
      .toEqual([['assets_seized', 836_400, 'USD'], ['assets_seized', 1_215_000, 'SAR']]);
    expect(metrics('The court imposed a fine of Rs. 10,00,000/- (Rupees Ten Lakh only) on the accused in India.')).toEqual([['fines_imposed', 1_000_000, 'INR']]);
  });

  it('reads "scam and malicious websites" as websites, and a part "of the restraints" as frozen', () => {
    expect(metrics('The NCSC said it had worked with registrars to have 2,860 scam and malicious websites taken down.')).toEqual([['platforms_closed', 2860, 'count']]);
    expect(metrics('In New Zealand, cryptocurrency accounted for $38.5m of the restraints.')).toEqual([['assets_frozen', 38_500_000, 'NZD']]);
  });

  it('reads a sum confiscated from "frozen bank accounts" as confiscated', () => {
    expect(metrics('The court ordered the confiscation of all proceeds of the offence, including €184,300 held in frozen bank accounts.')).toEqual([['assets_seized', 184_300, 'EUR']]);
  });

  it('reads a partitive\'s set named by what was done to it as that count, restated', () => {
    expect(metrics('Of the 17 people arrested, 11 have been charged with dealing with the proceeds of crime.')).toEqual([['persons_arrested', 17, 'count']]);
  });

  it('reads a digest\'s bare tally after a semicolon as people, as a headline\'s', () => {
    expect(metrics('The SK said a Yekaterinburg exchanger laundered 860 million roubles for drug shops; 6 detained, 210,000 USDT seized.'))
      .toEqual([['illicit_volume', 860_000_000, 'RUB'], ['persons_arrested', 6, 'count'], ['assets_seized', 210_000, 'USDT']]);
  });

  it('reads an exchange service\'s volume as its turnover, and "applied arrest on property" as a freeze', () => {
    expect(metrics('Police shut down 63 illegal exchange services working with drug shops, with a combined turnover of 19.6 billion roubles.'))
      .toEqual([['platforms_closed', 63, 'count'], ['platform_turnover', 19_600_000_000, 'RUB']]);
    expect(metrics('By the motion of the investigator, the court applied arrest on property of the accused worth AMD 265 million.')).toEqual([['assets_frozen', 265_000_000, 'AMD']]);
  });

  it('reads a quarter named by the month it ends ("the September quarter")', () => {
    expect(periods('ASIC removed 1,215 scam websites in the September quarter.', '2025-11-20')).toEqual([[1215, '2025-07-01', '2025-09-30']]);
    expect(periods('ASIC removed 1,215 scam websites in the December quarter.', '2025-11-20')).toEqual([[1215, '2024-10-01', '2024-12-31']]);
    expect(periods('ASIC removed 1,215 scam websites in the June quarter of 2025.', '2025-11-20')).toEqual([[1215, '2025-04-01', '2025-06-30']]);
  });

  it('reads a running total named by its own noun ("taking its arrests ... to 41")', () => {
    expect(metrics('The strike force arrested six more alleged scam couriers, taking its arrests since August 2025 to 41.'))
      .toEqual([['persons_arrested', 6, 'count'], ['persons_arrested', 41, 'count']]);
  });

  it('counts a thing joined to another by both ("Websites and accounts blocked")', () => {
    expect(metrics('Results:\n\n| Item | 2025 |\n| --- | --- |\n| Websites and accounts blocked | 14,208 |')).toEqual([['platforms_blocked', 14_208, 'count']]);
  });

  it('reads a table\'s unit note in a sign of a capital and small letters ("(Dh million)", "(Bt m)")', () => {
    expect(metrics('Sanctions in the UAE:\n\n| Measure | Q1 | Q2 |\n| --- | --- | --- |\n| Total fines (Dh million) | 38.8 | 32.4 |'))
      .toEqual([['fines_imposed', 38_800_000, 'AED'], ['fines_imposed', 32_400_000, 'AED']]);
  });

  it('reads past a footnote\'s mark on a table\'s label or number ("convictions*", "84¹")', () => {
    expect(metrics('Results:\n\n| Measure | 2024 | 2025 |\n| --- | --- | --- |\n| Money laundering convictions* | 15 | 23 |\n| Criminal investigations opened | 84¹ | 57 |'))
      .toEqual([['persons_sentenced', 15, 'count'], ['persons_sentenced', 23, 'count'], ['cases_opened', 84, 'count'], ['cases_opened', 57, 'count']]);
  });

  it('reads no statistic in one person\'s loss told by age or trade, and a benefit a court found as crime\'s money', () => {
    expect(metrics('In victim impact statements read to the court, a 71-year-old widower from Bury said he lost £182,000, including money he had saved.')).toEqual([]);
    expect(metrics('He was made subject to a confiscation order of £1,843,907 at the High Court in Glasgow, against a benefit figure of £5,216,480.'))
      .toEqual([['assets_seized', 1_843_907, 'GBP'], ['illicit_volume', 5_216_480, 'GBP']]);
  });

  it('reads no term in a parole date, and Canada\'s "fine in lieu of forfeiture" as a fine', () => {
    expect(metrics('He was sentenced in April 2026 to 3 years imprisonment, to be released on parole after 12 months.')).toEqual([['prison_term', 3, 'years']]);
    expect(metrics('In Canada, the judge also imposed a fine in lieu of forfeiture of $2.3 million.')).toEqual([['fines_imposed', 2_300_000, 'CAD']]);
  });

  it('reads a part "of the frozen amount" as frozen', () => {
    expect(metrics('In the UAE, virtual asset service providers accounted for about Dh146 million of the frozen amount.')).toEqual([['assets_frozen', 146_000_000, 'AED']]);
  });

  it('reads money in blocked transactions and suspended accounts as frozen', () => {
    expect(metrics('The GIIF blocked transactions and suspended accounts holding a total of PLN 1 146,2 million in 2024.')).toEqual([['assets_frozen', 1_146_200_000, 'PLN']]);
  });

  it('reads two months running ("January and February this year") as one span', () => {
    expect(periods('Police arrested 1,204 people in January and February this year.', '2025-03-12')).toEqual([[1204, '2025-01-01', '2025-02-28']]);
    expect(periods('Police arrested 1,204 people in January and March.', '2025-03-12')).toEqual([[1204, '2025-01-01', '2025-01-31']]);
  });

  it('reads people "jailed pending trial" as arrested, not sentenced', () => {
    expect(metrics('A court later ordered 21 of the suspects jailed pending trial, while the rest were released under judicial control.')).toEqual([['persons_arrested', 21, 'count']]);
  });

  it('counts VASPs and CASPs as platforms', () => {
    expect(metrics('KoFIU said access to the websites and mobile apps of 14 VASPs has been blocked.')).toEqual([['platforms_blocked', 14, 'count']]);
  });
});


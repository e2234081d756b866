// The words the benchmark generator writes with. Names, agencies and currencies are ones the codebook in
// packages/schema knows, so the generated sources exercise the extractor the way real coverage does.

/** Places the generated sources report on: names, agencies, publishers and how their press writes money. */
export const PLACES = [
  {
    code: 'KZ', country: 'Kazakhstan', adjective: 'Kazakh', cities: ['Astana', 'Almaty', 'Shymkent'],
    agencies: [['Financial Monitoring Agency', 'AFM'], ['Agency for Regulation and Development of the Financial Market', 'ARDFM'], ['National Security Committee', 'KNB']],
    money: ['{n} billion tenge', 'KZT {n}bn', '₸{n} million', '{n} million tenge', 'KZT {n} billion'],
    publishers: ['The Astana Times', 'Kursiv Media', 'Tengri News', 'Kazinform'],
  },
  {
    code: 'US', country: 'United States', adjective: 'American', cities: ['New York', 'Manhattan', 'Miami', 'Chicago'],
    agencies: [['Department of Justice', 'DOJ'], ['Securities and Exchange Commission', 'SEC'], ['Commodity Futures Trading Commission', 'CFTC'], ['Federal Bureau of Investigation', 'FBI']],
    money: ['${n}m', '${n} million', 'US${n} billion', '${n}bn', '{n} million dollars'],
    publishers: ['The Ledger Daily', 'Capitol Crypto Wire', 'Wall Street Chronicle'],
  },
  {
    code: 'GB', country: 'United Kingdom', adjective: 'British', cities: ['London', 'Manchester', 'Birmingham'],
    agencies: [['Financial Conduct Authority', 'FCA'], ['National Crime Agency', 'NCA'], ['Serious Fraud Office', 'SFO']],
    money: ['£{n}m', '£{n} million', '{n} million pounds', 'GBP {n}m'],
    publishers: ['The City Reporter', 'London Finance Post'],
  },
  {
    code: 'IN', country: 'India', adjective: 'Indian', cities: ['Mumbai', 'New Delhi', 'Bengaluru', 'Hyderabad'],
    agencies: [['Enforcement Directorate', 'ED'], ['Central Bureau of Investigation', 'CBI'], ['Financial Intelligence Unit-India', 'FIU-IND']],
    money: ['Rs {n} crore', '₹{n} crore', 'Rs {n} lakh', 'Rs. {n} crore', '{n} crore rupees'],
    publishers: ['The Mumbai Mirror Desk', 'Delhi Business Standard', 'Deccan Ledger'],
  },
  {
    code: 'NG', country: 'Nigeria', adjective: 'Nigerian', cities: ['Lagos', 'Abuja', 'Kano'],
    agencies: [['Economic and Financial Crimes Commission', 'EFCC'], ['National Drug Law Enforcement Agency', 'NDLEA']],
    money: ['N{n}bn', '₦{n} billion', '{n} billion naira', 'N{n} million'],
    publishers: ['Lagos Tribune', 'Abuja Business Day'],
  },
  {
    code: 'UA', country: 'Ukraine', adjective: 'Ukrainian', cities: ['Kyiv', 'Dnipro', 'Kharkiv', 'Lviv'],
    agencies: [['Security Service of Ukraine', 'SBU'], ['National Police of Ukraine', 'Cyberpolice'], ['National Bank of Ukraine', 'NBU']],
    money: ['{n} million hryvnias', 'UAH {n} million', '₴{n} million', '{n} million hryvnia'],
    publishers: ['Kyiv Independent Desk', 'Ukrainska Finance'],
  },
  {
    code: 'KR', country: 'South Korea', adjective: 'South Korean', cities: ['Seoul', 'Busan', 'Incheon'],
    agencies: [['Financial Services Commission', 'FSC'], ['Korea Customs Service', 'KCS'], ['Korean National Police Agency', 'KNPA']],
    money: ['{n} billion won', '₩{n} billion', 'KRW {n}bn', '{n} trillion won'],
    publishers: ['Seoul Economic Daily', 'Korea Finance Herald'],
  },
  {
    code: 'DE', country: 'Germany', adjective: 'German', cities: ['Berlin', 'Frankfurt', 'Munich'],
    agencies: [['Federal Criminal Police Office', 'BKA'], ['Federal Financial Supervisory Authority', 'BaFin']],
    money: ['€{n} million', '{n} million euros', 'EUR {n}m', '€{n}m'],
    publishers: ['Frankfurt Market Watch', 'Berlin Finance Review'],
  },
  {
    code: 'PH', country: 'Philippines', adjective: 'Philippine', cities: ['Manila', 'Cebu', 'Davao'],
    agencies: [['National Bureau of Investigation', 'NBI'], ['Presidential Anti-Organized Crime Commission', 'PAOCC'], ['Philippine National Police', 'PNP']],
    money: ['₱{n} million', '{n} million pesos', 'PHP {n} billion', 'P{n} billion'],
    publishers: ['Manila Business Mirror', 'Cebu Daily Ledger'],
  },
  {
    code: 'AU', country: 'Australia', adjective: 'Australian', cities: ['Sydney', 'Melbourne', 'Brisbane'],
    agencies: [['Australian Federal Police', 'AFP'], ['Australian Securities and Investments Commission', 'ASIC'], ['AUSTRAC', 'AUSTRAC']],
    money: ['A${n} million', '${n}m', '{n} million Australian dollars', 'AUD {n} million'],
    publishers: ['Sydney Finance Review', 'Melbourne Crypto Times'],
  },
];

/** Crypto amounts as the press writes them; tickers the codebook knows. */
export const CRYPTO = ['{n} million USDT', '{n} BTC', '{n} bitcoin', '{n} ETH', '{n} million tether', '{n},000 USDT', '{n} XMR'];

/** Hedges before a figure, with the plain figure written most often as in real coverage. */
export const QUALIFIERS = ['', '', '', '', 'about ', 'approximately ', 'more than ', 'over ', 'at least ', 'nearly ', 'up to ', 'some ', 'almost ', 'in excess of '];

/** Written numbers the extractor reads as figures. */
export const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty-six', 'forty-two', 'a dozen'];

/** Counted things by metric, in the plural the press uses. */
export const COUNTED = {
  platforms: ['illegal crypto exchanges', 'illegal online platforms', 'websites', 'crypto exchangers', 'unlicensed trading platforms', 'online casinos', 'Telegram channels'],
  people: ['people', 'suspects', 'members of the group', 'individuals', 'foreign nationals', 'operators'],
  schemes: ['pyramid schemes', 'Ponzi schemes', 'financial pyramids'],
  groups: ['criminal groups', 'organised crime groups', 'money-laundering networks', 'gangs'],
  items: ['cars', 'laptops', 'mobile phones', 'mining rigs', 'apartments', 'hardware wallets'],
  cases: ['criminal cases', 'investigations', 'enforcement actions'],
  customers: ['customers', 'investors', 'registered users', 'depositors'],
};

/**
 * Sentences that state an enforcement figure. `{count}`, `{money}`, `{crypto}`, `{term}` are figures; `{agency}`,
 * `{country}`, `{city}`, `{period}` and `{things:<class>}` fill in around them.
 */
export const FIGURE_SENTENCES = [
  '{Period}, the {agency} blocked {count} {things:platforms}.',
  'The {agency} said it had shut down {count} {things:platforms} {period}.',
  '{Period}, the authorities liquidated {count} {things:platforms} with a combined turnover of {money}.',
  'According to the {agency}, the platforms processed transactions worth {money} {period}.',
  'Investigators seized {money} in cash and {crypto} during searches in {city}.',
  'Officers also froze {crypto} held on accounts linked to the suspects.',
  'The {agency} said {count} {things:people} had been arrested in raids across {city}.',
  '{Period}, courts sentenced {count} {things:people} for running the scheme.',
  'The organiser was jailed for {term}, while his accomplices received between {termLow} and {termHigh} years in prison.',
  'A court in {city} sentenced the ringleader to {term} in prison.',
  'The group laundered {money} in criminal proceeds through the exchangers, the {agency} said.',
  'Victims have so far received {money} in compensation, and {money} has been returned to investors.',
  'The {agency} dismantled {count} {things:schemes} that had drawn in {count} {things:customers}.',
  'Police exposed {count} {things:groups} involved in drug trafficking and fraud {period}.',
  'During the searches, officers confiscated {count} {things:items} and {money} in cash.',
  'The regulator imposed fines totalling {money} on {count} unlicensed operators {period}.',
  'The {agency} opened {count} {things:cases} into illegal crypto trading {period}.',
  'Assets worth {money} (about {usd}) were frozen pending trial.',
  'The platform handled {money}, equivalent to roughly {usd}, before it was closed.',
  'Authorities recovered {crypto}, worth about {usd}, from wallets controlled by the operators.',
];

/** Sentences with numbers that are not enforcement figures: dates, years, percentages, thresholds, prices, phones. */
export const DISTRACTOR_SENTENCES = [
  'The announcement was made on {month} {day}, {year} at a briefing in {city}.',
  'The number of reported cases rose by {pct}% compared with {year}.',
  'Under the rules, transfers exceeding {money} must be reported to the {agency}.',
  'Bitcoin was trading at ${price} on the day of the raid.',
  'Citizens can report illegal platforms to the hotline at +{phone}.',
  'The offences carry a maximum penalty of {termHigh} years in prison under Article {article} of the Criminal Code.',
  '{country}, a country of {population} million people, has seen crypto adoption grow by {pct} per cent since {year}.',
  'The new law, adopted in {year}, will take effect on {month} {day}.',
  'Officials plan to block another {count} {things:platforms} next year.',
  'The {agency} said it would publish its full-year report at 10:30 on {month} {day}.',
  'Analysts expect the market to reach {money} by {futureYear}.',
  'The average salary in {city} is about {money} a month.',
];

/** Sentences with no figure at all: the context every news article carries. */
export const PROSE_SENTENCES = [
  'The {agency} has stepped up its campaign against unlicensed crypto exchanges and the networks that use them.',
  'Officials said the platforms lacked basic anti-money laundering controls and did not verify their customers.',
  'The case is part of a wider crackdown on illegal financial services in {country}.',
  'Investigators worked with foreign partners to trace the flow of funds through a chain of wallets.',
  'Regulators have warned citizens not to use services that are not on the official register.',
  'Lawyers for the defendants said they would appeal the verdict.',
  'The authorities did not name the exchanges, citing the ongoing investigation.',
  'Industry groups welcomed the move but called for clearer licensing rules.',
  '{Adjective} prosecutors say the operators moved money between dozens of accounts to hide its origin.',
  'Market participants expect more enforcement as new rules for digital asset providers take effect.',
  'The {agency} said the operation involved officers from several regions, including {city}.',
  'Experts note that peer-to-peer trading remains difficult to police.',
];

/** Site furniture that ingest marks as boilerplate and extraction skips. */
export const BOILERPLATE_LINES = [
  'Visited {visits} times, {small} visits today',
  '{small} min read',
  'Share this article',
  'Subscribe to our newsletter for the day\'s top stories in finance and crypto.',
  'Read more: Regulators tighten rules for crypto exchangers',
  'Related articles',
  'Advertisement',
  '© {year} {publisher}. All rights reserved.',
  'Tags: crypto, AML, enforcement, {country}',
  'Follow us on Telegram for breaking news',
];

export const HEADLINES = [
  '{country} blocks {count} illegal crypto platforms',
  '{agency} shuts down crypto exchangers worth {money}',
  'Crypto crackdown: {count} arrested in {city}',
  'Court jails crypto fraud organiser for {term}',
  '{agency} freezes {crypto} linked to illegal exchange',
  'Authorities in {country} step up action against illegal crypto trading',
];

export const PERIODS = ['in {year}', 'in the first half of {year}', 'in the first nine months of {year}', 'since January {year}', 'so far this year',
  'last year', 'in Q{quarter} {year}', 'during {monthName} {year}', 'between {year} and {year2}', 'as of the end of {year}', ''];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const BYLINES = ['By Aigerim Sadykova', 'By James Whitfield', 'By Priya Raman', 'By Chinedu Okafor', 'By Olena Kovalenko', 'By Min-jun Park', 'By Anna Becker', 'By Maria Santos'];

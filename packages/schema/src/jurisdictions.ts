/** Countries and agencies as the press names them, so that a figure's jurisdiction and authority come from the text. */
export interface JurisdictionDefinition {
  /** ISO 3166-1 alpha-2 code ("EU" for the European Union). */
  code: string;
  /** Names and demonyms, matched as whole words, case-sensitive. */
  names: string[];
}

export interface AuthorityDefinition {
  /** The short id published in the data ("AFM"). */
  id: string;
  jurisdiction: string;
  /** Names and acronyms, matched as whole words, case-sensitive. */
  names: string[];
}

export const JURISDICTIONS: readonly JurisdictionDefinition[] = [
  { code: 'KZ', names: ['Kazakhstan', 'Kazakh', 'Kazakhstani', 'Astana', 'Almaty', 'Republic of Kazakhstan'] },
  { code: 'US', names: ['United States', 'U.S.', 'US', 'USA', 'American', 'America', 'New York', 'California', 'Washington'] },
  { code: 'GB', names: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'British', 'England', 'English', 'Scotland', 'Scottish', 'Wales', 'London'] },
  { code: 'IN', names: ['India', 'Indian', 'Mumbai', 'New Delhi', 'Delhi', 'Bengaluru', 'Kolkata', 'Chennai', 'Hyderabad'] },
  { code: 'NG', names: ['Nigeria', 'Nigerian', 'Lagos', 'Abuja'] },
  { code: 'DE', names: ['Germany', 'German', 'Berlin', 'Frankfurt'] },
  { code: 'NL', names: ['Netherlands', 'Dutch', 'Holland', 'Amsterdam', 'The Hague'] },
  { code: 'RU', names: ['Russia', 'Russian', 'Moscow', 'Russian Federation'] },
  { code: 'KR', names: ['South Korea', 'Korea', 'Korean', 'South Korean', 'Seoul'] },
  { code: 'AU', names: ['Australia', 'Australian', 'Sydney', 'Melbourne', 'Canberra'] },
  { code: 'BR', names: ['Brazil', 'Brazilian', 'São Paulo', 'Rio de Janeiro', 'Brasília'] },
  { code: 'TR', names: ['Turkey', 'Türkiye', 'Turkish', 'Istanbul', 'Ankara'] },
  { code: 'UA', names: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'] },
  { code: 'SG', names: ['Singapore', 'Singaporean'] },
  { code: 'PH', names: ['Philippines', 'Philippine', 'Filipino', 'Manila'] },
  { code: 'CN', names: ['China', 'Chinese', 'Beijing', 'Shanghai'] },
  { code: 'HK', names: ['Hong Kong'] },
  { code: 'JP', names: ['Japan', 'Japanese', 'Tokyo'] },
  { code: 'FR', names: ['France', 'French', 'Paris'] },
  { code: 'ES', names: ['Spain', 'Spanish', 'Madrid'] },
  { code: 'IT', names: ['Italy', 'Italian', 'Rome'] },
  { code: 'PL', names: ['Poland', 'Polish', 'Warsaw'] },
  { code: 'CA', names: ['Canada', 'Canadian', 'Ottawa', 'Toronto'] },
  { code: 'UZ', names: ['Uzbekistan', 'Uzbek', 'Tashkent'] },
  { code: 'KG', names: ['Kyrgyzstan', 'Kyrgyz', 'Bishkek'] },
  { code: 'AE', names: ['United Arab Emirates', 'UAE', 'Emirati', 'Dubai', 'Abu Dhabi'] },
  { code: 'ZA', names: ['South Africa', 'South African', 'Johannesburg'] },
  { code: 'VN', names: ['Vietnam', 'Vietnamese', 'Hanoi'] },
  { code: 'TH', names: ['Thailand', 'Thai', 'Bangkok'] },
  { code: 'ID', names: ['Indonesia', 'Indonesian', 'Jakarta'] },
  { code: 'EU', names: ['European Union', 'EU'] },
];

export const AUTHORITIES: readonly AuthorityDefinition[] = [
  { id: 'AFM', jurisdiction: 'KZ', names: ['AFM', 'AFM RK', 'Financial Monitoring Agency', 'Agency for Financial Monitoring', 'Financial Monitoring Agency of Kazakhstan'] },
  { id: 'ARDFM', jurisdiction: 'KZ', names: ['ARDFM', 'Agency for Regulation and Development of the Financial Market', 'Financial Market Regulation and Development Agency'] },
  { id: 'NBK', jurisdiction: 'KZ', names: ['National Bank of Kazakhstan', 'NBK'] },
  { id: 'KNB', jurisdiction: 'KZ', names: ['KNB', 'National Security Committee'] },
  { id: 'AFSA', jurisdiction: 'KZ', names: ['AFSA', 'Astana Financial Services Authority'] },
  { id: 'SEC', jurisdiction: 'US', names: ['SEC', 'Securities and Exchange Commission', 'U.S. Securities and Exchange Commission'] },
  { id: 'DOJ', jurisdiction: 'US', names: ['DOJ', 'Department of Justice', 'Justice Department', 'U.S. Attorney', 'US Attorney'] },
  { id: 'FBI', jurisdiction: 'US', names: ['FBI', 'Federal Bureau of Investigation'] },
  { id: 'CFTC', jurisdiction: 'US', names: ['CFTC', 'Commodity Futures Trading Commission'] },
  { id: 'IRS-CI', jurisdiction: 'US', names: ['IRS-CI', 'IRS Criminal Investigation', 'IRS'] },
  { id: 'FinCEN', jurisdiction: 'US', names: ['FinCEN', 'Financial Crimes Enforcement Network'] },
  { id: 'OFAC', jurisdiction: 'US', names: ['OFAC', 'Office of Foreign Assets Control'] },
  { id: 'HSI', jurisdiction: 'US', names: ['HSI', 'Homeland Security Investigations'] },
  { id: 'USSS', jurisdiction: 'US', names: ['Secret Service'] },
  { id: 'FCA', jurisdiction: 'GB', names: ['FCA', 'Financial Conduct Authority'] },
  { id: 'NCA', jurisdiction: 'GB', names: ['NCA', 'National Crime Agency'] },
  { id: 'SFO', jurisdiction: 'GB', names: ['SFO', 'Serious Fraud Office'] },
  { id: 'HMRC', jurisdiction: 'GB', names: ['HMRC', 'HM Revenue and Customs', 'HM Revenue & Customs'] },
  { id: 'Met', jurisdiction: 'GB', names: ['Metropolitan Police', 'Met Police', 'Scotland Yard'] },
  { id: 'CPS', jurisdiction: 'GB', names: ['CPS', 'Crown Prosecution Service'] },
  { id: 'ED', jurisdiction: 'IN', names: ['ED', 'Enforcement Directorate'] },
  { id: 'CBI', jurisdiction: 'IN', names: ['CBI', 'Central Bureau of Investigation'] },
  { id: 'FIU-IND', jurisdiction: 'IN', names: ['FIU-IND', 'FIU-India', 'Financial Intelligence Unit-India'] },
  { id: 'SEBI', jurisdiction: 'IN', names: ['SEBI', 'Securities and Exchange Board of India'] },
  { id: 'EFCC', jurisdiction: 'NG', names: ['EFCC', 'Economic and Financial Crimes Commission'] },
  { id: 'SEC-NG', jurisdiction: 'NG', names: ['SEC Nigeria', 'Securities and Exchange Commission Nigeria'] },
  { id: 'BKA', jurisdiction: 'DE', names: ['BKA', 'Federal Criminal Police Office', 'Bundeskriminalamt'] },
  { id: 'BaFin', jurisdiction: 'DE', names: ['BaFin', 'Federal Financial Supervisory Authority'] },
  { id: 'ZIT', jurisdiction: 'DE', names: ['ZIT', 'Central Office for Combating Internet Crime', 'Frankfurt prosecutors'] },
  { id: 'FIOD', jurisdiction: 'NL', names: ['FIOD', 'Fiscal Information and Investigation Service'] },
  { id: 'OM', jurisdiction: 'NL', names: ['Public Prosecution Service', 'Openbaar Ministerie'] },
  { id: 'MVD', jurisdiction: 'RU', names: ['MVD', 'Interior Ministry', 'Ministry of Internal Affairs'] },
  { id: 'FSB', jurisdiction: 'RU', names: ['FSB', 'Federal Security Service'] },
  { id: 'CBR', jurisdiction: 'RU', names: ['Bank of Russia', 'Central Bank of Russia', 'CBR'] },
  { id: 'Rosfinmonitoring', jurisdiction: 'RU', names: ['Rosfinmonitoring', 'Federal Financial Monitoring Service'] },
  { id: 'FSC', jurisdiction: 'KR', names: ['FSC', 'Financial Services Commission'] },
  { id: 'FSS', jurisdiction: 'KR', names: ['FSS', 'Financial Supervisory Service'] },
  { id: 'KNPA', jurisdiction: 'KR', names: ['KNPA', 'Korean National Police Agency', 'National Police Agency'] },
  { id: 'AFP', jurisdiction: 'AU', names: ['AFP', 'Australian Federal Police'] },
  { id: 'ASIC', jurisdiction: 'AU', names: ['ASIC', 'Australian Securities and Investments Commission'] },
  { id: 'AUSTRAC', jurisdiction: 'AU', names: ['AUSTRAC'] },
  { id: 'PF', jurisdiction: 'BR', names: ['Federal Police', 'Polícia Federal', 'PF'] },
  { id: 'CVM', jurisdiction: 'BR', names: ['CVM', 'Securities and Exchange Commission of Brazil'] },
  { id: 'MASAK', jurisdiction: 'TR', names: ['MASAK', 'Financial Crimes Investigation Board'] },
  { id: 'SBU', jurisdiction: 'UA', names: ['SBU', 'Security Service of Ukraine'] },
  { id: 'Cyberpolice', jurisdiction: 'UA', names: ['Cyberpolice', 'Cyber Police'] },
  { id: 'NBU', jurisdiction: 'UA', names: ['NBU', 'National Bank of Ukraine'] },
  { id: 'MAS', jurisdiction: 'SG', names: ['MAS', 'Monetary Authority of Singapore'] },
  { id: 'SPF', jurisdiction: 'SG', names: ['SPF', 'Singapore Police Force'] },
  { id: 'SEC-PH', jurisdiction: 'PH', names: ['SEC Philippines'] },
  { id: 'NBI', jurisdiction: 'PH', names: ['NBI', 'National Bureau of Investigation'] },
  { id: 'PBOC', jurisdiction: 'CN', names: ['PBOC', "People's Bank of China"] },
  { id: 'MPS', jurisdiction: 'CN', names: ['Ministry of Public Security'] },
  { id: 'AMF', jurisdiction: 'FR', names: ['AMF', 'Autorité des marchés financiers'] },
  { id: 'Tracfin', jurisdiction: 'FR', names: ['Tracfin'] },
  { id: 'Europol', jurisdiction: 'EU', names: ['Europol'] },
  { id: 'Eurojust', jurisdiction: 'EU', names: ['Eurojust'] },
];

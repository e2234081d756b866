/**
 * Reference exchange rates for comparing money claims in different currencies when the text states no
 * conversion. Annual averages, rounded, each with the authority that publishes the official series and
 * a relative uncertainty that widens comparisons (an annual average stands in for a rate on any day of
 * the year). Kept as data: add a row, never edit one that a published version used without a changelog.
 */
export interface ExchangeRate {
  /** Units of `quote` for one `base`. */
  base: string;
  quote: string;
  rate: number;
  /** The period the rate stands for (first and last day). */
  from: string;
  to: string;
  source: string;
  /** Relative uncertainty of using this rate for a figure inside the period (0.05 = 5%). */
  uncertainty: number;
}

const annual = (quote: string, year: number, rate: number, source: string, uncertainty: number, base = 'USD'): ExchangeRate => ({
  base, quote, rate, from: `${year}-01-01`, to: `${year}-12-31`, source: `${source}, ${year} annual average (rounded)`, uncertainty,
});

export const EXCHANGE_RATES: readonly ExchangeRate[] = [
  annual('KZT', 2023, 456.3, 'National Bank of Kazakhstan official rate', 0.05),
  annual('KZT', 2024, 469.4, 'National Bank of Kazakhstan official rate', 0.08),
  annual('KZT', 2025, 510, 'National Bank of Kazakhstan official rate', 0.08),
  annual('EUR', 2023, 0.925, 'European Central Bank euro reference rate', 0.04),
  annual('EUR', 2024, 0.924, 'European Central Bank euro reference rate', 0.04),
  annual('EUR', 2025, 0.89, 'European Central Bank euro reference rate', 0.06),
  annual('GBP', 2023, 0.804, 'Bank of England spot rate', 0.04),
  annual('GBP', 2024, 0.783, 'Bank of England spot rate', 0.04),
  annual('GBP', 2025, 0.76, 'Bank of England spot rate', 0.05),
  annual('INR', 2023, 82.6, 'Reserve Bank of India reference rate', 0.03),
  annual('INR', 2024, 83.7, 'Reserve Bank of India reference rate', 0.03),
  annual('INR', 2025, 86.5, 'Reserve Bank of India reference rate', 0.04),
  annual('RUB', 2023, 85.2, 'Bank of Russia official rate', 0.12),
  annual('RUB', 2024, 92.6, 'Bank of Russia official rate', 0.1),
  annual('NGN', 2023, 645, 'Central Bank of Nigeria official rate', 0.35),
  annual('NGN', 2024, 1480, 'Central Bank of Nigeria official rate', 0.15),
  annual('KRW', 2023, 1306, 'Bank of Korea basic rate', 0.04),
  annual('KRW', 2024, 1364, 'Bank of Korea basic rate', 0.05),
  annual('AUD', 2023, 1.506, 'Reserve Bank of Australia rate', 0.04),
  annual('AUD', 2024, 1.516, 'Reserve Bank of Australia rate', 0.04),
  annual('TRY', 2023, 23.8, 'Central Bank of the Republic of Türkiye indicative rate', 0.25),
  annual('TRY', 2024, 32.8, 'Central Bank of the Republic of Türkiye indicative rate', 0.1),
  annual('UAH', 2023, 36.6, 'National Bank of Ukraine official rate', 0.03),
  annual('UAH', 2024, 40.2, 'National Bank of Ukraine official rate', 0.05),
  annual('BRL', 2023, 4.99, 'Banco Central do Brasil PTAX rate', 0.05),
  annual('BRL', 2024, 5.39, 'Banco Central do Brasil PTAX rate', 0.08),
  annual('SGD', 2024, 1.336, 'Monetary Authority of Singapore rate', 0.03),
  annual('PHP', 2024, 57.3, 'Bangko Sentral ng Pilipinas reference rate', 0.03),
  annual('CNY', 2024, 7.19, "People's Bank of China central parity", 0.02),
  { base: 'USDT', quote: 'USD', rate: 1, from: '2015-01-01', to: '2099-12-31', source: 'USDT is designed to hold a 1:1 peg to USD', uncertainty: 0.01 },
  { base: 'USDC', quote: 'USD', rate: 1, from: '2018-01-01', to: '2099-12-31', source: 'USDC is designed to hold a 1:1 peg to USD', uncertainty: 0.01 },
  annual('USD', 2023, 28_800, 'Average daily closing price, major exchanges', 0.35, 'BTC'),
  annual('USD', 2024, 65_000, 'Average daily closing price, major exchanges', 0.4, 'BTC'),
  annual('USD', 2023, 1_780, 'Average daily closing price, major exchanges', 0.3, 'ETH'),
  annual('USD', 2024, 3_000, 'Average daily closing price, major exchanges', 0.35, 'ETH'),
];

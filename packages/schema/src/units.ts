/** Money units: ISO 4217 currencies and crypto tickers, with the symbols and names the press uses. */
export interface CurrencyDefinition {
  code: string;
  /** Symbols written before the number ("$", "Rs"). Ambiguous ones ("$") resolve to the first listed code. */
  symbols: string[];
  /** Lower-case names and plurals written after the number ("tenge", "roubles"). */
  names: string[];
  crypto?: boolean;
}

export const CURRENCIES: readonly CurrencyDefinition[] = [
  { code: 'USD', symbols: ['$', 'US$', 'USD'], names: ['dollar', 'dollars', 'us dollars', 'u.s. dollars', 'usd'] },
  { code: 'EUR', symbols: ['€', 'EUR'], names: ['euro', 'euros', 'eur'] },
  { code: 'GBP', symbols: ['£', 'GBP'], names: ['pound', 'pounds', 'pounds sterling', 'sterling', 'gbp'] },
  { code: 'KZT', symbols: ['₸', 'KZT', 'Tg'], names: ['tenge', 'tenges', 'kzt'] },
  { code: 'RUB', symbols: ['₽', 'RUB'], names: ['ruble', 'rubles', 'rouble', 'roubles', 'rub', 'rbl'] },
  { code: 'INR', symbols: ['₹', 'Rs.', 'Rs', 'INR'], names: ['rupee', 'rupees', 'inr'] },
  { code: 'CNY', symbols: ['¥', 'CNY', 'RMB'], names: ['yuan', 'renminbi', 'cny', 'rmb'] },
  { code: 'KRW', symbols: ['₩', 'KRW'], names: ['won', 'krw'] },
  { code: 'JPY', symbols: ['JPY'], names: ['yen', 'jpy'] },
  { code: 'NGN', symbols: ['₦', 'NGN', 'N'], names: ['naira', 'ngn'] },
  { code: 'UAH', symbols: ['₴', 'UAH'], names: ['hryvnia', 'hryvnias', 'hryvnas', 'uah'] },
  { code: 'TRY', symbols: ['₺', 'TRY', 'TL'], names: ['lira', 'liras', 'turkish lira', 'try'] },
  { code: 'BRL', symbols: ['R$', 'BRL'], names: ['real', 'reais', 'brl'] },
  { code: 'AUD', symbols: ['A$', 'AU$', 'AUD'], names: ['australian dollars', 'aud'] },
  { code: 'CAD', symbols: ['C$', 'CA$', 'CAD'], names: ['canadian dollars', 'cad'] },
  { code: 'SGD', symbols: ['S$', 'SGD'], names: ['singapore dollars', 'sgd'] },
  { code: 'HKD', symbols: ['HK$', 'HKD'], names: ['hong kong dollars', 'hkd'] },
  { code: 'PHP', symbols: ['₱', 'PHP'], names: ['peso', 'pesos', 'php'] },
  { code: 'CHF', symbols: ['CHF'], names: ['swiss francs', 'francs', 'chf'] },
  { code: 'PLN', symbols: ['PLN'], names: ['zloty', 'zlotys', 'pln'] },
  { code: 'UZS', symbols: ['UZS'], names: ['sum', 'soum', 'uzs'] },
  { code: 'KGS', symbols: ['KGS'], names: ['som', 'soms', 'kgs'] },
  { code: 'AED', symbols: ['AED'], names: ['dirham', 'dirhams', 'aed'] },
  { code: 'ZAR', symbols: ['ZAR'], names: ['rand', 'zar'] },
  { code: 'VND', symbols: ['₫', 'VND'], names: ['dong', 'vnd'] },
  { code: 'IDR', symbols: ['Rp', 'IDR'], names: ['rupiah', 'idr'] },
  { code: 'THB', symbols: ['฿', 'THB'], names: ['baht', 'thb'] },
  { code: 'USDT', symbols: ['USDT'], names: ['usdt', 'tether', 'tethers', 'usdt stablecoins', 'usdt tokens'], crypto: true },
  { code: 'USDC', symbols: ['USDC'], names: ['usdc', 'usd coin'], crypto: true },
  { code: 'BTC', symbols: ['BTC', '₿'], names: ['btc', 'bitcoin', 'bitcoins'], crypto: true },
  { code: 'ETH', symbols: ['ETH'], names: ['eth', 'ether', 'ethereum', 'ethers'], crypto: true },
  { code: 'XMR', symbols: ['XMR'], names: ['xmr', 'monero'], crypto: true },
  { code: 'TRX', symbols: ['TRX'], names: ['trx', 'tron'], crypto: true },
  { code: 'LTC', symbols: ['LTC'], names: ['ltc', 'litecoin'], crypto: true },
];

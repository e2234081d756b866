// Synthetic claims for timing reconciliation at sizes no corpus reaches quickly: facts reported by several
// sources each, with the disagreements (other values, magnitude slips) and reprints real coverage has.
import { METRICS, contentId, sha256Hex } from '@reckon/schema';
import { mulberry32 } from './generate.js';

// [code, currency, agency]: the codebook's countries with a currency as of 2026-11-22, frozen so that the workload of a
// million claims stays the same as the codebook's tables grow (121 countries added on 2026-11-23 changed it).
const JURISDICTIONS = [
  ['KZ', 'KZT', 'AFM'], ['US', 'USD', 'SEC'], ['GB', 'GBP', 'FCA'], ['IN', 'INR', 'ED'], ['PK', 'PKR', null],
  ['LK', 'LKR', null], ['NP', 'NPR', null], ['BD', 'BDT', null], ['NG', 'NGN', 'EFCC'], ['GH', 'GHS', null],
  ['KE', 'KES', null], ['ZA', 'ZAR', null], ['EG', 'EGP', null], ['DE', 'EUR', 'BKA'], ['NL', 'EUR', 'FIOD'],
  ['BE', 'EUR', null], ['AT', 'EUR', null], ['CH', 'CHF', null], ['FR', 'EUR', 'AMF'], ['ES', 'EUR', null],
  ['PT', 'EUR', null], ['IT', 'EUR', null], ['IE', 'EUR', null], ['GR', 'EUR', null], ['CY', 'EUR', null],
  ['MT', 'EUR', null], ['FI', 'EUR', null], ['EE', 'EUR', null], ['LV', 'EUR', null], ['LT', 'EUR', null],
  ['SE', 'SEK', null], ['NO', 'NOK', null], ['DK', 'DKK', null], ['PL', 'PLN', null], ['CZ', 'CZK', null],
  ['HU', 'HUF', null], ['RO', 'RON', null], ['RU', 'RUB', 'MVD'], ['BY', 'BYN', null], ['UA', 'UAH', 'SBU'],
  ['GE', 'GEL', null], ['AM', 'AMD', null], ['AZ', 'AZN', null], ['TR', 'TRY', 'MASAK'], ['IL', 'ILS', null],
  ['AE', 'AED', 'VARA'], ['SA', 'SAR', null], ['KR', 'KRW', 'FSC'], ['JP', 'JPY', 'FSA-JP'], ['CN', 'CNY', 'PBOC'],
  ['HK', 'HKD', 'HKMA'], ['TW', 'TWD', null], ['SG', 'SGD', 'MAS'], ['MY', 'MYR', null], ['PH', 'PHP', 'SEC-PH'],
  ['VN', 'VND', null], ['TH', 'THB', 'CCIB'], ['ID', 'IDR', 'Komdigi'], ['AU', 'AUD', 'AFP'], ['NZ', 'NZD', null],
  ['CA', 'CAD', 'FINTRAC'], ['MX', 'MXN', null], ['BR', 'BRL', 'PF'], ['AR', 'ARS', null], ['CO', 'COP', null],
  ['CL', 'CLP', null], ['UZ', 'UZS', 'NAPP'], ['KG', 'KGS', 'SCNS'], ['TJ', 'TJS', null], ['MN', 'MNT', null],
  ['EU', 'EUR', 'Europol'],
];
const KINDS = ['media', 'media', 'media', 'official', 'aggregator', 'translation'];
const QUALIFIERS = ['exact', 'exact', 'exact', 'approximately', 'more_than', 'at_least', 'less_than', 'up_to'];
const WORDS = 'authorities blocked platforms exchange crypto illegal seized frozen assets court sentenced operators network investigators raids police customers turnover laundering scheme pyramid agency regulator statement officials prosecutors cash wallets transfers accounts suspects region capital searches evidence trial appeal licence register hotline citizens market traders'.split(' ');

const pad = (n) => String(n).padStart(2, '0');

/** `n` claims about about n/5 facts, and the sources they come from (one source per ten claims). */
export function syntheticClaims(n, seed = 11) {
  const random = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (k) => Array.from({ length: k }, () => pick(WORDS)).join(' ');

  const sources = [];
  for (let i = 0; i < Math.max(10, Math.ceil(n / 10)); i++) {
    const year = int(2018, 2025);
    // One source in ten reprints an earlier one with a word changed: reconciliation must count them once.
    const text = i > 0 && random() < 0.1 ? `${sources[int(0, i - 1)].text} ${pick(WORDS)}` : words(60);
    sources.push({ source_id: sha256Hex(`source ${seed} ${i}`), source_path: `sources/${String(i).padStart(7, '0')}.md`, kind: pick(KINDS), published: `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`, text });
  }

  const claims = [];
  let serial = 0;
  while (claims.length < n) {
    const [jurisdiction, currency, authority] = pick(JURISDICTIONS);
    const metric = pick(METRICS);
    const unit = metric.unit_kind === 'count' ? 'count' : metric.unit_kind === 'duration' ? pick(['years', 'months']) : pick([currency, currency, 'USD', 'USDT']);
    const year = int(2012, 2025);
    const r = random();
    const [periodStart, periodEnd, periodText] = r < 0.45 ? [`${year}-01-01`, `${year}-12-31`, `in ${year}`]
      : r < 0.6 ? ((q) => [`${year}-${pad(q * 3 - 2)}-01`, `${year}-${pad(q * 3)}-${q === 1 || q === 4 ? 31 : 30}`, `in Q${q} ${year}`])(int(1, 4))
        : r < 0.7 ? [`${year}-01-01`, `${year}-06-30`, `in the first half of ${year}`]
          : [null, null, null];
    const base = unit === 'years' ? int(1, 15) : unit === 'months' ? int(6, 120) : Math.round(10 ** (1 + random() * (unit === 'count' ? 4 : 9)));
    const topic = words(6);
    for (let k = int(1, 9); k > 0 && claims.length < n; k--) {
      const source = pick(sources);
      const v = random();
      const value = v < 0.8 ? base : v < 0.9 ? Math.round(base * (0.9 + random() * 0.2)) : v < 0.95 ? base * 1000 : Math.round(base * (1 + random() * 3));
      const qualifier = pick(QUALIFIERS);
      const figure = `${value.toLocaleString('en-US')} ${unit === 'count' ? 'platforms' : unit}`;
      const quote = `The ${authority ?? 'police'} said it ${metric.triggers[0]}ed ${figure} ${periodText ?? 'so far'}, ${topic} ${words(8)}.`;
      const spanStart = 100 + quote.indexOf(figure);
      claims.push({
        claim_id: contentId('claim', seed, serial++), source_id: source.source_id, source_path: source.source_path, metric: metric.id,
        value, value_high: null, unit, qualifier, period_start: periodStart, period_end: periodEnd ?? source.published, period_text: periodText,
        jurisdiction, authority, quote, quote_start: 100, quote_end: 100 + quote.length, span_start: spanStart, span_end: spanStart + figure.length,
        figure, extractor: 'synthetic@bench', converted_from: null, confidence: 0.8,
      });
    }
  }
  return { claims, sources };
}

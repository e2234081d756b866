import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table.js';

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers and spells out NULL', () => {
    const text = formatTable({ columns: ['metric', 'value', 'period_end'], rows: [['platforms_closed', 36, '2024-12-31'], ['persons_arrested', 1234.5, null]] });
    expect(text).toBe([
      'metric           |  value | period_end',
      '-----------------+--------+-----------',
      'platforms_closed |     36 | 2024-12-31',
      'persons_arrested | 1234.5 | NULL',
      '(2 rows)',
      '',
    ].join('\n'));
  });

  it('cuts long cells and escapes line breaks so the grid holds', () => {
    const text = formatTable({ columns: ['quote'], rows: [['a\nb'], ['x'.repeat(100)]] }, { maxCellWidth: 10 });
    expect(text.split('\n')).toEqual(['quote', '----------', 'a\\nb', `${'x'.repeat(9)}…`, '(2 rows)', '']);
  });

  it('says when there are no rows', () => {
    expect(formatTable({ columns: ['n'], rows: [] })).toBe('n\n-\n(0 rows)\n');
    expect(formatTable({ columns: [], rows: [] })).toBe('(0 rows)\n');
  });
});

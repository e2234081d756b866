import { formatTable } from '@reckon/warehouse';
import type { Implementation } from '../commands.js';
import { CommandError, EXIT } from '../exit-codes.js';
import { openPipelineWarehouse } from '../warehouse-file.js';

export const query: Implementation = async ([sql, ...extra], values, out) => {
  if (!sql || extra.length) throw new CommandError('expected one SQL statement in quotes', EXIT.usage, { hint: 'reckon query "select * from facts"' });
  const warehouse = await openPipelineWarehouse(values.pipeline as string | undefined);
  try {
    const result = await warehouse.query(sql).catch((cause: Error) => {
      throw new CommandError(`the query failed: ${cause.message}`, EXIT.usage, { cause });
    });
    out.result(out.json ? JSON.stringify(result.rows.map((r) => Object.fromEntries(result.columns.map((c, i) => [c, r[i]]))), null, 2) : formatTable(result));
    return EXIT.ok;
  } finally {
    warehouse.close();
  }
};

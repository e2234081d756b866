export { openWarehouse } from './warehouse.js';
export type { Warehouse, WarehouseOptions, ParquetTable } from './warehouse.js';
export { writeParquet, readParquet } from './parquet.js';
export { formatTable } from './format-table.js';
export type { FormatTableOptions } from './format-table.js';
export { TABLE_NAMES, tableOf, tableColumns, sqlTypeOf, toCells, sortedCells, compareCells } from './cells.js';
export type { DatasetTables, TableName, Cell, SqlType } from './cells.js';
export { toPlain } from './values.js';
export type { QueryResult } from './values.js';

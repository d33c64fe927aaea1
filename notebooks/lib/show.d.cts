export interface HtmlTableOptions {
  /** Columns, in order. Default: the keys of the first row. */
  columns?: string[];
  /** Decimals of non-integer numbers. Default 3. */
  digits?: number;
  /** Caption above the table. Default none. */
  caption?: string;
  /** Rows shown; the rest are counted below the table. Default 50. */
  limit?: number;
}
/** An HTML table of plain rows, every value escaped. */
export declare function htmlTable(rows: readonly object[], options?: HtmlTableOptions): string;
/** Escape text for HTML. */
export declare function escapeHtml(value: unknown): string;

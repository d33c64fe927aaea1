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
/** A danfojs DataFrame as far as tables need it. */
export interface FrameLike {
  columns: string[];
  /** Rows of cells (danfo types them loosely). */
  values: unknown;
  shape: number[];
}
/** An HTML table of a DataFrame (the library's `toDataFrame`) or of plain rows, every value escaped. */
export declare function htmlTable(table: FrameLike | readonly object[], options?: HtmlTableOptions): string;
/** Escape text for HTML. */
export declare function escapeHtml(value: unknown): string;

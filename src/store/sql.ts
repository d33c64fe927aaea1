/**
 * The aggregation as portable SQL. Every query reads one relation `docs`
 * (columns of tables/specs.ts `PART`) and two small relations the caller
 * provides, `periods(period, period_order, partial)` and
 * `topics(topic, topic_order)`. Only standard SQL is used: GROUP BY, LEFT and
 * CROSS JOIN, COALESCE, CASE, CAST(.. AS DOUBLE), MIN/MAX/COUNT/SUM. Binding
 * `docs` to the Parquet parts is the one engine-specific line:
 *   DuckDB      CREATE VIEW docs AS SELECT * FROM read_parquet('parts/*.parquet')
 *   Spark SQL   CREATE TEMPORARY VIEW docs USING parquet OPTIONS (path 'parts/*.parquet')
 *   ClickHouse  CREATE VIEW docs AS SELECT * FROM file('parts/*.parquet', Parquet)
 * (docs/scaling.md has the whole recipe).
 */

/** Date range and counts of the parts: the calendar of bins is built from the first and last day. */
export const STATS_SQL = `
SELECT MIN(CASE WHEN date <> '' THEN date END) AS first_day,
       MAX(CASE WHEN date <> '' THEN date END) AS last_day,
       COUNT(*) AS papers,
       SUM(CASE WHEN period = '' THEN 1 ELSE 0 END) AS undated
FROM docs`;

/**
 * Topic trends: one row per topic and bin, every bin of the calendar even when
 * empty, share against all dated papers of the bin (0 for an empty bin),
 * topics and bins in the caller's order. Papers of topic -1 count in the
 * totals only, as in the in-memory tables.
 */
export const TOPIC_TRENDS_SQL = `
WITH counts AS (
  SELECT period, topic, COUNT(*) AS n FROM docs WHERE period <> '' GROUP BY period, topic
), totals AS (
  SELECT period, COUNT(*) AS n FROM docs WHERE period <> '' GROUP BY period
)
SELECT p.period AS period,
       t.topic AS topic,
       COALESCE(c.n, 0) AS count,
       CASE WHEN COALESCE(s.n, 0) = 0 THEN 0 ELSE CAST(COALESCE(c.n, 0) AS DOUBLE) / s.n END AS share,
       COALESCE(s.n, 0) AS period_total,
       p.partial AS partial
FROM periods p
CROSS JOIN topics t
LEFT JOIN totals s ON s.period = p.period
LEFT JOIN counts c ON c.period = p.period AND c.topic = t.topic
ORDER BY t.topic_order, p.period_order`;

/** Papers per topic (the topic sizes of a transformed corpus). */
export const TOPIC_SIZES_SQL = `
SELECT topic, COUNT(*) AS size FROM docs GROUP BY topic ORDER BY topic`;

/** A VALUES list for the small relations, quoting strings the standard way ('' for '). */
export function valuesRelation(name: string, columns: readonly string[], rows: readonly (string | number | boolean)[][]): string {
  const literal = (v: string | number | boolean) => (typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
  const body = rows.map((r) => `(${r.map(literal).join(', ')})`).join(',\n  ');
  return `CREATE TABLE ${name} AS SELECT * FROM (VALUES\n  ${body}\n) AS v(${columns.join(', ')})`;
}

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
       MIN(CASE WHEN period <> '' THEN period END) AS first_period,
       COUNT(*) AS papers,
       SUM(CASE WHEN period = '' THEN 1 ELSE 0 END) AS undated
FROM docs`;

/**
 * Topic trends: one row per topic and bin, every bin of the calendar even when
 * empty, share against all dated papers of the bin (0 for an empty bin),
 * topics and bins in the caller's order. Papers of topic -1 count in the
 * totals only, as in the in-memory tables. Written SQL-92 style (derived
 * tables, one join per SELECT, no WITH) because the oldest engine tried here,
 * ClickHouse 18.16 (Debian bookworm), has neither CTEs nor two joins in one
 * SELECT; DuckDB, Spark SQL and PostgreSQL run it as it is.
 */
export const TOPIC_TRENDS_SQL = `
SELECT period, topic, count, share, period_total, partial FROM (
  SELECT g.period AS period, g.topic AS topic, g.period_order AS period_order, g.topic_order AS topic_order,
         COALESCE(c.n, 0) AS count,
         CASE WHEN g.period_total = 0 THEN 0 ELSE CAST(COALESCE(c.n, 0) AS DOUBLE) / g.period_total END AS share,
         g.period_total AS period_total, g.partial AS partial
  FROM (
    SELECT b.period AS period, b.period_order AS period_order, b.partial AS partial, b.period_total AS period_total,
           t.topic AS topic, t.topic_order AS topic_order
    FROM (
      SELECT p.period AS period, p.period_order AS period_order, p.partial AS partial, COALESCE(s.n, 0) AS period_total
      FROM periods p
      LEFT JOIN (SELECT period, COUNT(*) AS n FROM docs WHERE period <> '' GROUP BY period) s ON s.period = p.period
    ) b
    CROSS JOIN topics t
  ) g
  LEFT JOIN (SELECT period, topic, COUNT(*) AS n FROM docs WHERE period <> '' GROUP BY period, topic) c
    ON c.period = g.period AND c.topic = g.topic
) r
ORDER BY topic_order, period_order`;

/** Papers per topic (the topic sizes of a transformed corpus). */
export const TOPIC_SIZES_SQL = `
SELECT topic, COUNT(*) AS size FROM docs GROUP BY topic ORDER BY topic`;

/**
 * Papers per bin, primary category, source and topic: category trends (papers
 * with a category) and the strata of adjusted trends (category or source, ''
 * for none) are built from these counts, as in-memory runs build them per paper.
 */
export const CELL_COUNTS_SQL = `
SELECT period, COALESCE(category, '') AS category, COALESCE(source, '') AS source, topic, COUNT(*) AS n
FROM docs WHERE period <> '' GROUP BY period, COALESCE(category, ''), COALESCE(source, ''), topic`;

/**
 * Papers per day, bin, primary category and source: the mix-shift warnings
 * (trends/mix-shift.ts) compare each bin's mix with the last and name the day
 * the new mix began, as in-memory runs do over their papers (881 days × a few
 * dozen values at papers.jsonl: a few thousand rows).
 */
export const MIX_COUNTS_SQL = `
SELECT date, period, COALESCE(category, '') AS category, COALESCE(source, '') AS source, COUNT(*) AS n
FROM docs WHERE period <> '' GROUP BY date, period, COALESCE(category, ''), COALESCE(source, '')
ORDER BY date, category, source`;

/** Dated papers of hidden topics (curate --hide), counted before `docs` leaves them out of the shares. */
export const HIDDEN_DATED_SQL = (hidden: readonly number[]) => `
SELECT COUNT(*) AS n FROM docs WHERE period <> '' AND topic IN (${hidden.map(Number).join(', ')})`;

/** A VALUES list for the small relations, quoting strings the standard way ('' for '). */
export function valuesRelation(name: string, columns: readonly string[], rows: readonly (string | number | boolean)[][]): string {
  const literal = (v: string | number | boolean) => (typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v));
  const body = rows.map((r) => `(${r.map(literal).join(', ')})`).join(',\n  ');
  return `CREATE TABLE ${name} AS SELECT * FROM (VALUES\n  ${body}\n) AS v(${columns.join(', ')})`;
}

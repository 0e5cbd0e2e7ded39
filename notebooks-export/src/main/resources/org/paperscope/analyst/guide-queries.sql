-- The ten example queries of docs/analyst-guide.md (each appears there verbatim; DocsSqlTest
-- checks it). `paperscope export` creates each as a view of the same name in paperscope.duckdb and
-- in ddl/trino.sql. They read the table views (articles, term_trends, …): see the guide for how to
-- create them. Write them in the SQL that DuckDB and Trino share (no QUALIFY, GROUP BY ALL or ::
-- casts): bin/trino-check runs every one in a real Trino and compares its rows with DuckDB's.

-- name: q01_topic_share_by_month
SELECT publication, period_start, mentions, articles_with, total_articles, article_share,
       article_share_ci_low, article_share_ci_high, thin_period, burst
FROM term_trends
WHERE granularity = 'month' AND topic = '新质生产力' AND term = '*'
ORDER BY publication, period_start;

-- name: q02_topic_share_by_quarter_all_publications
SELECT CAST(date_trunc('quarter', period_start) AS DATE)      AS quarter,
       sum(articles_with)                                      AS articles_with,
       sum(total_articles)                                     AS total_articles,
       CAST(sum(articles_with) AS DOUBLE) / sum(total_articles) AS article_share,
       sum(mentions) * 1e6 / sum(total_chars)                  AS mentions_per_million_chars
FROM term_trends
WHERE granularity = 'month' AND topic = '新质生产力' AND term = '*'
GROUP BY 1
ORDER BY quarter;

-- name: q03_compare_topics_by_year
SELECT publication, topic, year(period_start) AS year, articles_with, total_articles,
       round(article_share, 4) AS article_share
FROM term_trends
WHERE granularity = 'year' AND term = '*' AND topic IN ('新质生产力', '人工智能', '内卷', '低空经济')
ORDER BY publication, topic, year;

-- name: q04_topic_variants_by_year
SELECT publication, year(period_start) AS year, term, mentions, articles_with
FROM term_trends
WHERE granularity = 'year' AND topic = '内卷' AND term <> '*'
ORDER BY publication, year, term;

-- name: q05_first_seen
SELECT topic, publication, first_date, first_article_id, headline
FROM term_first_seen
WHERE term = '*'
ORDER BY first_date, topic, publication;

-- name: q06_burst_months
SELECT publication, topic, period_start, articles_with, total_articles,
       round(article_share, 4) AS article_share
FROM term_trends
WHERE granularity = 'month' AND term = '*' AND burst
ORDER BY publication, topic, period_start;

-- name: q07_emerging_latest_month
SELECT month, publication, rank, term, tracked, round(score, 1) AS g2, articles_with,
       total_articles, baseline_articles_with, baseline_total_articles
FROM emerging_terms
WHERE rank <= 10 AND month = (SELECT max(month) FROM emerging_terms)
ORDER BY publication, rank;

-- name: q08_contexts_of_month
SELECT publication, issue_date, article_id, term, "left", hit, "right"
FROM term_contexts
WHERE topic = '新质生产力' AND issue_date >= DATE '2025-03-01' AND issue_date < DATE '2025-04-01'
ORDER BY publication, issue_date, article_id, term, "left", "right";

-- name: q09_top_ministry_pairs
SELECT publication, ministry_a_name, ministry_b_name, together, count_a, count_b, total,
       round(npmi, 4) AS npmi, round(g2, 1) AS g2
FROM (SELECT *, row_number() OVER (PARTITION BY publication ORDER BY npmi DESC, ministry_a, ministry_b) AS pair_rank
      FROM ministry_cooccurrence
      WHERE scope = 'article' AND level = 'ministry' AND granularity = 'year'
        AND period_start = DATE '2025-01-01' AND together >= 5) AS pairs
WHERE pair_rank <= 10
ORDER BY publication, npmi DESC, ministry_a_name, ministry_b_name;

-- name: q10_ministry_articles_by_year
SELECT publication, year(issue_date) AS year, lineage_id,
       coalesce(max(canonical_name) FILTER (WHERE ministry_id = lineage_id), min(canonical_name)) AS name,
       count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
FROM ministry_mentions
GROUP BY publication, year(issue_date), lineage_id
ORDER BY publication, year, articles DESC, lineage_id;

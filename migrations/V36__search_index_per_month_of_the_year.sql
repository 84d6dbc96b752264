-- Claim search at a million articles (issue 13, docs/search.md). A rare pair's newest 200 matches lie in its last month or two,
-- but claim_search can only give every match (4,177 for "الطاقة الشمسية", each one's row read for its day: 22-28 ms in
-- pgbench) or a few named days (a range of days is read as every day's whole posting list: 1 s for 32 days). One partial index
-- per month of the year holds only that month's claims (of every year): a window of a month or more is read through the
-- indexes of its months, 2.5 ms for the rare pair's last month (pgbench, session 35). Every claim is written to one of them.
SET maintenance_work_mem = '512MB';
DO $$
BEGIN
    FOR month IN 1..12 LOOP
        EXECUTE format('CREATE INDEX claim_search_month_%s ON claim USING gin (search_vector) WHERE extract(month FROM published_on) = %s',
                       lpad(month::text, 2, '0'), month);
    END LOOP;
END $$;
RESET maintenance_work_mem;

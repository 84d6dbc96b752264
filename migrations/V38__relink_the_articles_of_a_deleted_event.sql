-- The articles of a deleted event, waiting to be linked again to the other events near them (news.parallax.event.Relinking).
-- The delete notes them in its own transaction and answers; a background job links them in bounded rounds. Relinking every
-- article inside the DELETE outlived the transaction's 60 s on a loaded machine (load ~30, December 2026) and the delete
-- failed; noted here, none is lost if the service stops before they are linked.
CREATE TABLE article_relink (
    article_id bigint PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    noted_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

-- 0007: the inputs each loaded article came from, and the release of Kabar that last processed them.
-- A nightly run over a folder that grows reads every file again; cleaning and normalizing the ones already
-- loaded only to find them unchanged was most of a rerun's time. A run now skips an input whose exact bytes
-- (payload_hash) from the same place (source_uri) were loaded or confirmed unchanged by the same release
-- (release: a hash of Kabar's code, reference data, suites and the libraries that shape the output, see
-- tasks/incremental.py), as long as the article is still in the warehouse with those bytes. An input that
-- lost to another input of the same article is recorded too: processed alone, it would replace the winner.
-- Any other release processes everything again, as does a full refresh.
-- staging is the internal layer: derived data the pipeline needs, not part of the analysts' contract.
-- Applied once, in a transaction, by warehouse.schema.migrate(); recorded in main.schema_migrations.

CREATE SCHEMA IF NOT EXISTS staging;

CREATE TABLE staging.loaded_inputs (
    source_uri   VARCHAR PRIMARY KEY,
    payload_hash VARCHAR NOT NULL,
    input_key    BIGINT NOT NULL,
    article_id   VARCHAR NOT NULL,
    superseded   BOOLEAN NOT NULL,
    release      VARCHAR NOT NULL,
    run_id       VARCHAR NOT NULL
);
COMMENT ON TABLE staging.loaded_inputs IS 'One row per input (file or URL) whose article is loaded: the bytes it had and the Kabar release that processed them, so a later run of the same release skips it while neither changes.';
COMMENT ON COLUMN staging.loaded_inputs.source_uri IS 'where the input was read (articles.source_uri)';
COMMENT ON COLUMN staging.loaded_inputs.payload_hash IS 'sha256 of the bytes last loaded or confirmed unchanged from it (raw.payloads.payload_hash)';
COMMENT ON COLUMN staging.loaded_inputs.input_key IS 'the first 8 bytes of sha256(source_uri, payload_hash) as a signed integer: what a run looks inputs up by';
COMMENT ON COLUMN staging.loaded_inputs.article_id IS 'the article it became (articles.article_id)';
COMMENT ON COLUMN staging.loaded_inputs.superseded IS 'true for an input that gave the same article as another input read later in its run (quarantine reason load:duplicate_url): kept aside while the article is loaded, whatever its bytes';
COMMENT ON COLUMN staging.loaded_inputs.release IS 'fingerprint of the Kabar release that processed it (tasks.incremental.release_fingerprint)';
COMMENT ON COLUMN staging.loaded_inputs.run_id IS 'the run that last loaded it or found it unchanged (pipeline_runs.run_id)';

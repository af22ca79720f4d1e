-- The distinct two-character parts of a name: what the name search's GIN index holds. Written by
-- hand (drizzle has no functions): plain SQL, no extension, so that the embedded database has it
-- too; pg_trgm's three characters would not serve the two-character fragments of Chinese names.
-- PARALLEL UNSAFE on purpose: a search that uses it is never planned in parallel. The planner takes
-- the parts and `like` for independent, so it thinks a walk of the names in order finds its page
-- later than it does, and at a few per cent of the names it picked a parallel walk, whose workers
-- cost 100 ms where the walk alone takes 10.
CREATE FUNCTION "subjects"."name_bigrams"(name text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL UNSAFE AS $$
  SELECT array(SELECT DISTINCT substr(name, i, 2) FROM generate_series(1, char_length(name) - 1) AS i)
$$;--> statement-breakpoint
CREATE INDEX "subject_name_bigrams_idx" ON "subjects"."subject" USING gin (subjects.name_bigrams("name"));--> statement-breakpoint
-- Statistics of the indexed parts now (how common each is), not at the next autovacuum: without
-- them the planner guesses and may read a common fragment's rows through the index.
ANALYZE "subjects"."subject";

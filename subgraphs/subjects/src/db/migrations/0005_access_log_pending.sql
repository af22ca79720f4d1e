CREATE TABLE "subjects"."subject_access_pending" (
	"access_id" bigint PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subjects"."subject_access_subject" DROP CONSTRAINT "subject_access_subject_access_id_subject_access_id_fk";
--> statement-breakpoint
ALTER TABLE "subjects"."subject_access_pending" ADD CONSTRAINT "subject_access_pending_access_id_subject_access_id_fk" FOREIGN KEY ("access_id") REFERENCES "subjects"."subject_access"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- An entry leaves the pending table only once its by-subject rows are written (its first subject's
-- row stands for them: the projection writes them all in one statement), so that no one can hide an
-- entry from its subjects' logs by taking it off this table; nor is the table updated or emptied.
CREATE FUNCTION "subjects"."refuse_unprojected_access_removal"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (
    SELECT 1 FROM "subjects"."subject_access" a
    JOIN "subjects"."subject_access_subject" x ON x.subject_id = a.subject_ids[1] AND x.at = a.at AND x.access_id = a.id
    WHERE a.id = OLD.access_id
  ) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'subjects.subject_access_pending: % refused (an entry leaves it only once its by-subject rows are written)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "subject_access_pending_projected_only" BEFORE UPDATE OR DELETE ON "subjects"."subject_access_pending"
  FOR EACH ROW EXECUTE FUNCTION "subjects"."refuse_unprojected_access_removal"();--> statement-breakpoint
CREATE TRIGGER "subject_access_pending_no_truncate" BEFORE TRUNCATE ON "subjects"."subject_access_pending"
  FOR EACH STATEMENT EXECUTE FUNCTION "subjects"."refuse_unprojected_access_removal"();

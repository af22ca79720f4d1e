CREATE TABLE "subjects"."subject_access_subject" (
	"subject_id" uuid NOT NULL,
	"access_id" bigint NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "subjects"."subject_access_subjects_idx";--> statement-breakpoint
ALTER TABLE "subjects"."subject_access_subject" ADD CONSTRAINT "subject_access_subject_access_id_subject_access_id_fk" FOREIGN KEY ("access_id") REFERENCES "subjects"."subject_access"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subject_access_subject_newest_idx" ON "subjects"."subject_access_subject" USING btree ("subject_id","at" DESC NULLS LAST,"access_id" DESC NULLS LAST);--> statement-breakpoint
-- Entries written before this table existed.
INSERT INTO "subjects"."subject_access_subject" ("subject_id", "access_id", "at")
  SELECT DISTINCT s.subject_id, a.id, a.at FROM "subjects"."subject_access" a CROSS JOIN LATERAL unnest(a.subject_ids) AS s(subject_id);--> statement-breakpoint
CREATE TRIGGER "subject_access_subject_append_only" BEFORE UPDATE OR DELETE ON "subjects"."subject_access_subject"
  FOR EACH ROW EXECUTE FUNCTION "subjects"."refuse_access_log_change"();--> statement-breakpoint
CREATE TRIGGER "subject_access_subject_no_truncate" BEFORE TRUNCATE ON "subjects"."subject_access_subject"
  FOR EACH STATEMENT EXECUTE FUNCTION "subjects"."refuse_access_log_change"();

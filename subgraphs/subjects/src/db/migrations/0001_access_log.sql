CREATE TABLE "subjects"."subject_access" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"caller_id" text NOT NULL,
	"department" text,
	"roles" text[] NOT NULL,
	"purpose" text,
	"operation_name" text,
	"subject_ids" uuid[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "subject_access_subjects_idx" ON "subjects"."subject_access" USING gin ("subject_ids");--> statement-breakpoint
CREATE INDEX "subject_access_at_idx" ON "subjects"."subject_access" USING btree ("at");--> statement-breakpoint
-- The access log is append-only: enforced here, in the database, for every client of it.
CREATE FUNCTION "subjects"."refuse_access_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'subjects.subject_access is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER "subject_access_append_only" BEFORE UPDATE OR DELETE ON "subjects"."subject_access"
  FOR EACH ROW EXECUTE FUNCTION "subjects"."refuse_access_log_change"();--> statement-breakpoint
CREATE TRIGGER "subject_access_no_truncate" BEFORE TRUNCATE ON "subjects"."subject_access"
  FOR EACH STATEMENT EXECUTE FUNCTION "subjects"."refuse_access_log_change"();

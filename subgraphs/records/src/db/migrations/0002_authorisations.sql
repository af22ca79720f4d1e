CREATE TABLE "records"."authorisation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"grantee_department" text NOT NULL,
	"purpose" text NOT NULL,
	"valid_until" date NOT NULL,
	"granted_by" text NOT NULL,
	"granted_at" timestamp with time zone NOT NULL,
	"revoked_by" text,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "authorisation_subject_idx" ON "records"."authorisation" USING btree ("subject_id","grantee_department") WHERE "records"."authorisation"."revoked_at" is null;
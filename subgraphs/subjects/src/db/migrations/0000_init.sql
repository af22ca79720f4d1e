CREATE SCHEMA "subjects";
--> statement-breakpoint
CREATE TYPE "subjects"."code_type" AS ENUM('CREDIT_CODE', 'ID_NUMBER');--> statement-breakpoint
CREATE TYPE "subjects"."relation_kind" AS ENUM('LEGAL_REPRESENTATIVE', 'SHAREHOLDER', 'BRANCH');--> statement-breakpoint
CREATE TYPE "subjects"."subject_kind" AS ENUM('ENTERPRISE', 'INDIVIDUAL_BUSINESS', 'FARMERS_COOPERATIVE', 'GOVERNMENT_ORGAN', 'PUBLIC_INSTITUTION', 'SOCIAL_ORGANISATION', 'NATURAL_PERSON', 'OTHER');--> statement-breakpoint
CREATE TYPE "subjects"."subject_status" AS ENUM('ACTIVE', 'ABNORMAL', 'REVOKED', 'CANCELLED');--> statement-breakpoint
CREATE TABLE "subjects"."subject_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"previous" jsonb NOT NULL,
	"replaced_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subjects"."subject_relation" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"related_id" uuid NOT NULL,
	"kind" "subjects"."relation_kind" NOT NULL,
	"share_percent" numeric(7, 4),
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subjects"."subject" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"code_type" "subjects"."code_type" NOT NULL,
	"kind" "subjects"."subject_kind" NOT NULL,
	"name" text NOT NULL,
	"legal_representative" text,
	"registered_at" date,
	"industry_code" text,
	"region_code" text,
	"status" "subjects"."subject_status" DEFAULT 'ACTIVE' NOT NULL,
	"checksum_confirmed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subjects"."subject_history" ADD CONSTRAINT "subject_history_subject_id_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "subjects"."subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects"."subject_relation" ADD CONSTRAINT "subject_relation_subject_id_subject_id_fk" FOREIGN KEY ("subject_id") REFERENCES "subjects"."subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects"."subject_relation" ADD CONSTRAINT "subject_relation_related_id_subject_id_fk" FOREIGN KEY ("related_id") REFERENCES "subjects"."subject"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_history_subject_idx" ON "subjects"."subject_history" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "subject_relation_subject_idx" ON "subjects"."subject_relation" USING btree ("subject_id") WHERE "subjects"."subject_relation"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "subject_relation_related_idx" ON "subjects"."subject_relation" USING btree ("related_id") WHERE "subjects"."subject_relation"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "subject_code_key" ON "subjects"."subject" USING btree ("code");--> statement-breakpoint
CREATE INDEX "subject_code_prefix_idx" ON "subjects"."subject" USING btree ("code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "subject_name_idx" ON "subjects"."subject" USING btree ("name","id");
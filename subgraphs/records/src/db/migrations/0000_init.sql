CREATE SCHEMA "records";
--> statement-breakpoint
CREATE TYPE "records"."disclosure_level" AS ENUM('PUBLIC', 'GOVERNMENT_SHARED', 'AUTHORISED');--> statement-breakpoint
CREATE TYPE "records"."licence_category" AS ENUM('ORDINARY', 'FRANCHISE', 'RECOGNITION', 'APPROVAL', 'REGISTRATION', 'OTHER');--> statement-breakpoint
CREATE TYPE "records"."objection_status" AS ENUM('OPEN', 'UPHELD', 'CORRECTED', 'REVOKED');--> statement-breakpoint
CREATE TYPE "records"."party_category" AS ENUM('LEGAL_PERSON', 'NATURAL_PERSON', 'INDIVIDUAL_BUSINESS');--> statement-breakpoint
CREATE TYPE "records"."push_cycle" AS ENUM('REAL_TIME', 'DAILY', 'WEEKLY', 'MONTHLY');--> statement-breakpoint
CREATE TYPE "records"."record_category" AS ENUM('ADMINISTRATIVE_LICENCE', 'ADMINISTRATIVE_PENALTY', 'COMMITMENT_FULFILMENT', 'HONOUR_REWARD', 'SELF_DECLARED', 'CONTRACT_PERFORMANCE', 'TAX', 'SOCIAL_SECURITY', 'COURT_ENFORCEMENT', 'ABNORMAL_OPERATION');--> statement-breakpoint
CREATE TYPE "records"."record_status" AS ENUM('ACTIVE', 'CORRECTED', 'REVOKED', 'REPAIRED');--> statement-breakpoint
CREATE TYPE "records"."repair_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'CONFIRMED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "records"."severity_tier" AS ENUM('MINOR', 'GENERAL', 'SERIOUS');--> statement-breakpoint
CREATE TABLE "records"."calendar_override" (
	"day" date PRIMARY KEY NOT NULL,
	"working" boolean NOT NULL,
	"reason" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records"."catalog_item" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department" text NOT NULL,
	"department_name" text NOT NULL,
	"category" "records"."record_category" NOT NULL,
	"push_cycle" "records"."push_cycle" NOT NULL,
	"disclosure" "records"."disclosure_level" NOT NULL,
	"required_fields" text[] NOT NULL,
	"registers_parties" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records"."credit_record" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"source_department" text NOT NULL,
	"document_number" text NOT NULL,
	"catalog_item" text NOT NULL,
	"category" "records"."record_category" NOT NULL,
	"disclosure" "records"."disclosure_level" NOT NULL,
	"party_name" text NOT NULL,
	"party_category" "records"."party_category" NOT NULL,
	"party_code" text NOT NULL,
	"legal_representative" text,
	"document_name" text,
	"violation_type" text,
	"facts" text,
	"legal_basis" text,
	"penalty_categories" text[] NOT NULL,
	"penalty_content" text,
	"fine_amount" numeric,
	"confiscated_amount" numeric,
	"suspended_or_revoked_licence" text,
	"licence_category" "records"."licence_category",
	"certificate_name" text,
	"certificate_number" text,
	"content" text,
	"decision_date" date NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"authority" text,
	"authority_code" text,
	"source_unit" text,
	"source_unit_code" text,
	"remarks" text,
	"severity_tier" "records"."severity_tier",
	"fingerprint" text NOT NULL,
	"status" "records"."record_status" DEFAULT 'ACTIVE' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"batch_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"published_at" timestamp with time zone,
	"published_on" date,
	"report_deadline" date NOT NULL,
	"publish_deadline" date NOT NULL,
	"deadline_provisional" boolean NOT NULL,
	"rule_set" text,
	"publish_from" date,
	"publish_until" date,
	"earliest_repair_date" date,
	"under_objection" boolean DEFAULT false NOT NULL,
	"change" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"change_reason" text
);
--> statement-breakpoint
CREATE TABLE "records"."ingest_batch" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"submitted_by" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"supplied" integer NOT NULL,
	"created" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"rejected" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records"."objection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"filed_by" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" text,
	"filed_at" timestamp with time zone NOT NULL,
	"due_date" date NOT NULL,
	"status" "records"."objection_status" DEFAULT 'OPEN' NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "records"."publicity_rule" (
	"rule_set" text NOT NULL,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"tier" "records"."severity_tier" NOT NULL,
	"published" boolean NOT NULL,
	"min_months" integer NOT NULL,
	"max_months" integer NOT NULL,
	"unpublished_when_only" text[] NOT NULL,
	"fixed_penalties" text[] NOT NULL,
	"extends_to_restriction_end" boolean NOT NULL,
	"minor_fine_max" numeric NOT NULL,
	"serious_fine_min" numeric NOT NULL,
	CONSTRAINT "publicity_rule_rule_set_tier_pk" PRIMARY KEY("rule_set","tier")
);
--> statement-breakpoint
CREATE TABLE "records"."record_version" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "records"."record_status" NOT NULL,
	"change" text NOT NULL,
	"changed_by" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	"reason" text,
	"snapshot" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records"."rejected_row" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"batch_id" uuid NOT NULL,
	"row_index" integer NOT NULL,
	"department" text NOT NULL,
	"document_number" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"field" text,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "records"."repair_application" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"applicant" text NOT NULL,
	"statement" text,
	"conditions" jsonb NOT NULL,
	"status" "records"."repair_status" DEFAULT 'SUBMITTED' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "records"."objection" ADD CONSTRAINT "objection_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "records"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records"."record_version" ADD CONSTRAINT "record_version_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "records"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records"."rejected_row" ADD CONSTRAINT "rejected_row_batch_id_ingest_batch_id_fk" FOREIGN KEY ("batch_id") REFERENCES "records"."ingest_batch"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records"."repair_application" ADD CONSTRAINT "repair_application_record_id_credit_record_id_fk" FOREIGN KEY ("record_id") REFERENCES "records"."credit_record"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_record_document_key" ON "records"."credit_record" USING btree ("source_department","document_number");--> statement-breakpoint
CREATE INDEX "credit_record_subject_idx" ON "records"."credit_record" USING btree ("subject_id","decision_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "credit_record_compliance_idx" ON "records"."credit_record" USING btree ("source_department","decision_date");--> statement-breakpoint
CREATE INDEX "ingest_batch_department_idx" ON "records"."ingest_batch" USING btree ("department","received_on");--> statement-breakpoint
CREATE INDEX "objection_record_idx" ON "records"."objection" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "objection_open_idx" ON "records"."objection" USING btree ("due_date") WHERE "records"."objection"."status" = 'OPEN';--> statement-breakpoint
CREATE UNIQUE INDEX "record_version_key" ON "records"."record_version" USING btree ("record_id","version");--> statement-breakpoint
CREATE INDEX "rejected_row_batch_idx" ON "records"."rejected_row" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "rejected_row_department_idx" ON "records"."rejected_row" USING btree ("department","document_number");--> statement-breakpoint
CREATE INDEX "repair_application_record_idx" ON "records"."repair_application" USING btree ("record_id");
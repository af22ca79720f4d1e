CREATE SCHEMA "sanctions";
--> statement-breakpoint
CREATE TYPE "sanctions"."execution_status" AS ENUM('PENDING', 'APPLIED', 'NOT_APPLIED', 'LIFTED');--> statement-breakpoint
CREATE TYPE "sanctions"."interview_kind" AS ENUM('PROMPT', 'WARNING');--> statement-breakpoint
CREATE TYPE "sanctions"."list_type" AS ENUM('SERIOUS_DISHONESTY', 'KEY_ATTENTION', 'RED_LIST');--> statement-breakpoint
CREATE TYPE "sanctions"."listing_status" AS ENUM('PROPOSED', 'ACTIVE', 'REMOVED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "sanctions"."measure_effect" AS ENUM('REWARD', 'PUNISHMENT');--> statement-breakpoint
CREATE TYPE "sanctions"."measure_kind" AS ENUM('ADMINISTRATIVE', 'MARKET', 'INDUSTRY', 'SOCIAL');--> statement-breakpoint
CREATE TYPE "sanctions"."listing_objection_status" AS ENUM('OPEN', 'DISMISSED', 'UPHELD');--> statement-breakpoint
CREATE TYPE "sanctions"."removal_reason" AS ENUM('PERIOD_EXPIRED', 'REPAIRED', 'DECISION_REVOKED', 'OBJECTION_UPHELD', 'WITHDRAWN');--> statement-breakpoint
CREATE TYPE "sanctions"."listing_repair_status" AS ENUM('SUBMITTED', 'ACCEPTED', 'REVIEWED', 'CONFIRMED', 'REJECTED');--> statement-breakpoint
CREATE TYPE "sanctions"."subject_category" AS ENUM('ORGANISATION', 'NATURAL_PERSON');--> statement-breakpoint
CREATE TABLE "sanctions"."interview" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"kind" "sanctions"."interview_kind" NOT NULL,
	"held_on" date NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions"."list_definition" (
	"list_type" "sanctions"."list_type" PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"legal_basis" text NOT NULL,
	"entry_criteria" text NOT NULL,
	"exit_conditions" text NOT NULL,
	"period_months" integer NOT NULL,
	"minimum_months" integer NOT NULL,
	"objection_days" integer NOT NULL,
	"public_organisations" boolean NOT NULL,
	"public_persons" boolean NOT NULL,
	"effective_from" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions"."listing_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"listing_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_status" "sanctions"."listing_status",
	"to_status" "sanctions"."listing_status" NOT NULL,
	"actor" text NOT NULL,
	"actor_department" text,
	"at" timestamp with time zone NOT NULL,
	"reason" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "sanctions"."listing_objection" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"filed_by" text NOT NULL,
	"reason" text NOT NULL,
	"evidence" text,
	"filed_at" timestamp with time zone NOT NULL,
	"status" "sanctions"."listing_objection_status" DEFAULT 'OPEN' NOT NULL,
	"resolved_by" text,
	"resolved_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sanctions"."listing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_code" text NOT NULL,
	"subject_category" "sanctions"."subject_category" NOT NULL,
	"list_type" "sanctions"."list_type" NOT NULL,
	"status" "sanctions"."listing_status" NOT NULL,
	"department" text NOT NULL,
	"reasons" text NOT NULL,
	"basis_record_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"basis_documents" text[] DEFAULT '{}'::text[] NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"proposed_by" text NOT NULL,
	"notified_on" date NOT NULL,
	"objection_deadline" date NOT NULL,
	"listed_from" date,
	"listed_until" date,
	"rectification_deadline" date,
	"removed_at" timestamp with time zone,
	"removal_reason" "sanctions"."removal_reason",
	"removal_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions"."measure_execution" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"measure_code" text NOT NULL,
	"department" text NOT NULL,
	"status" "sanctions"."execution_status" DEFAULT 'PENDING' NOT NULL,
	"pushed_at" timestamp with time zone NOT NULL,
	"matter" text,
	"case_reference" text,
	"note" text,
	"reported_by" text,
	"reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sanctions"."measure" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"effect" "sanctions"."measure_effect" NOT NULL,
	"kind" "sanctions"."measure_kind" NOT NULL,
	"legal_basis" text NOT NULL,
	"list_types" "sanctions"."list_type"[] NOT NULL,
	"matters" text[] NOT NULL,
	"departments" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions"."listing_repair" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"applicant" text NOT NULL,
	"status" "sanctions"."listing_repair_status" DEFAULT 'SUBMITTED' NOT NULL,
	"statement" text,
	"conditions" jsonb NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"note" text
);
--> statement-breakpoint
CREATE INDEX "interview_listing_idx" ON "sanctions"."interview" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "listing_event_listing_idx" ON "sanctions"."listing_event" USING btree ("listing_id","id");--> statement-breakpoint
CREATE INDEX "listing_objection_listing_idx" ON "sanctions"."listing_objection" USING btree ("listing_id");--> statement-breakpoint
CREATE INDEX "listing_subject_idx" ON "sanctions"."listing" USING btree ("subject_id","status");--> statement-breakpoint
CREATE INDEX "listing_code_idx" ON "sanctions"."listing" USING btree ("subject_code","list_type","status");--> statement-breakpoint
CREATE INDEX "listing_department_idx" ON "sanctions"."listing" USING btree ("department","status");--> statement-breakpoint
CREATE INDEX "listing_type_idx" ON "sanctions"."listing" USING btree ("list_type","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "listing_open_idx" ON "sanctions"."listing" USING btree ("subject_id","list_type") WHERE status in ('PROPOSED', 'ACTIVE');--> statement-breakpoint
CREATE UNIQUE INDEX "measure_execution_key_idx" ON "sanctions"."measure_execution" USING btree ("listing_id","measure_code","department");--> statement-breakpoint
CREATE INDEX "measure_execution_pending_idx" ON "sanctions"."measure_execution" USING btree ("department","pushed_at") WHERE status = 'PENDING';--> statement-breakpoint
CREATE INDEX "listing_repair_listing_idx" ON "sanctions"."listing_repair" USING btree ("listing_id");
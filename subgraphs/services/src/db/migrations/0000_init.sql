CREATE SCHEMA "services";
--> statement-breakpoint
CREATE TYPE "services"."check_decision" AS ENUM('GREEN_CHANNEL', 'COMMITMENT_ALLOWED', 'STANDARD', 'RESTRICTED', 'REFUSED');--> statement-breakpoint
CREATE TYPE "services"."commitment_kind" AS ENUM('REPLACES_APPROVAL', 'MISSING_MATERIALS', 'CERTIFICATION', 'REPAIR', 'INDUSTRY_SELF_DISCIPLINE', 'VOLUNTARY', 'OTHER');--> statement-breakpoint
CREATE TYPE "services"."commitment_maker" AS ENUM('SUBJECT', 'DEPARTMENT');--> statement-breakpoint
CREATE TYPE "services"."commitment_status" AS ENUM('PENDING', 'KEPT', 'PARTLY_KEPT', 'BROKEN');--> statement-breakpoint
CREATE TABLE "services"."approval_matter" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"department" text NOT NULL,
	"department_name" text NOT NULL,
	"commitment_allowed" boolean NOT NULL,
	"accept_with_missing_materials" boolean NOT NULL,
	"green_channel" boolean NOT NULL,
	"measure_matters" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."commitment_template" (
	"code" text PRIMARY KEY NOT NULL,
	"matter_code" text NOT NULL,
	"kind" "services"."commitment_kind" NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"conditions" text[] NOT NULL,
	"deadline_days" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."commitment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" text NOT NULL,
	"matter_code" text,
	"kind" "services"."commitment_kind" NOT NULL,
	"text" text NOT NULL,
	"conditions" text[] NOT NULL,
	"deadline" date,
	"made_by" "services"."commitment_maker" NOT NULL,
	"made_by_caller" text NOT NULL,
	"department" text NOT NULL,
	"made_at" timestamp with time zone NOT NULL,
	"status" "services"."commitment_status" DEFAULT 'PENDING' NOT NULL,
	"verification_note" text,
	"verified_by" text,
	"verified_department" text,
	"verified_at" timestamp with time zone,
	"excluded_until" date,
	"repaired_at" timestamp with time zone,
	"repaired_by" text,
	"repair_note" text
);
--> statement-breakpoint
CREATE TABLE "services"."credit_check_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"check_id" uuid NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"caller_id" text NOT NULL,
	"department" text,
	"roles" text[] NOT NULL,
	"purpose" text,
	"replay" boolean NOT NULL,
	"inputs" jsonb NOT NULL,
	"decision" "services"."check_decision" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."credit_check" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" text NOT NULL,
	"matter_code" text NOT NULL,
	"application_id" text NOT NULL,
	"decision" "services"."check_decision" NOT NULL,
	"reasons" jsonb NOT NULL,
	"missing_inputs" text[] NOT NULL,
	"inputs" jsonb NOT NULL,
	"grade" text,
	"measure_codes" text[],
	"rule_set_version" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"checked_by" text NOT NULL,
	"department" text,
	"purpose" text,
	"feedback_applied" boolean,
	"feedback_reason" text,
	"feedback_by" text,
	"feedback_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "services"."decision_rule_set" (
	"version" text PRIMARY KEY NOT NULL,
	"effective_from" date NOT NULL,
	"green_channel_grades" text[] NOT NULL,
	"commitment_grades" text[] NOT NULL,
	"restricted_grades" text[] NOT NULL,
	"refusing_list_types" text[] NOT NULL,
	"negative_list_types" text[] NOT NULL,
	"broken_commitment_months" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services"."incentive" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"benefit" text NOT NULL,
	"measure_matter" text,
	"rules" jsonb NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "services"."commitment_template" ADD CONSTRAINT "commitment_template_matter_code_approval_matter_code_fk" FOREIGN KEY ("matter_code") REFERENCES "services"."approval_matter"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."commitment" ADD CONSTRAINT "commitment_matter_code_approval_matter_code_fk" FOREIGN KEY ("matter_code") REFERENCES "services"."approval_matter"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."credit_check_log" ADD CONSTRAINT "credit_check_log_check_id_credit_check_id_fk" FOREIGN KEY ("check_id") REFERENCES "services"."credit_check"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services"."credit_check" ADD CONSTRAINT "credit_check_matter_code_approval_matter_code_fk" FOREIGN KEY ("matter_code") REFERENCES "services"."approval_matter"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approval_matter_department_idx" ON "services"."approval_matter" USING btree ("department");--> statement-breakpoint
CREATE INDEX "commitment_template_matter_idx" ON "services"."commitment_template" USING btree ("matter_code","kind");--> statement-breakpoint
CREATE INDEX "commitment_subject_idx" ON "services"."commitment" USING btree ("subject_id","made_at");--> statement-breakpoint
CREATE INDEX "commitment_broken_idx" ON "services"."commitment" USING btree ("subject_id","excluded_until") WHERE "services"."commitment"."status" = 'BROKEN' and "services"."commitment"."repaired_at" is null;--> statement-breakpoint
CREATE INDEX "credit_check_log_check_idx" ON "services"."credit_check_log" USING btree ("check_id","asked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_check_application_idx" ON "services"."credit_check" USING btree ("application_id","matter_code","subject_id");--> statement-breakpoint
CREATE INDEX "credit_check_subject_idx" ON "services"."credit_check" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "credit_check_awaiting_idx" ON "services"."credit_check" USING btree ("department","checked_at","id") WHERE "services"."credit_check"."feedback_at" is null;
CREATE SCHEMA "ratings";
--> statement-breakpoint
CREATE TYPE "ratings"."agency_status" AS ENUM('ACTIVE', 'SUSPENDED', 'DEREGISTERED');--> statement-breakpoint
CREATE TYPE "ratings"."grade" AS ENUM('A', 'B', 'C', 'D');--> statement-breakpoint
CREATE TYPE "ratings"."inspection_outcome" AS ENUM('NO_ISSUES', 'ISSUES_RECTIFIED', 'ISSUES_FOUND', 'NOT_FOUND_AT_ADDRESS');--> statement-breakpoint
CREATE TYPE "ratings"."rule_condition" AS ENUM('AT_LEAST', 'UNKNOWN');--> statement-breakpoint
CREATE TYPE "ratings"."rule_effect" AS ENUM('FORCE', 'AT_BEST');--> statement-breakpoint
CREATE TYPE "ratings"."run_status" AS ENUM('RUNNING', 'COMPLETED', 'FAILED');--> statement-breakpoint
CREATE TABLE "ratings"."agency" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"credit_code" text NOT NULL,
	"status" "ratings"."agency_status" NOT NULL,
	"registered_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."combination_policy" (
	"version" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"public_weight" double precision NOT NULL,
	"industry_weight" double precision NOT NULL,
	"market_weight" double precision NOT NULL,
	"grade_points" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."current_run" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"run_id" uuid NOT NULL,
	"switched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."evaluation" (
	"run_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"grade" "ratings"."grade" NOT NULL,
	"score" double precision NOT NULL,
	"public_score" double precision NOT NULL,
	"public_grade" "ratings"."grade" NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"model_version" text NOT NULL,
	"policy_version" text NOT NULL,
	"kind" text,
	"industry_code" text,
	"region_code" text,
	"indicator_values" double precision[] NOT NULL,
	"contributions" double precision[] NOT NULL,
	"industry_points" double precision,
	"market_points" double precision,
	"applied_rules" text[] NOT NULL,
	"unknown_inputs" integer NOT NULL,
	CONSTRAINT "evaluation_run_id_subject_id_pk" PRIMARY KEY("run_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "ratings"."industry_rating" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"department" text NOT NULL,
	"industry" text NOT NULL,
	"grade" "ratings"."grade" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"basis" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."inspection_item" (
	"plan_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"grade" "ratings"."grade" NOT NULL,
	"inspectors" text[] NOT NULL,
	"joint_inspection_id" uuid,
	"outcome" "ratings"."inspection_outcome",
	"findings" text,
	"inspected_on" date,
	"recorded_by" text,
	CONSTRAINT "inspection_item_plan_id_subject_id_pk" PRIMARY KEY("plan_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "ratings"."inspection_plan" (
	"id" uuid PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"period" text NOT NULL,
	"scope" jsonb NOT NULL,
	"inspectors" jsonb NOT NULL,
	"inspectors_per_subject" integer NOT NULL,
	"seed" text NOT NULL,
	"run_id" uuid NOT NULL,
	"sampling_version" text NOT NULL,
	"algorithm" text NOT NULL,
	"candidates" integer NOT NULL,
	"strata" jsonb NOT NULL,
	"digest" text NOT NULL,
	"drawn_by" text NOT NULL,
	"drawn_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."joint_inspection" (
	"id" uuid PRIMARY KEY NOT NULL,
	"period" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"departments" text[] NOT NULL,
	"plan_ids" uuid[] NOT NULL,
	"inspectors" text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."market_rating" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"grade" "ratings"."grade" NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"basis" text NOT NULL,
	"submitted_by" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."model_indicator" (
	"model_version" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"input" text NOT NULL,
	"points_per_unit" double precision NOT NULL,
	"max_units" double precision NOT NULL,
	"unknown_points" double precision NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "model_indicator_model_version_code_pk" PRIMARY KEY("model_version","code")
);
--> statement-breakpoint
CREATE TABLE "ratings"."model_rule" (
	"model_version" text NOT NULL,
	"code" text NOT NULL,
	"description" text NOT NULL,
	"condition" "ratings"."rule_condition" NOT NULL,
	"indicator" text,
	"min_value" double precision,
	"effect" "ratings"."rule_effect" NOT NULL,
	"grade" "ratings"."grade" NOT NULL,
	CONSTRAINT "model_rule_model_version_code_pk" PRIMARY KEY("model_version","code")
);
--> statement-breakpoint
CREATE TABLE "ratings"."model" (
	"version" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"base_score" double precision NOT NULL,
	"score_min" double precision NOT NULL,
	"score_max" double precision NOT NULL,
	"min_a" double precision NOT NULL,
	"min_b" double precision NOT NULL,
	"min_c" double precision NOT NULL,
	"lookback_years" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."run_page" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"subjects" integer NOT NULL,
	"unknown_inputs" text[] NOT NULL,
	"stored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings"."run" (
	"id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"model_version" text NOT NULL,
	"policy_version" text NOT NULL,
	"status" "ratings"."run_status" NOT NULL,
	"cursor" text,
	"subjects_done" integer DEFAULT 0 NOT NULL,
	"unknown_inputs" text[] DEFAULT '{}' NOT NULL,
	"input_notes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "ratings"."sampling_policy" (
	"version" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"grade" "ratings"."grade" NOT NULL,
	"ratio" double precision NOT NULL,
	"times_per_year" integer NOT NULL,
	"key_supervision" boolean NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "sampling_policy_version_grade_pk" PRIMARY KEY("version","grade")
);
--> statement-breakpoint
ALTER TABLE "ratings"."current_run" ADD CONSTRAINT "current_run_run_id_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "ratings"."run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."evaluation" ADD CONSTRAINT "evaluation_run_id_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "ratings"."run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."inspection_item" ADD CONSTRAINT "inspection_item_plan_id_inspection_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "ratings"."inspection_plan"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."inspection_plan" ADD CONSTRAINT "inspection_plan_run_id_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "ratings"."run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."market_rating" ADD CONSTRAINT "market_rating_agency_agency_code_fk" FOREIGN KEY ("agency") REFERENCES "ratings"."agency"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."model_indicator" ADD CONSTRAINT "model_indicator_model_version_model_version_fk" FOREIGN KEY ("model_version") REFERENCES "ratings"."model"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."model_rule" ADD CONSTRAINT "model_rule_model_version_model_version_fk" FOREIGN KEY ("model_version") REFERENCES "ratings"."model"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."run_page" ADD CONSTRAINT "run_page_run_id_run_id_fk" FOREIGN KEY ("run_id") REFERENCES "ratings"."run"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."run" ADD CONSTRAINT "run_model_version_model_version_fk" FOREIGN KEY ("model_version") REFERENCES "ratings"."model"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings"."run" ADD CONSTRAINT "run_policy_version_combination_policy_version_fk" FOREIGN KEY ("policy_version") REFERENCES "ratings"."combination_policy"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_subject_idx" ON "ratings"."evaluation" USING btree ("subject_id","evaluated_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "evaluation_run_grade_idx" ON "ratings"."evaluation" USING btree ("run_id","grade");--> statement-breakpoint
CREATE INDEX "industry_rating_subject_idx" ON "ratings"."industry_rating" USING btree ("subject_id","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "industry_rating_natural_key" ON "ratings"."industry_rating" USING btree ("subject_id","department","industry","valid_from");--> statement-breakpoint
CREATE INDEX "inspection_item_subject_idx" ON "ratings"."inspection_item" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_period_idx" ON "ratings"."inspection_plan" USING btree ("period","department");--> statement-breakpoint
CREATE UNIQUE INDEX "joint_inspection_subject_period" ON "ratings"."joint_inspection" USING btree ("period","subject_id");--> statement-breakpoint
CREATE INDEX "market_rating_subject_idx" ON "ratings"."market_rating" USING btree ("subject_id","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "market_rating_natural_key" ON "ratings"."market_rating" USING btree ("subject_id","agency","valid_from");--> statement-breakpoint
CREATE INDEX "run_page_run_idx" ON "ratings"."run_page" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "run_status_idx" ON "ratings"."run" USING btree ("status","started_at");
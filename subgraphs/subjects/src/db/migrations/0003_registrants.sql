ALTER TABLE "subjects"."subject_history" ADD COLUMN "changed_by" text;--> statement-breakpoint
ALTER TABLE "subjects"."subject_history" ADD COLUMN "changed_by_department" text;--> statement-breakpoint
ALTER TABLE "subjects"."subject" ADD COLUMN "registered_by" text;
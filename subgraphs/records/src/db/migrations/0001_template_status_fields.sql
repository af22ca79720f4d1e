CREATE TYPE "records"."licence_status" AS ENUM('NORMAL', 'REVOKED', 'OBJECTED', 'OTHER');--> statement-breakpoint
ALTER TABLE "records"."credit_record" ADD COLUMN "licence_status" "records"."licence_status";--> statement-breakpoint
ALTER TABLE "records"."credit_record" ADD COLUMN "stated_publicity_end" date;
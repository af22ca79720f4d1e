-- The commerce bureau (商务局) has one code everywhere, SWJZ, the departments directory's
-- (@credit/departments) and the one sanctions pushes measures to; services' own list of departments
-- called it SWUJ. Written by hand (data, not schema): every row that names the bureau by the retired
-- code moves to SWJZ, so the bureau's own matters, checks and commitments stay its own. Nothing else
-- changes; the names services stores were already the directory's.
UPDATE "services"."approval_matter" SET "department" = 'SWJZ' WHERE "department" = 'SWUJ';--> statement-breakpoint
UPDATE "services"."credit_check" SET "department" = 'SWJZ' WHERE "department" = 'SWUJ';--> statement-breakpoint
UPDATE "services"."credit_check_log" SET "department" = 'SWJZ' WHERE "department" = 'SWUJ';--> statement-breakpoint
UPDATE "services"."commitment" SET "department" = 'SWJZ' WHERE "department" = 'SWUJ';--> statement-breakpoint
UPDATE "services"."commitment" SET "verified_department" = 'SWJZ' WHERE "verified_department" = 'SWUJ';

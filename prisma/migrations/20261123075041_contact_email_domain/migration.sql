-- AlterTable
ALTER TABLE "contacts" ADD COLUMN     "email_domain" TEXT;

-- CreateIndex
CREATE INDEX "contacts_email_domain_idx" ON "contacts"("email_domain");

-- Backfill from rows still in clear (the app encrypts them and fills the blind indexes at its next start).
UPDATE "contacts" SET "email_domain" = lower(split_part("email", '@', 2)) WHERE "email" LIKE '%@%' AND "email" NOT LIKE 'enc:%';

-- DropIndex
DROP INDEX "channel_identities_channel_external_id_key";

-- DropIndex
DROP INDEX "contacts_email_idx";

-- DropIndex
DROP INDEX "contacts_phone_idx";

-- AlterTable
ALTER TABLE "channel_identities" ADD COLUMN     "external_id_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "channel_identities_channel_external_id_hash_key" ON "channel_identities"("channel", "external_id_hash");

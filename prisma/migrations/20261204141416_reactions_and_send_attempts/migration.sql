-- Rows already there are taken as reacted (the default fills them with the migration's time): only buyer messages stored
-- from now on, which the inbox writes with NULL, are looked at by the reaction sweep.
-- AlterTable
ALTER TABLE "communications" ADD COLUMN     "reacted_at" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "send_started_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "communications_reacted_at_idx" ON "communications"("reacted_at");

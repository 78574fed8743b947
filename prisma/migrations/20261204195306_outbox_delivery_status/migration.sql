-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "delivery_error" TEXT,
ADD COLUMN     "delivery_status" TEXT,
ADD COLUMN     "delivery_status_at" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "outbox_channel_external_id_idx" ON "outbox"("channel", "external_id");

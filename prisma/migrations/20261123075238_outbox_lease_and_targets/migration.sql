-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "claimed_by" TEXT,
ADD COLUMN     "enrollment_id" INTEGER,
ADD COLUMN     "lease_until" TIMESTAMP(3),
ADD COLUMN     "member_id" INTEGER,
ADD COLUMN     "step" INTEGER;

-- CreateIndex
CREATE INDEX "outbox_enrollment_id_idx" ON "outbox"("enrollment_id");

-- CreateIndex
CREATE INDEX "outbox_member_id_status_idx" ON "outbox"("member_id", "status");

-- CreateIndex
CREATE INDEX "communications_intents_idx" ON "communications" USING GIN ("intents");

-- CreateIndex
CREATE INDEX "contacts_unread_name_keys" ON "contacts"("id") WHERE (name_keys[1] = '!' AND erased_at IS NULL);

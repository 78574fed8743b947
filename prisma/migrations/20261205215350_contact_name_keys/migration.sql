-- AlterTable
-- Every existing contact starts as '!' (not yet read, see below) without rewriting the table: a constant default is
-- stored once in the catalog; dropped at once, so later writers that do not know of the column leave it NULL for the trigger.
ALTER TABLE "contacts" ADD COLUMN     "name_keys" TEXT[] DEFAULT ARRAY['!']::TEXT[];
ALTER TABLE "contacts" ALTER COLUMN "name_keys" DROP DEFAULT;
UPDATE "contacts" SET "name_keys" = '{}' WHERE "erased_at" IS NOT NULL;

-- CreateIndex
CREATE INDEX "contacts_name_keys" ON "contacts" USING GIN ("name_keys");

-- Written straight into the index, not into GIN's pending list, which every look-up would read (as customers_name_sound_keys).
ALTER INDEX "contacts_name_keys" SET (fastupdate = off);

-- The keys of a contact person's name, the same in every script (dedupe/contact-name-keys.ts), are worked out in
-- TypeScript: reading 王伟 as "Wang Wei" takes the pinyin, Cantonese and other readings the matcher uses, which SQL has
-- not. The database only says which rows need them: a new contact, or one whose name changed without its keys, gets
-- '!' (a key no name has: the same GIN index finds them), and the duplicate check fills them (fillContactNameKeys) before it
-- looks anything up, and at start-up. An erased person keeps no keys.
CREATE FUNCTION contacts_name_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.erased_at IS NOT NULL THEN
    NEW.name_keys := '{}';
  ELSIF TG_OP = 'INSERT' THEN
    IF NEW.name_keys IS NULL OR NEW.name_keys = '{}' THEN NEW.name_keys := ARRAY['!']; END IF;
  ELSIF OLD.erased_at IS NOT NULL
    OR (NEW.name IS DISTINCT FROM OLD.name AND NEW.name_keys IS NOT DISTINCT FROM OLD.name_keys) THEN
    NEW.name_keys := ARRAY['!'];
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER contacts_name_keys BEFORE INSERT OR UPDATE OF name, erased_at ON contacts
  FOR EACH ROW EXECUTE FUNCTION contacts_name_keys();

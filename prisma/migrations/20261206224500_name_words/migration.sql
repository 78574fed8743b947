-- AlterTable
ALTER TABLE "customers" ADD COLUMN     "name_words" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "customers_name_words" ON "customers" USING GIN ("name_words");

-- The duplicate check looks each distinctive word of a new name up as a whole word of the stored key. Through the
-- trigram index (LIKE '%word%') that meant intersecting the posting lists of every trigram of the word, each on
-- thousands of names at 1M customers (1.5–12 ms a word); a word's own posting list is a few entries.
-- Written straight into the index, not into GIN's pending list, as customers_name_sound_keys.
ALTER INDEX "customers_name_words" SET (fastupdate = off);

-- The words of a stored key, distinct, in the order of the C collation.
CREATE FUNCTION dedupe_name_words(normalized TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(DISTINCT w COLLATE "C" ORDER BY w COLLATE "C"), '{}') FROM unnest(string_to_array(normalized, ' ')) AS w WHERE w <> ''
$$;

-- One trigger keeps both look-up columns of the name (sound keys and words), so every writer of normalized_name or
-- name keeps them without knowing of them.
DROP TRIGGER customers_name_sound_keys ON customers;
DROP FUNCTION customers_name_sound_keys();
CREATE FUNCTION customers_name_lookups() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_sound_keys := dedupe_stored_sound_keys(NEW.normalized_name, NEW.name);
  NEW.name_words := dedupe_name_words(NEW.normalized_name);
  RETURN NEW;
END $$;

CREATE TRIGGER customers_name_lookups BEFORE INSERT OR UPDATE OF normalized_name, name ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_name_lookups();

UPDATE customers SET name_words = dedupe_name_words(normalized_name);

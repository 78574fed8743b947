-- A customer named in another script also stores its sound keys marked with "~" ("~btr" for البتراء), so that a Latin
-- name looks its twins in other scripts up among those few customers only. Looked up plain, a three-class key ("btr",
-- "mvn") is on ~700 of 1M customers, nearly all Latin-named, and each of them was read from the table to be dropped:
-- 700 scattered pages, 10–100 ms of a check at 1M. The condition is the duplicate check's own (NAME_IN_ANOTHER_SCRIPT
-- in dedupe/duplicate-candidates.repository.ts): a letter outside Latin and general punctuation.
CREATE FUNCTION dedupe_stored_sound_keys(normalized TEXT, name TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN name ~ '[^\u0001-\u024f\u1e00-\u1eff\u2000-\u206f]'
    THEN keys || ARRAY(SELECT '~' || k FROM unnest(keys) AS k)
    ELSE keys END
  FROM (SELECT COALESCE(dedupe_sound_keys(normalized), '{}') AS keys) s
$$;

CREATE OR REPLACE FUNCTION customers_name_sound_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.name_sound_keys := dedupe_stored_sound_keys(NEW.normalized_name, NEW.name);
  RETURN NEW;
END $$;

-- A rename that keeps the stored key (another script's spelling of one reading) changes the marked keys.
DROP TRIGGER customers_name_sound_keys ON customers;
CREATE TRIGGER customers_name_sound_keys BEFORE INSERT OR UPDATE OF normalized_name, name ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_name_sound_keys();

UPDATE customers SET name_sound_keys = dedupe_stored_sound_keys(normalized_name, name)
 WHERE name ~ '[^\u0001-\u024f\u1e00-\u1eff\u2000-\u206f]';

-- Issue 10: search of 1–2 characters through the trigram index. A trigram index holds every run of three
-- characters of a text; a shorter query occurs in the text exactly when some trigram of the text begins
-- with it — except in the last two characters, which begin no trigram. So every indexed column now ends
-- with two padding characters (U+001F, which free text refuses, so no query contains it), and a query of
-- 1–2 characters reads the index's vocabulary (case_search_terms) for the trigrams that begin with it.
--
-- case_search keeps its name, columns and rowid (= cases.row_no) for everyone who writes or reads it (the
-- case handlers, the exchange merge, the bench's bulk load): it becomes a view over the index table
-- case_search_text. Its INSTEAD OF triggers add the padding on the way in, and the view strips it on the
-- way out. The index is rebuilt once here, with the padding.

CREATE VIRTUAL TABLE case_search_text USING fts5 (parties, body, tokenize = 'trigram');

INSERT INTO case_search_text (rowid, parties, body)
  SELECT rowid, parties || char(31, 31), body || char(31, 31) FROM case_search;

DROP TABLE case_search;

CREATE VIEW case_search (rowid, parties, body) AS
  SELECT rowid, substr(parties, 1, length(parties) - 2), substr(body, 1, length(body) - 2)
    FROM case_search_text;

CREATE TRIGGER case_search_insert INSTEAD OF INSERT ON case_search
BEGIN
  INSERT INTO case_search_text (rowid, parties, body)
    VALUES (NEW.rowid, NEW.parties || char(31, 31), NEW.body || char(31, 31));
END;

CREATE TRIGGER case_search_update INSTEAD OF UPDATE ON case_search
BEGIN
  UPDATE case_search_text
     SET rowid = NEW.rowid, parties = NEW.parties || char(31, 31), body = NEW.body || char(31, 31)
   WHERE rowid = OLD.rowid;
END;

CREATE TRIGGER case_search_delete INSTEAD OF DELETE ON case_search
BEGIN
  DELETE FROM case_search_text WHERE rowid = OLD.rowid;
END;

-- One row per occurrence of a trigram (term, doc = row_no, col, offset), readable by term range.
CREATE VIRTUAL TABLE case_search_terms USING fts5vocab (case_search_text, instance);

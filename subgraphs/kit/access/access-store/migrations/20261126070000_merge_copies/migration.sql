-- A person merge gives the survivor the retired record's relationships and employment links. Each
-- copy and move is marked with its merge, so an unmerge takes back exactly what the merge gave:
-- after a wrong merge, an organisation keeps no access to a person it never worked with.
ALTER TABLE relationship ADD COLUMN copied_by_merge TEXT;
CREATE INDEX relationship_copied_by_merge ON relationship (copied_by_merge) WHERE copied_by_merge IS NOT NULL;
ALTER TABLE employment_link ADD COLUMN moved_by_merge TEXT, ADD COLUMN moved_from_person UUID;
CREATE INDEX employment_link_moved_by_merge ON employment_link (moved_by_merge) WHERE moved_by_merge IS NOT NULL;

-- A merge also moves the hub's own references to the retired person (funding moves and match
-- reviews) to the survivor; each is recorded so an unmerge moves exactly those back.
ALTER TABLE "person_merge" ADD COLUMN "moved_transition_ids" UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE "person_merge" ADD COLUMN "moved_review_ids" UUID[] NOT NULL DEFAULT '{}';

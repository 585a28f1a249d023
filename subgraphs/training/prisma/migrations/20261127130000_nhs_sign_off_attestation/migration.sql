-- A record signed off by NHS staff (a health-task competence such as catheter care, which a move to
-- NHS funding may wait on) names who attested it in the hub and on whose behalf: the signed-in
-- trainer of an NHS organisation and that organisation. Records loaded before this carry none.
ALTER TABLE "training_record"
  ADD COLUMN "signed_off_attested_by" TEXT,
  ADD COLUMN "signed_off_attested_by_user_id" TEXT,
  ADD COLUMN "signed_off_on_behalf_of" TEXT;

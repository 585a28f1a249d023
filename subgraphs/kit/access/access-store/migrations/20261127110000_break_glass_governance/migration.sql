-- Break-glass names a category of emergency and a reason of substance; the hub limits how often a
-- user may use it (per day, and not again for the same person until the last grant is reviewed).
-- Grants made before this have no category: the checks hold for new rows (NOT VALID).
ALTER TABLE break_glass ADD COLUMN category TEXT
  CHECK (category IN ('IMMEDIATE_RISK_TO_LIFE', 'SAFEGUARDING_EMERGENCY', 'CLINICAL_EMERGENCY', 'URGENT_HOSPITAL_DISCHARGE', 'CARE_BREAKDOWN'));
ALTER TABLE break_glass ADD CONSTRAINT break_glass_categorised_and_reasoned
  CHECK (category IS NOT NULL AND length(trim(reason)) >= 40) NOT VALID;

-- The per-user limit counts a user's recent grants; the DPO's list runs newest first.
CREATE INDEX break_glass_user_granted ON break_glass (user_id, granted_at DESC);
CREATE INDEX break_glass_granted ON break_glass (granted_at DESC, id DESC);

-- DBS checks a PA holds: level, barred lists, who requested, processed and paid, the Update
-- Service, the result as clear or "information disclosed" (never the content), and the recorded
-- discussion and decision after a disclosure. personal_assistant.dbs_status/dbs_checked_on stay
-- the register's summary of the newest certificate.
CREATE TABLE "dbs_check" (
    "id" UUID NOT NULL,
    "personal_assistant_id" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "adults_barred_list" BOOLEAN NOT NULL DEFAULT false,
    "children_barred_list" BOOLEAN NOT NULL DEFAULT false,
    "requested_by_person_id" UUID,
    "applied_on" DATE NOT NULL,
    "processed_by_kind" TEXT NOT NULL,
    "processed_by_code" TEXT,
    "paid_by" TEXT NOT NULL,
    "certificate_issued_on" DATE,
    "result" TEXT,
    "update_service_subscribed_on" DATE,
    "last_status_check_on" DATE,
    "last_status_check_result" TEXT,
    "discussion_held_on" DATE,
    "discussed_with" TEXT[] NOT NULL DEFAULT '{}',
    "decision" TEXT,
    "decided_on" DATE,
    "recorded_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dbs_check_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dbs_check_personal_assistant_id_fkey" FOREIGN KEY ("personal_assistant_id") REFERENCES "personal_assistant"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "dbs_check_level" CHECK ("level" IN ('BASIC', 'STANDARD', 'ENHANCED')),
    -- Only an enhanced check may search the barred lists.
    CONSTRAINT "dbs_check_barred_lists" CHECK ("level" = 'ENHANCED' OR NOT ("adults_barred_list" OR "children_barred_list")),
    CONSTRAINT "dbs_check_processed_by" CHECK ("processed_by_kind" IN ('COUNCIL', 'SUPPORT_ORGANISATION', 'OTHER_REGISTERED_BODY')),
    CONSTRAINT "dbs_check_paid_by" CHECK ("paid_by" IN ('COUNCIL', 'DIRECT_PAYMENT', 'EMPLOYER_OWN_FUNDS', 'SUPPORT_ORGANISATION', 'PERSONAL_ASSISTANT')),
    -- A certificate has a result; an application still in progress has neither.
    CONSTRAINT "dbs_check_certificate" CHECK (("certificate_issued_on" IS NULL) = ("result" IS NULL)),
    CONSTRAINT "dbs_check_result" CHECK ("result" IS NULL OR "result" IN ('CLEAR', 'INFORMATION_DISCLOSED')),
    CONSTRAINT "dbs_check_issued_after_applied" CHECK ("certificate_issued_on" IS NULL OR "certificate_issued_on" >= "applied_on"),
    CONSTRAINT "dbs_check_status_check" CHECK (
        ("last_status_check_on" IS NULL) = ("last_status_check_result" IS NULL)
        AND ("last_status_check_on" IS NULL OR "update_service_subscribed_on" IS NOT NULL)
        AND ("last_status_check_result" IS NULL OR "last_status_check_result" IN ('NO_NEW_INFORMATION', 'NEW_INFORMATION'))),
    -- The discussion after a negative return is recorded only for one, with its decision.
    CONSTRAINT "dbs_check_discussion" CHECK (
        ("discussion_held_on" IS NULL) = ("decision" IS NULL)
        AND ("decision" IS NULL OR ("result" = 'INFORMATION_DISCLOSED' AND "decided_on" IS NOT NULL
             AND "decision" IN ('PROCEED', 'PROCEED_WITH_SAFEGUARDS', 'DO_NOT_PROCEED'))))
);

CREATE INDEX "dbs_check_personal_assistant_id_idx" ON "dbs_check"("personal_assistant_id");
-- "Which negative returns were received, and was a discussion recorded?"
CREATE INDEX "dbs_check_result_idx" ON "dbs_check"("result", "certificate_issued_on");

-- Each bulk import of an agency's client list: what file, by whom, and what it came to.
CREATE TABLE "import_run" (
    "id" UUID NOT NULL,
    "agency" TEXT NOT NULL,
    "organisation_code" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_sha256" CHAR(64) NOT NULL,
    "rows" INTEGER NOT NULL,
    "created" INTEGER NOT NULL,
    "linked" INTEGER NOT NULL,
    "sent_to_review" INTEGER NOT NULL,
    "already_held" INTEGER NOT NULL,
    "imported_by" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(6) NOT NULL,
    "finished_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_run_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "import_run_agency_organisation_code_started_at_idx" ON "import_run"("agency", "organisation_code", "started_at");

-- Complaints about the support a contract provides: the day received, what it was about (an item on
-- the contract's menu, if any), and once closed the day and the outcome. No complainant is named:
-- commissioners monitor the service, not the person.
CREATE TABLE "support_contract_complaint" (
    "id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "received_on" DATE NOT NULL,
    "about" TEXT,
    "recorded_by" TEXT NOT NULL,
    "closed_on" DATE,
    "outcome" TEXT,
    "closed_by" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "support_contract_complaint_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "support_contract_complaint_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('UPHELD','PARTLY_UPHELD','NOT_UPHELD','WITHDRAWN')),
    CONSTRAINT "support_contract_complaint_closed" CHECK (("closed_on" IS NULL) = ("outcome" IS NULL) AND ("closed_on" IS NULL) = ("closed_by" IS NULL)),
    CONSTRAINT "support_contract_complaint_order" CHECK ("closed_on" IS NULL OR "closed_on" >= "received_on"),
    CONSTRAINT "support_contract_complaint_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "support_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "support_contract_complaint_contract_id_idx" ON "support_contract_complaint"("contract_id");

-- Support-service contracts: a council contracts a support organisation (held by its hub id; the
-- support subgraph owns the organisation) for employer support, as a block, pay-as-you-go or hybrid
-- contract, with a menu of costed services and who pays for each, a term, a value and any
-- peer-support requirement. The provider returns its uptake quarter by quarter.
CREATE TABLE "support_contract" (
    "id" UUID NOT NULL,
    "council_id" UUID NOT NULL,
    "support_organisation_id" UUID NOT NULL,
    "contract_type" TEXT NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "peer_sessions_per_quarter" INTEGER NOT NULL DEFAULT 0,
    "awarded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "support_contract_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "support_contract_type" CHECK ("contract_type" IN ('BLOCK','PAY_AS_YOU_GO','HYBRID')),
    CONSTRAINT "support_contract_value" CHECK ("value" >= 0),
    CONSTRAINT "support_contract_term" CHECK ("ends_on" >= "starts_on"),
    CONSTRAINT "support_contract_peer_sessions" CHECK ("peer_sessions_per_quarter" >= 0),
    CONSTRAINT "support_contract_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "council"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "support_contract_council_id_idx" ON "support_contract"("council_id");
CREATE INDEX "support_contract_support_organisation_id_idx" ON "support_contract"("support_organisation_id");

-- One priced service on a contract's menu, and who pays for it.
CREATE TABLE "support_contract_item" (
    "contract_id" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "price" DECIMAL(10,2),
    "unit" TEXT,
    "paid_by" TEXT NOT NULL,
    CONSTRAINT "support_contract_item_pkey" PRIMARY KEY ("contract_id", "item"),
    CONSTRAINT "support_contract_item_paid_by" CHECK ("paid_by" IN ('COUNCIL','EMPLOYER','DIRECT_PAYMENT')),
    CONSTRAINT "support_contract_item_price" CHECK ("price" IS NULL OR "price" >= 0),
    CONSTRAINT "support_contract_item_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "support_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- A provider's quarterly return: employers supported in the quarter, and uptake per menu item.
CREATE TABLE "support_contract_return" (
    "id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "quarter" TEXT NOT NULL,
    "employers_supported" INTEGER NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT now(),
    CONSTRAINT "support_contract_return_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "support_contract_return_quarter" CHECK ("quarter" ~ '^[0-9]{4}-Q[1-4]$'),
    CONSTRAINT "support_contract_return_employers" CHECK ("employers_supported" >= 0),
    CONSTRAINT "support_contract_return_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "support_contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "support_contract_return_contract_id_quarter_key" ON "support_contract_return"("contract_id", "quarter");

CREATE TABLE "support_contract_uptake" (
    "return_id" UUID NOT NULL,
    "contract_id" UUID NOT NULL,
    "item" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "employers" INTEGER NOT NULL,
    CONSTRAINT "support_contract_uptake_pkey" PRIMARY KEY ("return_id", "item"),
    CONSTRAINT "support_contract_uptake_counts" CHECK ("quantity" >= 0 AND "employers" >= 0),
    CONSTRAINT "support_contract_uptake_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "support_contract_return"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "support_contract_uptake_item_fkey" FOREIGN KEY ("contract_id", "item") REFERENCES "support_contract_item"("contract_id", "item") ON DELETE RESTRICT ON UPDATE CASCADE
);

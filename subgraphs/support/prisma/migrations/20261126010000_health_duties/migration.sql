-- Health duties on employments (insurance and pay updated for them), and idempotency keys for updateEmployment.
ALTER TABLE "employment"
    ADD COLUMN "health_duties" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "insurance_updated" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "pay_rate_updated" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "health_hourly_rate" DECIMAL(10,2),
    ADD COLUMN "health_duties_reviewed_on" DATE,
    ADD CONSTRAINT "employment_health_hourly_rate" CHECK ("health_hourly_rate" IS NULL OR ("health_hourly_rate" > 0 AND "health_hourly_rate" <= 100));

-- Employments listed in timeline order, and the health-duty filter ("whose cover is not updated?").
CREATE INDEX "employment_start_id_idx" ON "employment"("start", "id");
CREATE INDEX "employment_health_duties_start_id_idx" ON "employment"("health_duties", "start", "id");

CREATE TABLE "idempotency_key" (
    "operation" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" CHAR(64) NOT NULL,
    "result_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("operation", "key")
);

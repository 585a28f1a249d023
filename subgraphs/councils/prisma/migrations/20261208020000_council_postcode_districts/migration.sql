-- The postcode districts of a council's area: dashboards count people and PAs in an area by the
-- district they live in, whoever funds them. A district belongs to one council.
ALTER TABLE "council" ADD COLUMN "postcode_districts" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "council_postcode_districts_idx" ON "council" USING GIN ("postcode_districts");

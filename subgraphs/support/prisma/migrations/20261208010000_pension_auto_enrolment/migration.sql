-- Workplace pension automatic enrolment (Pensions Act 2008): the earnings thresholds and state
-- pension age as reference data, each employment's assessment for a pay reference period, its
-- enrolments and opt-outs, and the employer's re-enrolments. Money is in whole pence.

-- The thresholds for each tax year and length of pay reference period, as DWP publishes them.
CREATE TABLE "pension_threshold" (
    -- e.g. 2026-27
    "tax_year" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    -- WEEK, FORTNIGHT, FOUR_WEEKS, MONTH or YEAR.
    "pay_period" TEXT NOT NULL,
    "lower_level_pence" INTEGER NOT NULL,
    "trigger_pence" INTEGER NOT NULL,
    "upper_level_pence" INTEGER NOT NULL,
    -- False while the year's figures are not yet laid: the previous year's are carried forward.
    "published" BOOLEAN NOT NULL,
    CONSTRAINT "pension_threshold_pkey" PRIMARY KEY ("tax_year", "pay_period"),
    CONSTRAINT "pension_threshold_pay_period" CHECK ("pay_period" IN ('WEEK', 'FORTNIGHT', 'FOUR_WEEKS', 'MONTH', 'YEAR')),
    CONSTRAINT "pension_threshold_order" CHECK ("lower_level_pence" >= 0 AND "lower_level_pence" < "trigger_pence" AND "trigger_pence" < "upper_level_pence"),
    CONSTRAINT "pension_threshold_span" CHECK ("ends_on" > "starts_on")
);
-- Lower level of qualifying earnings, earnings trigger and upper level: £6,240 / £10,000 / £50,270 a
-- year, unchanged from 2021-22 through 2026-27; 2027-28 carries them until that year's review is laid.
INSERT INTO "pension_threshold" ("tax_year", "starts_on", "ends_on", "pay_period", "lower_level_pence", "trigger_pence", "upper_level_pence", "published")
SELECT y.tax_year, y.starts_on::date, y.ends_on::date, p.pay_period, p.lower_level, p.trigger_level, p.upper_level, y.published
FROM (VALUES
    ('2023-24', '2023-04-06', '2024-04-05', TRUE),
    ('2024-25', '2024-04-06', '2025-04-05', TRUE),
    ('2025-26', '2025-04-06', '2026-04-05', TRUE),
    ('2026-27', '2026-04-06', '2027-04-05', TRUE),
    ('2027-28', '2027-04-06', '2028-04-05', FALSE)
) AS y (tax_year, starts_on, ends_on, published)
CROSS JOIN (VALUES
    ('WEEK', 12000, 19200, 96700),
    ('FORTNIGHT', 24000, 38400, 193400),
    ('FOUR_WEEKS', 48000, 76800, 386700),
    ('MONTH', 52000, 83300, 418900),
    ('YEAR', 624000, 1000000, 5027000)
) AS p (pay_period, lower_level, trigger_level, upper_level);

-- State pension age by date of birth: the band a birth day falls in is the newest starting on or before it.
CREATE TABLE "state_pension_age" (
    "born_from" DATE NOT NULL,
    "years" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    CONSTRAINT "state_pension_age_pkey" PRIMARY KEY ("born_from"),
    CONSTRAINT "state_pension_age_span" CHECK ("years" BETWEEN 60 AND 70 AND "months" BETWEEN 0 AND 11)
);
-- Pensions Acts 1995, 2011 and 2014. Births before 6 October 1954 reached state pension age by
-- November 2018 (65, or earlier for some women), so 65 decides every assessment from then on.
-- Births from 6 April 1977 to 5 April 1978 reach it on set days from 6 May 2044 to 6 March 2046
-- (Pensions Act 2007); held as 67, which decides every assessment before May 2044 the same way.
INSERT INTO "state_pension_age" ("born_from", "years", "months") VALUES
    ('1900-01-01', 65, 0),
    ('1954-10-06', 66, 0),
    ('1960-04-06', 66, 1),
    ('1960-05-06', 66, 2),
    ('1960-06-06', 66, 3),
    ('1960-07-06', 66, 4),
    ('1960-08-06', 66, 5),
    ('1960-09-06', 66, 6),
    ('1960-10-06', 66, 7),
    ('1960-11-06', 66, 8),
    ('1960-12-06', 66, 9),
    ('1961-01-06', 66, 10),
    ('1961-02-06', 66, 11),
    ('1961-03-06', 67, 0),
    ('1978-04-06', 68, 0);

-- One employment assessed for one pay reference period: the category, why, and what it rested on.
CREATE TABLE "pension_assessment" (
    "id" UUID NOT NULL,
    "employment_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "pay_period" TEXT NOT NULL,
    "tax_year" TEXT NOT NULL,
    "earnings_pence" INTEGER NOT NULL,
    -- How many payslips the earnings were summed from.
    "payslips" INTEGER NOT NULL,
    "age_years" INTEGER NOT NULL,
    -- ELIGIBLE_JOBHOLDER, NON_ELIGIBLE_JOBHOLDER, ENTITLED_WORKER or OUTSIDE_AGE_RANGE.
    "category" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "qualifying_earnings_pence" INTEGER NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pension_assessment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pension_assessment_employment_id_fkey" FOREIGN KEY ("employment_id") REFERENCES "employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "pension_assessment_threshold_fkey" FOREIGN KEY ("tax_year", "pay_period") REFERENCES "pension_threshold"("tax_year", "pay_period") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "pension_assessment_once" UNIQUE ("employment_id", "period_start", "period_end"),
    CONSTRAINT "pension_assessment_period" CHECK ("period_end" > "period_start"),
    CONSTRAINT "pension_assessment_amounts" CHECK ("earnings_pence" >= 0 AND "qualifying_earnings_pence" >= 0 AND "payslips" >= 0),
    CONSTRAINT "pension_assessment_category" CHECK ("category" IN ('ELIGIBLE_JOBHOLDER', 'NON_ELIGIBLE_JOBHOLDER', 'ENTITLED_WORKER', 'OUTSIDE_AGE_RANGE'))
);
CREATE INDEX "pension_assessment_employment_idx" ON "pension_assessment"("employment_id", "period_end");

-- A PA put into (or joining) the employer's scheme, and their opt-out within the month after.
CREATE TABLE "pension_enrolment" (
    "id" UUID NOT NULL,
    "employment_id" UUID NOT NULL,
    -- AUTOMATIC, OPT_IN (a non-eligible jobholder's or entitled worker's request) or RE_ENROLMENT.
    "kind" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "enrolled_on" DATE NOT NULL,
    "opted_out_on" DATE,
    "recorded_by" TEXT NOT NULL,
    "opt_out_recorded_by" TEXT,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pension_enrolment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pension_enrolment_employment_id_fkey" FOREIGN KEY ("employment_id") REFERENCES "employment"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "pension_enrolment_kind" CHECK ("kind" IN ('AUTOMATIC', 'OPT_IN', 'RE_ENROLMENT')),
    -- The opt-out window: on or after enrolment and within one month of it.
    CONSTRAINT "pension_enrolment_opt_out" CHECK ("opted_out_on" IS NULL
        OR ("opted_out_on" >= "enrolled_on" AND "opted_out_on" <= "enrolled_on" + INTERVAL '1 month' AND "opt_out_recorded_by" IS NOT NULL))
);
-- At most one membership at a time per employment.
CREATE UNIQUE INDEX "pension_enrolment_active_key" ON "pension_enrolment"("employment_id") WHERE "opted_out_on" IS NULL;
CREATE INDEX "pension_enrolment_employment_idx" ON "pension_enrolment"("employment_id", "enrolled_on");

-- The employer's re-enrolment days: every three years from the duties' start, the opted-out put back.
CREATE TABLE "pension_re_enrolment" (
    "id" UUID NOT NULL,
    "employer_person_id" UUID NOT NULL,
    "re_enrolled_on" DATE NOT NULL,
    "recorded_by" TEXT NOT NULL,
    "recorded_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "pension_re_enrolment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "pension_re_enrolment_once" UNIQUE ("employer_person_id", "re_enrolled_on")
);

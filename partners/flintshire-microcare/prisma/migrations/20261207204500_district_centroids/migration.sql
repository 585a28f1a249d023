-- Postcode district centroids, for the distance from a person's district to a micro-carer's.
CREATE TABLE "district_centroid" (
    "district" TEXT NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "rural" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "district_centroid_pkey" PRIMARY KEY ("district"),
    CONSTRAINT "district_centroid_latitude" CHECK ("latitude" BETWEEN 49 AND 61),
    CONSTRAINT "district_centroid_longitude" CHECK ("longitude" BETWEEN -9 AND 2)
);

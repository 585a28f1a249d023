-- A person merge has a training step too: training funding claims name the employer.
ALTER TABLE "person_merge_step" DROP CONSTRAINT "person_merge_step_subgraph";
ALTER TABLE "person_merge_step" ADD CONSTRAINT "person_merge_step_subgraph" CHECK ("subgraph" IN ('COUNCILS','HEALTH','SUPPORT','TRAINING'));

-- Calls for entries to an exhibition's stages, the IKM's applications, the curators' blind scoresheets and the
-- officers' hand adjustments to the proposed selection. exhibition, stage, business, product and user ids belong to
-- other modules: no foreign keys across modules.
CREATE TABLE curation_call (
    id                  BIGSERIAL PRIMARY KEY,
    exhibition_id       BIGINT       NOT NULL,
    organiser_code      VARCHAR(20)  NOT NULL,
    title               VARCHAR(160) NOT NULL,
    opens_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline            TIMESTAMP WITH TIME ZONE NOT NULL,
    max_products        INT          NOT NULL,
    statement_limit     INT          NOT NULL,
    scale_max           INT          NOT NULL,
    pass_mark           INT          NOT NULL,
    exclude_own_council BOOLEAN      NOT NULL,
    scoring_closes_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    scoring_closed_at   TIMESTAMP WITH TIME ZONE,
    proposed_at         TIMESTAMP WITH TIME ZONE,
    published_at        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT curation_call_deadline_after_opening CHECK (deadline > opens_at),
    CONSTRAINT curation_call_scoring_after_deadline CHECK (scoring_closes_at >= deadline),
    CONSTRAINT curation_call_products CHECK (max_products BETWEEN 1 AND 20),
    CONSTRAINT curation_call_statement CHECK (statement_limit BETWEEN 50 AND 5000),
    CONSTRAINT curation_call_scale CHECK (scale_max IN (5, 10)),
    CONSTRAINT curation_call_pass_mark CHECK (pass_mark BETWEEN 0 AND 100)
);
CREATE INDEX curation_call_exhibition ON curation_call (exhibition_id);

CREATE TABLE curation_call_stage (
    call_id   BIGINT NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    stage_id  BIGINT NOT NULL,
    PRIMARY KEY (call_id, stage_id),
    -- One call fills a stage: two would each count its seats and overfill it.
    CONSTRAINT curation_call_stage_once UNIQUE (stage_id)
);

CREATE TABLE curation_call_region (
    call_id      BIGINT      NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    region_code  VARCHAR(20) NOT NULL,
    PRIMARY KEY (call_id, region_code)
);

CREATE TABLE curation_call_craft (
    call_id  BIGINT      NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    craft    VARCHAR(30) NOT NULL,
    PRIMARY KEY (call_id, craft)
);

-- The rubric: criteria in order, each named in Indonesian and English, weights in percent (the service keeps their
-- sum at 100).
CREATE TABLE curation_criterion (
    call_id   BIGINT       NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    position  INT          NOT NULL,
    name_id   VARCHAR(120) NOT NULL,
    name_en   VARCHAR(120) NOT NULL,
    weight    INT          NOT NULL,
    PRIMARY KEY (call_id, position),
    CONSTRAINT curation_criterion_weight CHECK (weight BETWEEN 1 AND 100)
);

-- Most IKM of one regency, and of one zone, selected for each stage.
CREATE TABLE curation_region_quota (
    call_id      BIGINT      NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    region_code  VARCHAR(20) NOT NULL,
    seats        INT         NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (call_id, region_code)
);

CREATE TABLE curation_zone_quota (
    call_id  BIGINT      NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    zone     VARCHAR(15) NOT NULL,
    seats    INT         NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (call_id, zone)
);

-- The curators of a call, with the council they come from (to keep them off its applicants when the call says so).
CREATE TABLE curation_curator (
    call_id           BIGINT      NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    curator_id        BIGINT      NOT NULL,
    home_council_code VARCHAR(20) NOT NULL,
    PRIMARY KEY (call_id, curator_id)
);

CREATE TABLE curation_application (
    id                 BIGSERIAL PRIMARY KEY,
    call_id            BIGINT        NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    business_id        BIGINT        NOT NULL,
    region_code        VARCHAR(20)   NOT NULL,
    blind_code         VARCHAR(10)   NOT NULL,
    statement          VARCHAR(5000) NOT NULL,
    zone               VARCHAR(15)   NOT NULL,
    preferred_stage_id BIGINT,
    status             VARCHAR(15)   NOT NULL,
    stage_id           BIGINT,
    proposed_outcome   VARCHAR(15),
    proposed_stage_id  BIGINT,
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT curation_application_once UNIQUE (call_id, business_id),
    CONSTRAINT curation_application_code_once UNIQUE (call_id, blind_code),
    CONSTRAINT curation_application_status CHECK (status IN ('SUBMITTED', 'WITHDRAWN', 'SELECTED', 'WAITLISTED', 'NOT_SELECTED')),
    CONSTRAINT curation_application_selected_has_stage CHECK ((status = 'SELECTED') = (stage_id IS NOT NULL))
);
CREATE INDEX curation_application_business ON curation_application (business_id);

CREATE TABLE curation_application_product (
    application_id  BIGINT NOT NULL REFERENCES curation_application (id) ON DELETE CASCADE,
    position        INT    NOT NULL,
    product_id      BIGINT NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT curation_application_product_once UNIQUE (application_id, product_id)
);

-- One scoresheet per curator and application, one score per criterion on it.
CREATE TABLE curation_scoresheet (
    id              BIGSERIAL PRIMARY KEY,
    application_id  BIGINT        NOT NULL REFERENCES curation_application (id) ON DELETE CASCADE,
    curator_id      BIGINT        NOT NULL,
    comment         VARCHAR(2000),
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT curation_scoresheet_once UNIQUE (application_id, curator_id)
);

CREATE TABLE curation_score (
    scoresheet_id  BIGINT NOT NULL REFERENCES curation_scoresheet (id) ON DELETE CASCADE,
    position       INT    NOT NULL,
    score          INT    NOT NULL,
    PRIMARY KEY (scoresheet_id, position),
    CONSTRAINT curation_score_range CHECK (score BETWEEN 1 AND 10)
);

-- What officers changed by hand in the proposal, who, when and why.
CREATE TABLE curation_adjustment (
    id              BIGSERIAL PRIMARY KEY,
    call_id         BIGINT       NOT NULL REFERENCES curation_call (id) ON DELETE CASCADE,
    application_id  BIGINT       NOT NULL REFERENCES curation_application (id) ON DELETE CASCADE,
    officer_id      BIGINT       NOT NULL,
    from_outcome    VARCHAR(15)  NOT NULL,
    from_stage_id   BIGINT,
    to_outcome      VARCHAR(15)  NOT NULL,
    to_stage_id     BIGINT,
    reason          VARCHAR(500) NOT NULL,
    made_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX curation_adjustment_call ON curation_adjustment (call_id);

-- ShedLock: a scheduled job takes its row's lock so two application instances never run it at the
-- same time. A framework table: exempt from the module prefix. Times are the database's (usingDbTime).
CREATE TABLE shedlock
(
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
);
